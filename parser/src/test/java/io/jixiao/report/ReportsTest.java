package io.jixiao.report;

import io.jixiao.check.CheckResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Writing reports")
class ReportsTest {

    @TempDir
    Path dir;

    private ReportFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ReportFixture(dir.resolve("repo"));
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportFormat.class)
    @DisplayName("writes each format in UTF-8, creating folders, byte-identical on a second run, leaving no temp file")
    void writesEachFormat(ReportFormat format) throws IOException {
        Path target = dir.resolve("out").resolve("报告").resolve(format.defaultFileName());

        Reports.write(format, fixture.check(), fixture.options(), target);
        byte[] first = Files.readAllBytes(target);
        Reports.write(format, fixture.check(), fixture.options(), target);
        byte[] second = Files.readAllBytes(target);

        assertArrayEquals(first, second);
        assertEquals(Reports.render(format, fixture.check(), fixture.options()),
                new String(first, StandardCharsets.UTF_8));
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("9.8.7-TEST"), "records the jixiao version");
        assertEquals(List.of(format.defaultFileName()), listing(target.getParent()));
    }

    @Test
    @DisplayName("replaces an existing report as a whole")
    void replaces() throws IOException {
        Path target = dir.resolve("jixiao.sarif");
        Files.writeString(target, "an old and much longer report ".repeat(1000));

        Reports.write(ReportFormat.SARIF, fixture.check(), fixture.options(), target);

        assertEquals(Reports.render(ReportFormat.SARIF, fixture.check(), fixture.options()),
                Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("jixiao.sarif", "repo"), listing(dir));
    }

    @Test
    @DisplayName("records the jixiao and rule-set versions in every format")
    void versionsEverywhere() {
        CheckResult result = fixture.check();
        for (ReportFormat format : ReportFormat.values()) {
            String text = Reports.render(format, result, fixture.options());
            assertTrue(text.contains("9.8.7-TEST") && text.contains("42"), format + ": " + text);
        }
    }

    @Test
    @DisplayName("knows the formats by name, and lists them when a name is wrong")
    void formatsByName() {
        assertEquals(ReportFormat.SARIF, ReportFormat.fromId("SARIF"));
        assertEquals(ReportFormat.GITLAB, ReportFormat.fromId(" gitlab "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromId("pdf"));
        assertTrue(e.getMessage().contains("console, sarif, junit, gitlab, github"), e.getMessage());
    }

    @Test
    @DisplayName("gives each format its own report class")
    void oneClassPerFormat() {
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(format, Reports.of(format, fixture.options()).format());
        }
    }
}
