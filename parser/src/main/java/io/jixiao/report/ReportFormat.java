package io.jixiao.report;

import io.jixiao.finding.ConfigurationException;

import java.util.Arrays;
import java.util.Locale;

/** The report formats jixiao writes, each rendered from the same findings by its own class. */
public enum ReportFormat {

    /** Compiler-style text for people: every finding with its source line, then a summary ({@link ConsoleReport}). */
    CONSOLE("console", "jixiao.txt"),
    /** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers ({@link SarifReport}). */
    SARIF("sarif", "jixiao.sarif"),
    /** JUnit XML, one test case per filing, for Jenkins, GitLab and other CI test views ({@link JUnitReport}). */
    JUNIT("junit", "TEST-jixiao.xml"),
    /** GitLab Code Quality JSON for merge-request widgets ({@link GitLabCodeQualityReport}). */
    GITLAB("gitlab", "gl-code-quality-report.json"),
    /** GitHub Actions workflow commands that annotate the changed lines ({@link GitHubAnnotations}). */
    GITHUB("github", "jixiao-github-annotations.txt");

    private final String id;
    private final String defaultFileName;

    ReportFormat(String id, String defaultFileName) {
        this.id = id;
        this.defaultFileName = defaultFileName;
    }

    /** The name users write to choose the format, such as {@code sarif}. */
    public String id() {
        return id;
    }

    /** A conventional file name for the report. */
    public String defaultFileName() {
        return defaultFileName;
    }

    /**
     * The format a user named, ignoring case.
     *
     * @throws ConfigurationException listing the known formats when the name is none of them
     */
    public static ReportFormat fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new ConfigurationException("config.reportFormat", id,
                        Arrays.stream(values()).map(ReportFormat::id).toList()));
    }
}
