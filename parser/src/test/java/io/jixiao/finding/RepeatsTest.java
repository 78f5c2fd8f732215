package io.jixiao.finding;

import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("Repeated findings")
class RepeatsTest {

    private static final Path FILE = Path.of("a.yaml");

    @Test
    @DisplayName("the same message on the same line is shown once, the leftmost kept")
    void sameMessageSameLine() {
        Finding first = Diagnostic.YAML_ALIAS.finding(FILE, 2, 8, "", "alias", "a");
        Finding again = Diagnostic.YAML_ALIAS.finding(FILE, 2, 11, "", "alias", "a");
        Finding otherName = Diagnostic.YAML_ALIAS.finding(FILE, 2, 14, "", "alias", "b");
        Finding otherLine = Diagnostic.YAML_ALIAS.finding(FILE, 3, 8, "", "alias", "a");
        Finding otherMessage = Diagnostic.YAML_ALIAS.finding(FILE, 2, 4, "", "anchor", "a");
        assertEquals(List.of(first, otherName, otherLine, otherMessage),
                Repeats.collapse(List.of(first, again, otherName, otherLine, otherMessage)));
    }

    @Test
    @DisplayName("a list without repeats is returned as it is")
    void nothingToCollapse() {
        List<Finding> findings = List.of(Diagnostic.YAML_TAB.finding(FILE, 1, 1, "", "tab"),
                Diagnostic.YAML_TAB.finding(FILE, 2, 1, "", "tab"));
        assertSame(findings, Repeats.collapse(findings));
    }

    @Test
    @DisplayName("an alias bomb is one finding, at its first anchor, counting every anchor and alias")
    void aliasBomb() {
        String yaml = "a: &a [lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        ParseResult result = new FilingParser().parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1 yaml.anchor"),
                result.findings().stream().map(f -> f.line() + " " + f.messageKey()).toList());
        assertEquals(List.of("a", 21), result.findings().get(0).arguments(), "3 anchors and 18 aliases");
    }
}
