package io.jixiao.cli;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.FilingFinder;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Severity;
import io.jixiao.rules.RuleConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line and the plugin's check goal agree on the published example filings, format 1 and format 2 alike:
 * the goal is {@link FolderCheck} with the plugin's default parameters, which is all the check Mojo calls. A
 * pre-commit hook names single files, so each example is also checked alone and must get exactly the findings the
 * whole-folder run gives it (the previous year read beside it, the other departments not at all).
 */
@DisplayName("The command line finds what the check goal finds in the example filings")
class ExampleFilingsParityTest {

    static final Path EXAMPLES = Path.of("../example-filings/filings");

    /** What the goal prints, one entry per log call: each finding (with its source line and caret), then the summary. */
    record GoalRun(List<String> findings, String summary) {
        /** The printed findings of one file, in the order the goal printed them. */
        List<String> of(String shownPath) {
            return findings.stream().filter(f -> f.startsWith(shownPath + ":")).toList();
        }
    }

    private static GoalRun goal() throws IOException {
        CheckOptions options = new CheckOptions(EXAMPLES, List.of(), List.of(), RuleConfig.DEFAULTS,
                "national-2020", Locale.CHINESE, false, Map.of(), Path.of("").toAbsolutePath());
        List<String> findings = new ArrayList<>();
        List<String> other = new ArrayList<>();
        new FolderCheck(options).run((Severity severity, String text) -> (severity == null ? other : findings)
                .add(text), Map.of());
        return new GoalRun(findings, other.get(other.size() - 1));
    }

    @Test
    @DisplayName("the whole folder: the same lines, the same summary, the same verdict")
    void folder() throws IOException {
        GoalRun goal = goal();
        JixiaoCliTest.Run cli = JixiaoCliTest.run("check", EXAMPLES.toString());
        List<String> expected = new ArrayList<>();
        goal.findings().forEach(f -> expected.addAll(f.lines().toList()));
        expected.add(goal.summary());
        assertEquals(withoutTime(expected), withoutTime(cli.lines()));
        assertTrue(goal.findings().size() > 10, "the examples keep their published flaws: " + goal.findings().size());
    }

    @TestFactory
    @DisplayName("each example named alone gets the findings the folder run gives it")
    Stream<DynamicTest> eachFileAlone() throws IOException {
        GoalRun goal = goal();
        List<Path> files = FilingFinder.find(EXAMPLES, CheckOptions.DEFAULT_INCLUDES, List.of());
        assertTrue(files.size() >= 20, "examples found: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(EXAMPLES.relativize(file).toString(), () -> {
            // Outside the base folder (the working directory), so shown in full by both.
            String shown = file.toAbsolutePath().normalize().toString();
            JixiaoCliTest.Run cli = JixiaoCliTest.run("check", file.toString());
            List<String> lines = cli.lines();
            assertFalse(lines.isEmpty(), cli.err());
            List<String> expected = new ArrayList<>();
            goal.of(shown).forEach(f -> expected.addAll(f.lines().toList()));
            assertEquals(expected, lines.subList(0, lines.size() - 1), shown);
            boolean errors = goal.of(shown).stream().anyMatch(f -> f.lines().findFirst().orElse("").contains(": 错误["));
            assertEquals(errors ? JixiaoCli.FAILED : JixiaoCli.PASSED, cli.status(), cli.out());
        }));
    }

    private static List<String> withoutTime(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("[0-9.]+ 秒。$", "")).toList();
    }
}
