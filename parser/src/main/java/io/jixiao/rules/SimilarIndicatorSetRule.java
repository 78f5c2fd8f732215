package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * DUP-INDICATOR-SIMILAR: two projects (or 支出方向 tables) whose indicators are nearly the same — a copied table with
 * one or two rows changed. DUP-INDICATOR-SET catches identical tables; 山海关 2021 shows the step before: the
 * 少数民族发展资金 for village construction and the 普惠金融 loan-interest subsidy share 7 of their 9 rows
 * (评估报告数量 ≥90%, 结果准确性 ≥90% as an ecological benefit …), which describe neither.
 *
 * <p>Similarity is the Jaccard index of the two tables' rows, a row being (二级指标, 三级指标, 指标值) with whitespace
 * removed: shared rows ÷ rows in either. A pair is reported when both tables have at least {@value #FEWEST} rows and
 * the index is at least {@value #PERCENT}% — on tables of nine rows, seven shared; two tables sharing only the common
 * rows (satisfaction, timeliness) stay well below. Each table is reported once, on the later one, against the most
 * similar earlier table; a table identical to an earlier one is left to DUP-INDICATOR-SET.
 */
@Checks(Diagnostic.DUP_INDICATOR_SIMILAR)
final class SimilarIndicatorSetRule implements Rule {

    /** Rows each table must have: below this, a shared row or two is a large share by chance. */
    static final int FEWEST = 5;
    /** The similarity, in percent, from which two tables are reported. */
    static final int PERCENT = 60;

    @Override
    public void check(RuleContext context) {
        List<Table> tables = tables(context);
        Set<List<List<String>>> seen = new HashSet<>();
        Map<List<String>, List<Integer>> tablesWithRow = new HashMap<>();
        for (int later = 0; later < tables.size(); later++) {
            Table table = tables.get(later);
            boolean identical = !seen.add(table.order());
            if (table.rows().size() < FEWEST) {
                continue;
            }
            if (!identical) {
                closest(tables, tablesWithRow, table).ifPresent(match -> context.report(table.pointer(), "similar",
                        match.table().label(), String.valueOf(match.shared()), String.valueOf(table.rows().size()),
                        String.valueOf(match.table().rows().size()), String.valueOf(match.percent())));
            }
            for (List<String> row : table.rows()) {
                tablesWithRow.computeIfAbsent(row, r -> new ArrayList<>()).add(later);
            }
        }
    }

    /**
     * The earlier table most similar to this one, when at least {@value #PERCENT}% similar. Only tables sharing a
     * row are counted (through the index of which earlier tables have each row), so a filing of many unrelated
     * projects costs little.
     */
    private static Optional<Match> closest(List<Table> tables, Map<List<String>, List<Integer>> tablesWithRow,
                                           Table table) {
        Map<Integer, Integer> shared = new TreeMap<>();
        for (List<String> row : table.rows()) {
            tablesWithRow.getOrDefault(row, List.of()).forEach(earlier -> shared.merge(earlier, 1, Integer::sum));
        }
        Match best = null;
        for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
            Match match = new Match(tables.get(candidate.getKey()), candidate.getValue(), table.rows().size());
            if (best == null || match.similarity() > best.similarity()) {
                best = match;
            }
        }
        return Optional.ofNullable(best).filter(m -> m.similarity() * 100 >= PERCENT);
    }

    private static List<Table> tables(RuleContext context) {
        List<Table> tables = new ArrayList<>();
        for (ProjectTable p : context.filing().projects()) {
            tables.add(Table.of(p.name(), Pointers.child(p.pointer(), Keys.Project.INDICATORS), p.indicators()));
        }
        for (SpendingDirection d : context.filing().spendingDirections()) {
            tables.add(Table.of(d.name(), Pointers.child(d.pointer(), Keys.SpendingDirection.INDICATORS),
                    d.indicators()));
        }
        return tables;
    }

    /** An earlier table and how many rows it shares with a table of {@code size} rows. */
    private record Match(Table table, int shared, int size) {

        /** Shared rows ÷ rows in either table (the Jaccard index). */
        double similarity() {
            return (double) shared / (size + table.rows().size() - shared);
        }

        long percent() {
            return Math.round(similarity() * 100);
        }
    }

    /**
     * A project or 支出方向 table: its name, where its indicators are, its rows in order (as DUP-INDICATOR-SET
     * compares them) and as a set.
     */
    private record Table(String label, String pointer, List<List<String>> order, Set<List<String>> rows) {

        static Table of(String label, String pointer, List<Indicator> indicators) {
            List<List<String>> order = indicators.stream().map(i -> List.of(SameText.normalise(i.level2()),
                    SameText.normalise(i.name()), SameText.normalise(i.value().written()))).toList();
            return new Table(label, pointer, order, new LinkedHashSet<>(order));
        }
    }
}
