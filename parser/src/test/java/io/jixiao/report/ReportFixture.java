package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.check.FilingChecker;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.rules.RuleConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Filings written to a temporary folder laid out as a repository ({@code filings/<department>/<year>.yaml}) and
 * checked for real, so the reports are tested on the findings the checker actually produces.
 */
final class ReportFixture {

    static final String VALID = "# 最小的有效填报\n格式版本: 1\n部门名称: 石峰区政协\n年度: 2024\n金额单位: 万元\n";

    /** An unknown key whose name has markup, a comma, colons and a line break, so every format must escape. */
    static final String HOSTILE_KEY = "<script>alert(1)</script>, 甲: 乙\n丙";

    static final String INVALID = "格式版本: 1\n部门名称: 临沂市委统战部\n年度: 2024\n金额单位: 万元\n"
            + "\"<script>alert(1)</script>, 甲: 乙\\n丙\": 多余\n";

    /** The line of the unknown key in {@link #INVALID}. */
    static final int INVALID_LINE = 5;

    static final String VALID_PATH = "filings/石峰区政协/2024.yaml";
    static final String INVALID_PATH = "filings/临沂 统战部/2024.yaml";
    static final String EMPTY_PATH = "filings/空文件/2024.yaml";

    /** The warning {@link #checkWithWarningAndInfo()} adds: no rule reports it on these filings. */
    static final Diagnostic WARNING = Diagnostic.TAXONOMY_EMPTY_ROW;
    /** The info {@link #checkWithWarningAndInfo()} adds. */
    static final Diagnostic INFO = Diagnostic.VALUE_MISSING_UNIT;

    final Path root;

    ReportFixture(Path root) throws IOException {
        this.root = root;
        write(VALID_PATH, VALID);
        write(INVALID_PATH, INVALID);
        write(EMPTY_PATH, "# 只有注释\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    /** The three filings checked with the default rule configuration. */
    CheckResult check() {
        return new FilingChecker(RuleConfig.DEFAULTS).check(
                List.of(file(EMPTY_PATH), file(INVALID_PATH), file(VALID_PATH)));
    }

    /** The check, plus a warning and an info on the valid filing, where no rule would report them. */
    CheckResult checkWithWarningAndInfo() {
        CheckResult result = check();
        List<FileCheck> files = new ArrayList<>();
        for (FileCheck f : result.files()) {
            if (f.file().equals(file(VALID_PATH))) {
                List<Finding> findings = new ArrayList<>(f.findings());
                findings.add(WARNING.finding(f.file(), 3, 7, "/部门名称", "empty", "部门名称"));
                findings.add(INFO.finding(f.file(), 4, 1, "/年度", "time", "2024", "年度"));
                f = f.withFindings(findings);
            }
            files.add(f);
        }
        return new CheckResult(files);
    }

    /** Pinned versions and the base directory at the repository root. */
    ReportOptions options() {
        return ReportOptions.defaults().withBaseDirectory(root).withVersions("9.8.7-TEST", "42");
    }
}
