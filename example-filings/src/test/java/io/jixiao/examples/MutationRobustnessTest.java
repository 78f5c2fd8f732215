package io.jixiao.examples;

import io.jixiao.finding.Finding;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damages the real filings the way editing goes wrong (a character deleted, a line duplicated or moved, stray
 * punctuation typed) with a fixed seed, and checks that every result is findings with positions inside the file,
 * never an internal error. Complements the hand-written bad-input corpus with cases nobody thought of.
 */
@DisplayName("Damaged filings")
class MutationRobustnessTest {

    private static final String NOISE = ":：-|>&*!%@`{}[]#'\"\t ，。？\n";
    private static final int MUTANTS_PER_FILING = 150;

    @Test
    @DisplayName("any damage to a filing yields positioned findings, never an internal error")
    void damageNeverBreaksTheParser() throws IOException {
        FilingParser parser = new FilingParser();
        Random random = new Random(20240601);
        int withFindings = 0;
        for (Path file : ExampleFilings.all()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < MUTANTS_PER_FILING; i++) {
                String mutant = mutate(lines, random);
                ParseResult result = parser.parse(file, mutant.getBytes(StandardCharsets.UTF_8));
                int lineCount = (int) mutant.lines().count();
                for (Finding f : result.findings()) {
                    if (f.ruleId().equals("JIXIAO-INTERNAL") || f.line() > lineCount) {
                        fail(f + "\n--- mutant of " + file + " ---\n" + mutant);
                    }
                }
                if (!result.findings().isEmpty()) {
                    withFindings++;
                }
            }
        }
        assertTrue(withFindings > MUTANTS_PER_FILING, "the mutations should break most filings: " + withFindings);
    }

    private static String mutate(List<String> original, Random random) {
        List<String> lines = new ArrayList<>(original);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(5)) {
                case 0 -> lines.add(at, line);
                case 1 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
                case 2 -> {
                    if (!line.isEmpty()) {
                        int c = random.nextInt(line.length());
                        lines.set(at, line.substring(0, c) + line.substring(c + 1));
                    }
                }
                case 3 -> {
                    int c = random.nextInt(line.length() + 1);
                    char noise = NOISE.charAt(random.nextInt(NOISE.length()));
                    lines.set(at, line.substring(0, c) + noise + line.substring(c));
                }
                default -> lines.set(at, " ".repeat(random.nextInt(4)) + line.strip());
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
