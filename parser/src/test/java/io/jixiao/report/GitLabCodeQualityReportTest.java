package io.jixiao.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The GitLab Code Quality report")
class GitLabCodeQualityReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ReportFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ReportFixture(dir);
    }

    private JsonNode issues(CheckResult result) throws IOException {
        return JSON.readTree(new GitLabCodeQualityReport(fixture.options()).render(result));
    }

    private static JsonNode issueOf(JsonNode issues, String checkName) {
        for (JsonNode issue : issues) {
            if (issue.path("check_name").asText().equals(checkName)) {
                return issue;
            }
        }
        throw new AssertionError("no issue " + checkName + " in " + issues.toPrettyString());
    }

    @Test
    @DisplayName("is an array of issues with description, check name, fingerprint, severity, path and line")
    void issueFields() throws IOException {
        JsonNode issues = issues(fixture.check());

        assertTrue(issues.isArray());
        assertEquals(fixture.check().findings().size(), issues.size());
        JsonNode unknown = issueOf(issues, "SCHEMA-UNKNOWN-KEY");
        assertTrue(unknown.path("description").asText().contains("「" + ReportFixture.HOSTILE_KEY + "」"),
                unknown.toString());
        assertEquals("major", unknown.path("severity").asText());
        assertEquals(ReportFixture.INVALID_PATH, unknown.at("/location/path").asText());
        assertEquals(ReportFixture.INVALID_LINE, unknown.at("/location/lines/begin").asInt());
        assertTrue(unknown.path("fingerprint").asText().matches("[0-9a-f]{64}"));
    }

    @Test
    @DisplayName("maps errors to major, warnings to minor and infos to info")
    void severities() throws IOException {
        JsonNode issues = issues(fixture.checkWithWarningAndInfo());

        assertEquals("major", issueOf(issues, "FILE-EMPTY").path("severity").asText());
        assertEquals("minor", issueOf(issues, ReportFixture.WARNING.id()).path("severity").asText());
        assertEquals("info", issueOf(issues, ReportFixture.INFO.id()).path("severity").asText());
    }

    @Test
    @DisplayName("puts a whole-file finding on line 1, since GitLab needs a line")
    void wholeFileOnLineOne() throws IOException {
        JsonNode empty = issueOf(issues(fixture.check()), "FILE-EMPTY");

        assertEquals(ReportFixture.EMPTY_PATH, empty.at("/location/path").asText());
        assertEquals(1, empty.at("/location/lines/begin").asInt());
    }

    @Test
    @DisplayName("names the engine with the jixiao and rule-set versions")
    void engineName() throws IOException {
        for (JsonNode issue : issues(fixture.check())) {
            assertEquals("jixiao 9.8.7-TEST (rules 42)", issue.path("engine_name").asText());
        }
    }

    @Test
    @DisplayName("gives distinct fingerprints that stay the same across runs and when a finding moves to another line")
    void fingerprints() throws IOException {
        JsonNode issues = issues(fixture.checkWithWarningAndInfo());
        Set<String> prints = new HashSet<>();
        issues.forEach(i -> prints.add(i.path("fingerprint").asText()));
        assertEquals(issues.size(), prints.size(), "distinct");

        String before = issueOf(issues, "SCHEMA-UNKNOWN-KEY").path("fingerprint").asText();
        List<FileCheck> moved = new ArrayList<>();
        for (FileCheck f : fixture.check().files()) {
            moved.add(f.withFindings(f.findings().stream().map(x -> new Finding(x.file(),
                    x.line() + 10, x.column(), x.pointer(), x.diagnostic(), x.severity(), x.messageKey(),
                    x.arguments())).toList()));
        }
        assertEquals(before, issueOf(issues(new CheckResult(moved)), "SCHEMA-UNKNOWN-KEY")
                .path("fingerprint").asText());
        assertNotEquals(before, issueOf(issues, "FILE-EMPTY").path("fingerprint").asText());
    }

    @Test
    @DisplayName("keeps two identical findings apart with different fingerprints")
    void repeatedFindings() throws IOException {
        List<FileCheck> doubled = new ArrayList<>();
        for (FileCheck f : fixture.check().files()) {
            List<Finding> findings = new ArrayList<>(f.findings());
            findings.addAll(f.findings());
            doubled.add(f.withFindings(findings));
        }
        JsonNode issues = issues(new CheckResult(doubled));
        Set<String> prints = new HashSet<>();
        issues.forEach(i -> prints.add(i.path("fingerprint").asText()));

        assertEquals(issues.size(), prints.size());
    }

    @Test
    @DisplayName("is byte-identical when the same filings are checked twice")
    void deterministic() {
        assertArrayEquals(new GitLabCodeQualityReport(fixture.options()).bytes(fixture.checkWithWarningAndInfo()),
                new GitLabCodeQualityReport(fixture.options()).bytes(fixture.checkWithWarningAndInfo()));
    }
}
