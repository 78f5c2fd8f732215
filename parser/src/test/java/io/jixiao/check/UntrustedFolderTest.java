package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A filings folder is untrusted input: a merge request can commit links, and names no one would type. Each case
 * is refused with a finding that names the file, counted in the summary, and never read.
 */
@DisplayName("An untrusted filings folder")
class UntrustedFolderTest {

    private static final String SECRET = "aws_secret_access_key=AKIAEXAMPLESECRET";

    @TempDir
    Path repo;
    private final List<String> log = new ArrayList<>();

    private Path filings() throws IOException {
        Path filings = Files.createDirectories(repo.resolve("filings"));
        Files.createDirectories(filings.resolve("ok"));
        Files.writeString(filings.resolve("ok/2024.yaml"), FolderCheckTest.VALID);
        return filings;
    }

    private CheckSummary check(Path filings) throws IOException {
        CheckOptions options = new CheckOptions(filings, List.of(), List.of(), RuleConfig.DEFAULTS, "national-2020",
                Locale.CHINESE, false, Map.of(ReportFormat.JUNIT, repo.resolve("out/TEST-jixiao.xml"),
                ReportFormat.SARIF, repo.resolve("out/jixiao.sarif")), repo);
        return new FolderCheck(options).run((severity, line) -> log.add(line), Map.of());
    }

    private String everythingWritten() throws IOException {
        StringBuilder all = new StringBuilder(String.join("\n", log));
        try (Stream<Path> files = Files.walk(repo.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private Finding refusal(Path filings, String relative) throws IOException {
        Map<Path, Finding> refused = FilingFinder.scan(filings, CheckOptions.DEFAULT_INCLUDES, List.of()).refused();
        Finding finding = refused.get(filings.resolve(relative));
        assertTrue(finding != null, relative + " is not refused: " + refused);
        return finding;
    }

    @Test
    @DisplayName("a linked filing pointing at a credentials file is refused unread: its content reaches no log or "
            + "report")
    void linkedFile() throws IOException {
        Path filings = filings();
        Path credentials = Files.writeString(repo.resolve("credentials"), SECRET + "\n");
        Files.createSymbolicLink(filings.resolve("ok/2023.yaml"), credentials);

        CheckSummary summary = check(filings);

        assertEquals(2, summary.filings(), "the link is counted, not skipped");
        assertTrue(summary.failed());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("filings/ok/2023.yaml: 错误[FILE-SYMLINK]")), log::toString);
        assertFalse(everythingWritten().contains("AKIAEXAMPLESECRET"), "the linked file's content was echoed");
    }

    @Test
    @DisplayName("a linked folder is refused, and not entered")
    void linkedFolder() throws IOException {
        Path filings = filings();
        Path elsewhere = Files.createDirectories(repo.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("2024.yaml"), SECRET + "\n");
        Files.createSymbolicLink(filings.resolve("linked"), elsewhere);

        CheckSummary summary = check(filings);

        assertEquals(2, summary.filings());
        assertEquals("symlinkFolder", variant(refusal(filings, "linked")));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("filings/linked: 错误[FILE-SYMLINK]")), log::toString);
        assertFalse(everythingWritten().contains("AKIAEXAMPLESECRET"));
    }

    @Test
    @DisplayName("a link the excludes leave out is not reported")
    void excludedLink() throws IOException {
        Path filings = filings();
        Files.createSymbolicLink(filings.resolve("ok/2023.yaml"), filings.resolve("ok/2024.yaml"));
        assertEquals(Map.of(), FilingFinder.scan(filings, CheckOptions.DEFAULT_INCLUDES, List.of("**/2023.yaml"))
                .refused());
    }

    @Test
    @DisplayName("a folder named ..\\..\\..\\escaped is a name with backslashes, refused: nothing is taken as a "
            + "path three folders up")
    void backslashes() throws IOException {
        Path filings = filings();
        Path escaped = Files.createDirectories(filings.resolve("..\\..\\..\\escaped"));
        Files.writeString(escaped.resolve("2024.yaml"), FolderCheckTest.VALID.replace("示例部门", "逃逸部门"));

        CheckSummary summary = check(filings);

        assertEquals(2, summary.filings());
        assertEquals("nameBackslash", variant(refusal(filings, "..\\..\\..\\escaped/2024.yaml")));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("filings/..\\..\\..\\escaped/2024.yaml: 错误[FILE-NAME]")),
                log::toString);
        assertFalse(everythingWritten().contains("../../.."), "a path shown with ../../..");
    }

    @Test
    @DisplayName("a folder name with a line break is refused and shown escaped, on one line of the log")
    void lineBreak() throws IOException {
        Path filings = filings();
        Path folder = Files.createDirectories(filings.resolve("a\n[INFO] BUILD SUCCESS"));
        Files.writeString(folder.resolve("2024.yaml"), FolderCheckTest.VALID);

        CheckSummary summary = check(filings);

        assertEquals(2, summary.filings(), "checked 2, not 1 of 2 silently");
        assertEquals("nameControl", variant(refusal(filings, "a\n[INFO] BUILD SUCCESS/2024.yaml")));
        assertTrue(log.stream().anyMatch(l -> l.startsWith(
                "filings/a\\u000A[INFO] BUILD SUCCESS/2024.yaml: 错误[FILE-NAME]")), log::toString);
        assertTrue(log.stream().noneMatch(l -> l.contains("\n[INFO] BUILD SUCCESS")), "a forged log line");
        assertFalse(everythingWritten().contains("a\n[INFO]"));
    }

    @Test
    @DisplayName("an upper-case .YAML is reported, not silently left out")
    void upperCaseExtension() throws IOException {
        Path filings = filings();
        Files.writeString(filings.resolve("ok/2023.YAML"), FolderCheckTest.VALID);

        CheckSummary summary = check(filings);

        assertEquals(2, summary.filings());
        Finding finding = refusal(filings, "ok/2023.YAML");
        assertEquals(List.of(".YAML", "2023.yaml"), finding.arguments());
    }

    @Test
    @DisplayName("names that are one file on Windows or macOS, or one output, keep the first and refuse the second")
    void collisions() throws IOException {
        Path filings = filings();
        Files.createDirectories(filings.resolve("OK"));
        Files.writeString(filings.resolve("OK/2024.yaml"), FolderCheckTest.VALID);
        Files.writeString(filings.resolve("ok/2024.yml"), FolderCheckTest.VALID);

        FilingFinder.Found found = FilingFinder.scan(filings, CheckOptions.DEFAULT_INCLUDES, List.of());

        assertEquals(List.of(filings.resolve("OK/2024.yaml")), found.filings(), "the first in path order is kept");
        assertEquals(List.of("OK/2024.yaml"), refusal(filings, "ok/2024.yaml").arguments());
        assertEquals(List.of("OK/2024.yaml"), refusal(filings, "ok/2024.yml").arguments());
    }

    @Test
    @DisplayName("what Windows forbids in a name, its device names and a top-level index.yaml are refused")
    void windowsAndIndex() throws IOException {
        Path filings = filings();
        for (String folder : List.of("a:b", "aux", "trailing.")) {
            Files.createDirectories(filings.resolve(folder));
            Files.writeString(filings.resolve(folder).resolve("2024.yaml"), FolderCheckTest.VALID);
        }
        Files.writeString(filings.resolve("index.yaml"), FolderCheckTest.VALID);
        Files.writeString(filings.resolve("ok/" + "长".repeat(70) + ".yaml"), FolderCheckTest.VALID);

        assertEquals(List.of("a:b", ":"), refusal(filings, "a:b/2024.yaml").arguments());
        assertEquals("nameWindowsReserved", variant(refusal(filings, "aux/2024.yaml")));
        assertEquals("nameWindowsReserved", variant(refusal(filings, "trailing./2024.yaml")));
        assertEquals("nameIndexPage", variant(refusal(filings, "index.yaml")));
        assertEquals("nameTooLong", variant(refusal(filings, "ok/" + "长".repeat(70) + ".yaml")));
        assertEquals(List.of(filings.resolve("ok/2024.yaml")),
                FilingFinder.scan(filings, CheckOptions.DEFAULT_INCLUDES, List.of()).filings());
    }

    @Test
    @DisplayName("a named pipe is refused, not read (the read would never end)")
    void namedPipe() throws IOException, InterruptedException {
        Path filings = filings();
        Path pipe = filings.resolve("ok/2023.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) { // Windows: no named pipes to make; the Linux CI runs this test
            Assumptions.abort("no mkfifo on this machine: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed");

        CheckSummary summary = check(filings);

        assertEquals(2, summary.filings());
        assertEquals("notAFile", variant(refusal(filings, "ok/2023.yaml")));
    }

    @Test
    @DisplayName("a linked filing handed to the parser directly is refused too")
    void parserRefusesLinks() throws IOException {
        Path filings = filings();
        Path credentials = Files.writeString(repo.resolve("credentials"), SECRET + "\n");
        Path link = Files.createSymbolicLink(filings.resolve("ok/2023.yaml"), credentials);

        CheckResult result = new FilingChecker(RuleConfig.DEFAULTS).check(List.of(link));

        assertEquals(List.of("FILE-SYMLINK"), result.findings().stream().map(Finding::ruleId).toList());
        assertTrue(result.files().get(0).sourceLines().stream().allMatch(line -> line == null
                || !line.contains("AKIA")));
    }

    private static String variant(Finding finding) {
        return finding.messageKey().substring(finding.messageKey().indexOf('.') + 1);
    }
}
