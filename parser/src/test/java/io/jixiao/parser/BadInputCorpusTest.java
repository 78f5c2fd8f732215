package io.jixiao.parser;

import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every folder under {@code bad-input/}: {@code input.yaml} must produce exactly the findings listed in
 * {@code expected-findings.txt} (one {@code line:column RULE-ID} per line), each naming the input file, with a
 * message in both languages, and no filing. A new bad-input case is a new folder, no code.
 */
@DisplayName("Bad input corpus")
class BadInputCorpusTest {

    private final FilingParser parser = new FilingParser();

    @TestFactory
    @DisplayName("each bad input gets exactly its expected findings, never an exception")
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(BadInputCorpusTest.class.getResource("/io/jixiao/bad-input").toURI());
        try (Stream<Path> cases = Files.list(root)) {
            return cases.sorted().toList().stream().map(dir -> DynamicTest.dynamicTest(
                    dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private void check(Path dir) throws IOException {
        Path input = dir.resolve("input.yaml");
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(input));
        List<String> expected = Files.readAllLines(dir.resolve("expected-findings.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).sorted().toList();
        List<String> actual = result.findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).sorted().toList();
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        String printed = result.findings().stream().map(f -> printer.print(f, result.sourceLines()))
                .collect(Collectors.joining("\n"));
        assertEquals(expected, actual, printed);
        assertFalse(result.filing().isPresent(), "a bad filing must not be bound");
        for (Finding f : result.findings()) {
            assertEquals(input, f.file(), "every finding names the file");
            assertTrue(f.isError());
            String zh = Messages.chinese().message(f);
            String en = new FindingPrinter(Messages.forLocale(java.util.Locale.ENGLISH)).header(f);
            assertFalse(zh.equals(f.messageKey()), "no Chinese text for " + f.messageKey());
            assertFalse(en.contains(f.messageKey()), "no English text for " + f.messageKey());
        }
    }
}
