package io.jixiao.render.html;

import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national forms' pages match their reviewed golden files: the 88号 project form with 中期 and two indicator sets
 * and the department-wide form (national-2015.yaml), and the 101号 variant with 成本 first and scores, with what the
 * form has no place for listed apart (national-2021.yaml).
 */
@DisplayName("National forms' pages match their golden files")
class NationalFormsGoldenTest {

    private static final Path V2 = Path.of("../parser/src/test/resources/io/jixiao/v2");

    @Test
    @DisplayName("财预〔2015〕88号: national-2015.yaml matches national-2015.html")
    void national2015() throws IOException {
        Golden.assertMatches("national-2015.html", page("national-2015.yaml"));
    }

    @Test
    @DisplayName("财预〔2021〕101号: national-2021.yaml matches national-2021.html")
    void national2021() throws IOException {
        Golden.assertMatches("national-2021.html", page("national-2021.yaml"));
    }

    @Test
    @DisplayName("a department name cannot break out of the print footer's CSS string")
    void footerIsEscaped() {
        assertEquals("\"a\\\"b\\\\c\\3c /style\\3e \\a d\"", HtmlPage.cssString("a\"b\\c</style>\nd"));
    }

    private static String page(String file) {
        var filing = new FilingParser().parse(V2.resolve(file)).filing().orElseThrow();
        return new Renderer(Messages.chinese()).html(filing, List.of());
    }
}
