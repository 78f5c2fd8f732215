package io.jixiao.examples;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.history.TargetShift;
import io.jixiao.model.Filing;
import io.jixiao.model.FilingBinder;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.parser.FilingParser;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.ChangeSets;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.next.NextYear;
import io.jixiao.rules.RuleConfig;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jixiao:next-year} on every example filing: the new file passes check beside its source (no error, and the
 * cross-year rules find its 上年值 and targets consistent with the source), and its difference from the source is
 * only what rolling forward changes — the year, titles and date targets bumped, 上年值 from the targets, 指标编号
 * added — line by line in the text and field by field in the model.
 */
@DisplayName("Rolling every example filing forward to next year")
class NextYearExamplesTest {

    /** The only lines rolling forward may add or change. */
    private static final Pattern INTENDED = Pattern.compile(
            "^\\s*(- )?(年度|标题|指标编号|历史值|上年值|指标值|项目实施期|[0-9]{4}): .*$|^\\s*历史值:\\s*$");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyExample() {
        return ExampleFilings.all().stream().map(file -> DynamicTest.dynamicTest(
                ExampleFilings.ROOT.relativize(file).toString(), () -> roll(file)));
    }

    private void roll(Path example) throws IOException {
        Path folder = temp.resolve(example.getParent().getFileName().toString() + "-" + example.getFileName());
        Path source = folder.resolve("department").resolve(example.getFileName());
        Files.createDirectories(source.getParent());
        Files.copy(example, source);
        List<NextYear.Outcome> outcomes = NextYear.roll(List.of(source));
        assertEquals(NextYear.Status.WRITTEN, outcomes.get(0).status());
        Path target = outcomes.get(0).target();

        // Checked as this module's POM checks the examples (石峰区政协's blank targets stay warnings).
        CheckResult result = new FolderCheck(new CheckOptions(folder, List.of(), List.of(),
                RuleConfig.parse(ExampleFilings.RULES), FilingBinder.DEFAULT_PROFILE, Locale.CHINESE, false, Map.of(),
                null)).checked().result();
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        List<String> problems = result.findings().stream().filter(f -> f.file().endsWith(target.getFileName()))
                .filter(f -> f.isError() || f.ruleId().equals("HISTORY-PREVIOUS") || f.ruleId().equals("HISTORY-LOWERED"))
                .map(printer::header).toList();
        assertEquals(List.of(), problems, "the rolled-forward filing must pass check against its source");
        Map<String, Long> before = result.findings().stream().filter(f -> f.file().endsWith(source.getFileName()))
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        List<String> added = result.findings().stream().filter(f -> f.file().endsWith(target.getFileName()))
                .filter(f -> !copiedIntoHistory(f) && !rolledKeysPrintedApart(f))
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L)).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), added, "rolling forward brings no new defect");

        assertOnlyIntendedLines(source, target);
        assertOnlyIntendedFields(source, target);
        assertEquals(NextYear.Status.EXISTS, NextYear.roll(List.of(source)).get(0).status(),
                "an existing file is never overwritten");
    }

    /**
     * A defect of how this year's target is written ({@code 31.5万} without its unit) comes along into next year's
     * 上年值, where the unit rules report it again: the same defect, not a new one.
     */
    private static boolean copiedIntoHistory(Finding finding) {
        return finding.ruleId().startsWith("VALUE-") && finding.pointer().contains("/" + Keys.Indicator.HISTORY + "/");
    }

    /** The keys rolling forward writes into each indicator. */
    private static final Set<String> ROLLED_KEYS = Set.of(Keys.Indicator.ID, Keys.Indicator.HISTORY,
            Keys.History.LAST_YEAR);

    /**
     * An official form with no 指标编号 or 历史值 column (the national forms, Hebei's, Hunan's) prints the ones rolling
     * forward adds in its extra table, and TEMPLATE-UNPLACED says so: information about where they are printed, not
     * a defect — nothing filed is dropped. Only a finding about exactly those keys is let through.
     */
    private static boolean rolledKeysPrintedApart(Finding finding) {
        return finding.ruleId().equals("TEMPLATE-UNPLACED") && finding.severity() == Severity.INFO
                && finding.arguments().size() > 3 && finding.arguments().get(3) instanceof List<?> keys
                && ROLLED_KEYS.containsAll(keys);
    }

    private static void assertOnlyIntendedLines(Path source, Path target) throws IOException {
        RawText a = new RawText(Files.readAllBytes(source));
        RawText b = new RawText(Files.readAllBytes(target));
        List<String> unexpected = new ArrayList<>();
        for (Edit edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b)) {
            boolean linePerLine = edit.getLengthA() == edit.getLengthB();
            for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
                String was = a.getString(i);
                String is = linePerLine ? b.getString(edit.getBeginB() + i - edit.getBeginA()) : null;
                if (!INTENDED.matcher(was).matches() && !(is != null && onlyFlowInsertions(was, is))) {
                    unexpected.add("- " + was);
                }
            }
            for (int i = edit.getBeginB(); i < edit.getEndB(); i++) {
                String is = b.getString(i);
                String was = linePerLine ? a.getString(edit.getBeginA() + i - edit.getBeginB()) : null;
                if (!INTENDED.matcher(is).matches() && !(was != null && onlyFlowInsertions(was, is))) {
                    unexpected.add("+ " + is);
                }
            }
        }
        assertEquals(List.of(), unexpected, "lines rolling forward should not have touched");
    }

    /**
     * An indicator written in flow style ({@code - {一级指标: …, 指标值: 95}}) changes on its own line: rolling
     * forward inserts {@code 指标编号: …} at its start and {@code 历史值: {上年值: …}} at its end, and nothing else.
     */
    private static boolean onlyFlowInsertions(String was, String is) {
        String stripped = FLOW_ID.matcher(FLOW_HISTORY.matcher(is).replaceAll("}")).replaceAll("{");
        return stripped.equals(was);
    }

    private static final Pattern FLOW_ID = Pattern.compile("\\{指标编号: [^,{}]+, ");
    private static final Pattern FLOW_HISTORY = Pattern.compile(", 历史值: \\{[^{}]*\\}\\}");

    private static void assertOnlyIntendedFields(Path source, Path target) throws IOException {
        FilingParser parser = new FilingParser();
        Filing was = parser.parse(source).filing().orElseThrow();
        Filing is = parser.parse(target).filing().orElseThrow();
        assertEquals(was.year() + 1, is.year());
        assertEquals(was.department(), is.department());
        assertEquals(was.projects().size(), is.projects().size());
        List<Indicator> before = was.allIndicators();
        List<Indicator> after = is.allIndicators();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            Indicator x = before.get(i);
            Indicator y = after.get(i);
            assertEquals(x.pointer(), y.pointer());
            assertEquals(Arrays.asList(x.level1(), x.level2(), x.name(), x.basis(), x.explanation(), x.activities()),
                    Arrays.asList(y.level1(), y.level2(), y.name(), y.basis(), y.explanation(), y.activities()));
            assertTrue(x.id() == null || x.id().equals(y.id()), "an existing 指标编号 is kept");
            assertTrue(y.id() != null || y.name() == null, "every named indicator has a 指标编号: " + y.pointer());
            assertEquals(x.standard(), y.standard());
        }
        ChangeSet changes = ChangeSets.compare(was, "before", is, "after");
        assertEquals(new ChangeSet.Counts(0, 0, 0, 0, 0), changes.counts());
        assertTrue(changes.money().isEmpty() && changes.texts().isEmpty(), "money and goals are untouched");
        for (IndicatorChange change : changes.indicators()) {
            assertEquals(TargetShift.UNCHANGED, change.target().shift(), change.name() + ": "
                    + change.previous().value().written() + " → " + change.current().value().written());
        }
        assertEquals(new String(Files.readAllBytes(source), StandardCharsets.UTF_8).lines().filter(
                l -> l.strip().startsWith("#")).toList(), new String(Files.readAllBytes(target),
                StandardCharsets.UTF_8).lines().filter(l -> l.strip().startsWith("#")).toList(),
                "comments are kept");
    }
}
