package io.jixiao.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The GitHub Actions annotations")
class GitHubAnnotationsTest {

    @TempDir
    Path dir;

    private ReportFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ReportFixture(dir);
    }

    private List<String> lines() {
        return new GitHubAnnotations(fixture.options()).render(fixture.checkWithWarningAndInfo()).lines().toList();
    }

    private String lineFor(String ruleId) {
        return lines().stream().filter(l -> l.contains(",title=" + ruleId + "::")).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " in " + lines()));
    }

    @Test
    @DisplayName("starts with a notice naming the jixiao and rule-set versions")
    void versionNotice() {
        assertEquals("::notice::jixiao 9.8.7-TEST，规则集 42", lines().get(0));
    }

    @Test
    @DisplayName("writes one command per finding: ::error, ::warning or ::notice with file, line, column and rule id")
    void commands() {
        assertEquals(1 + fixture.checkWithWarningAndInfo().findings().size(), lines().size());
        assertTrue(lineFor("SCHEMA-UNKNOWN-KEY").startsWith("::error file=filings/临沂 统战部/2024.yaml,line="
                + ReportFixture.INVALID_LINE + ",col=1,title=SCHEMA-UNKNOWN-KEY::"), lineFor("SCHEMA-UNKNOWN-KEY"));
        assertTrue(lineFor(ReportFixture.WARNING.id())
                .startsWith("::warning file=filings/石峰区政协/2024.yaml,line=3,col=7,"));
        assertTrue(lineFor(ReportFixture.INFO.id()).startsWith("::notice file=filings/石峰区政协/2024.yaml,line=4,col=1,"));
    }

    @Test
    @DisplayName("leaves out line and column when the finding concerns the whole file")
    void noLineWhenUnknown() {
        assertEquals("::error file=filings/空文件/2024.yaml,title=FILE-EMPTY::文件为空（或只有注释）：请至少填写 格式版本、"
                + "部门名称、年度、金额单位。", lineFor("FILE-EMPTY"));
    }

    @Test
    @DisplayName("escapes the message: a line break becomes %0A, so one finding stays on one line")
    void escapesMessage() {
        String line = lineFor("SCHEMA-UNKNOWN-KEY");

        assertTrue(line.contains("「<script>alert(1)</script>, 甲: 乙%0A丙」"), line);
    }

    @Test
    @DisplayName("escapes %, CR and LF in messages, and also : and , in properties, as GitHub documents")
    void escaping() {
        assertEquals("100%25 a%0D%0Ab: c, d", GitHubAnnotations.escapeData("100% a\r\nb: c, d"));
        assertEquals("dir%2C a%3A b%25%0A", GitHubAnnotations.escapeProperty("dir, a: b%\n"));
    }

    @Test
    @DisplayName("escapes a comma or colon in a file name so it cannot end the file property")
    void escapesFileProperty() throws IOException {
        Path odd = dir.resolve("odd");
        ReportFixture oddFixture = new ReportFixture(odd.resolve("a,b:c"));
        String text = new GitHubAnnotations(oddFixture.options().withBaseDirectory(odd))
                .render(oddFixture.check());

        assertTrue(text.contains("::error file=a%2Cb%3Ac/filings/空文件/2024.yaml,title=FILE-EMPTY::"), text);
    }

    @Test
    @DisplayName("is switched on by GITHUB_ACTIONS=true and nothing else")
    void enabled() {
        assertTrue(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true")));
        assertTrue(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "TRUE")));
        assertFalse(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "false")));
        assertFalse(GitHubAnnotations.enabled(Map.of("GITLAB_CI", "true")));
        assertFalse(GitHubAnnotations.enabled(Map.of()));
    }

    @Test
    @DisplayName("offers the checked-out repository as the base folder for paths")
    void workspace() {
        assertEquals(Path.of("/home/runner/work/repo"),
                GitHubAnnotations.workspace(Map.of("GITHUB_WORKSPACE", "/home/runner/work/repo")));
        assertNull(GitHubAnnotations.workspace(Map.of()));
    }

    @Test
    @DisplayName("is byte-identical when the same filings are checked twice")
    void deterministic() {
        assertArrayEquals(new GitHubAnnotations(fixture.options()).bytes(fixture.checkWithWarningAndInfo()),
                new GitHubAnnotations(fixture.options()).bytes(fixture.checkWithWarningAndInfo()));
    }
}
