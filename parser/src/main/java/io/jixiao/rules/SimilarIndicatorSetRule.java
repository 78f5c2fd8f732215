package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        for (int later = 0; later < tables.size(); later++) {
            Table table = tables.get(later);
            if (table.rows().size() < FEWEST || identicalToEarlier(tables, later)) {
                continue;
            }
            Table best = null;
            int bestShared = 0;
            double bestSimilarity = 0;
            for (int earlier = 0; earlier < later; earlier++) {
                Table candidate = tables.get(earlier);
                if (candidate.rows().size() < FEWEST) {
                    continue;
                }
                int shared = shared(table.rows(), candidate.rows());
                double similarity = (double) shared / (table.rows().size() + candidate.rows().size() - shared);
                if (similarity > bestSimilarity) {
                    best = candidate;
                    bestShared = shared;
                    bestSimilarity = similarity;
                }
            }
            if (best != null && bestSimilarity * 100 >= PERCENT) {
                context.report(table.pointer(), "similar", best.label(), String.valueOf(bestShared),
                        String.valueOf(table.rows().size()), String.valueOf(best.rows().size()),
                        String.valueOf(Math.round(bestSimilarity * 100)));
            }
        }
    }

    private static boolean identicalToEarlier(List<Table> tables, int later) {
        for (int earlier = 0; earlier < later; earlier++) {
            if (tables.get(earlier).order().equals(tables.get(later).order())) {
                return true;
            }
        }
        return false;
    }

    private static int shared(Set<List<String>> a, Set<List<String>> b) {
        Set<List<String>> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
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
