package io.jixiao.render;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.render.grid.Grid;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filings that use the format-v2 keys render in every template: a workbook that opens, one sheet per grid with a
 * distinct name, and a page naming the department. (Which v2 parts each form prints, and that nothing is dropped, is
 * NothingDroppedTest's; this guards against a render that fails on a real filing.)
 */
@DisplayName("Format v2 filings render in every template")
class FormatV2RenderTest {

    private static final Path V2 = Path.of("../parser/src/test/resources/io/jixiao/v2");

    @Test
    @DisplayName("every v2 test filing, in every template, gives a workbook and a page")
    void rendersEverywhere() throws IOException {
        Renderer renderer = new Renderer(Messages.chinese());
        List<Path> files;
        try (Stream<Path> list = Files.list(V2)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ParseResult parsed = new FilingParser().parse(file);
            Filing filed = parsed.filing().orElseThrow(() -> new AssertionError(file + ": " + parsed.findings()));
            for (Template template : Template.values()) {
                Filing filing = filed.withTemplate(template);
                String where = file.getFileName() + " as " + template.id();
                List<Grid> grids = renderer.tables(filing);
                assertFalse(grids.isEmpty(), where);
                Set<String> names = new HashSet<>();
                grids.forEach(g -> assertTrue(names.add(g.name()), where + ": sheet name twice: " + g.name()));
                try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(renderer.xlsx(filing)))) {
                    assertEquals(grids.size(), workbook.getNumberOfSheets(), where);
                }
                assertTrue(renderer.html(filing, List.of()).contains(filing.department()), where);
            }
        }
    }
}
