package io.jixiao.check;

import io.jixiao.finding.Messages;
import io.jixiao.report.ReportFormat;
import io.jixiao.report.ReportOptions;
import io.jixiao.report.Reports;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports a folder check writes one department folder at a time are the ones the same findings give in one
 * piece: same bytes, in the same order, whichever filing comes last.
 */
@DisplayName("Reports written as the folders are checked")
class StreamedReportsTest {

    @TempDir
    Path repo;

    @Test
    @DisplayName("are byte for byte the reports of the whole result, and well-formed when the last filing is clean")
    void sameAsWhole() throws Exception {
        write("a/2024.yaml", IncrementalCheckTest.filing("甲部门", 2024, "≥90%"));
        write("a-b/2024.yaml", IncrementalCheckTest.filing("乙部门", 2024, "≥90%"));
        write("a/sub/2024.yaml", IncrementalCheckTest.filing("丙部门", 2024, "≥90%"));
        write("b/2024.yaml", "格式版本: 1\n");
        write("c/2024.yaml", IncrementalCheckTest.filing("丁部门", 2024, "≥10个"));
        Map<ReportFormat, Path> reports = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            reports.put(format, repo.resolve("out/" + format.defaultFileName()));
        }
        CheckOptions options = new CheckOptions(repo.resolve("filings"), List.of(), List.of(),
                io.jixiao.rules.RuleConfig.DEFAULTS, "national-2020", Locale.ENGLISH, true, reports, repo);
        new FolderCheck(options).run((s, l) -> { }, Map.of());
        CheckResult whole = new FolderCheck(options).checked().result();
        ReportOptions reportOptions = ReportOptions.defaults().withMessages(Messages.forLocale(Locale.ENGLISH))
                .withBaseDirectory(repo).withFailOnWarning(true);
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(Reports.render(format, whole, reportOptions), Files.readString(reports.get(format)),
                    format.id());
        }
        String console = Files.readString(reports.get(ReportFormat.CONSOLE));
        assertTrue(console.indexOf("filings/a/2024.yaml") < console.indexOf("filings/a/sub/2024.yaml")
                && console.indexOf("filings/a/sub/2024.yaml") < console.indexOf("filings/a-b/2024.yaml"),
                "folder by folder, names compared one by one: " + console);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.get(ReportFormat.JUNIT).toFile());
    }

    private void write(String relative, String text) throws IOException {
        Path file = repo.resolve("filings").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
