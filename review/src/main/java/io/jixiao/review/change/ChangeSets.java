package io.jixiao.review.change;

import io.jixiao.history.CrossYear;
import io.jixiao.history.Match;
import io.jixiao.history.TargetComparison;
import io.jixiao.history.YearMatch;
import io.jixiao.history.YearText;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.rules.Category;
import io.jixiao.rules.IndicatorTable;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two filings into a {@link ChangeSet}: last year's and this year's of a department, or one filing at two
 * revisions. Tables and indicators are matched by the identity rules ({@link CrossYear}); each kept indicator's
 * target is classified by {@link TargetComparison}; money by {@link MoneyComparison}, texts by
 * {@link TextComparison}.
 */
public final class ChangeSets {

    private ChangeSets() {
    }

    /**
     * @param previousSource how the earlier filing is named in a report (a path, or {@code REV:path})
     * @param currentSource  how the later one is named
     */
    public static ChangeSet compare(Filing previous, String previousSource, Filing current, String currentSource) {
        YearMatch match = CrossYear.match(previous, current);
        List<TableChange> tables = new ArrayList<>();
        List<IndicatorTable> kept = match.tables().stream().map(t -> t.match().current()).toList();
        for (IndicatorTable table : IndicatorTable.of(current)) {
            int at = kept.indexOf(table);
            tables.add(at >= 0 ? kept(match.tables().get(at), previous.year(), current.year())
                    : whole(table, IndicatorChange.Status.ADDED, previous.year(), current.year()));
        }
        for (IndicatorTable table : match.removedTables()) {
            tables.add(whole(table, IndicatorChange.Status.DROPPED, previous.year(), current.year()));
        }
        MoneyComparison money = new MoneyComparison(previous, current);
        return new ChangeSet(new ChangeSet.Side(previousSource, previous.department(), previous.year()),
                new ChangeSet.Side(currentSource, current.department(), current.year()), money.budget(),
                money.changes(), tables, new TextComparison(previous, current).changes());
    }

    private static TableChange kept(YearMatch.TablePair pair, int previousYear, int currentYear) {
        Match<IndicatorTable> table = pair.match();
        List<IndicatorChange> indicators = new ArrayList<>();
        for (Indicator indicator : table.current().indicators()) {
            pair.indicators().stream().filter(m -> m.current() == indicator).findFirst().ifPresentOrElse(
                    m -> indicators.add(new IndicatorChange(IndicatorChange.Status.KEPT, m.previous(), m.current(),
                            m.basis(), m.confidence(), m.similarity(), target(m.previous(), previousYear,
                            m.current(), currentYear))),
                    () -> {
                        if (pair.added().contains(indicator)) {
                            indicators.add(single(IndicatorChange.Status.ADDED, indicator, previousYear,
                                    currentYear));
                        }
                    });
        }
        pair.removed().forEach(i -> indicators.add(single(IndicatorChange.Status.DROPPED, i, previousYear,
                currentYear)));
        String before = table.previous().label();
        String after = table.current().label();
        return new TableChange(IndicatorChange.Status.KEPT, after,
                YearText.squeeze(before).equals(YearText.squeeze(after)) ? null : before, table.current().pointer(), table.basis(),
                table.confidence(), indicators);
    }

    private static TableChange whole(IndicatorTable table, IndicatorChange.Status status, int previousYear,
                                     int currentYear) {
        List<IndicatorChange> indicators = table.indicators().stream()
                .filter(i -> !YearText.squeeze(i.name()).isEmpty())
                .map(i -> single(status, i, previousYear, currentYear)).toList();
        return new TableChange(status, table.label(), null, table.pointer(), null, null, indicators);
    }

    private static IndicatorChange single(IndicatorChange.Status status, Indicator indicator, int previousYear,
                                          int currentYear) {
        boolean added = status == IndicatorChange.Status.ADDED;
        Indicator previous = added ? null : indicator;
        Indicator current = added ? indicator : null;
        return new IndicatorChange(status, previous, current, null, null, 100,
                target(previous, previousYear, current, currentYear));
    }

    private static TargetComparison target(Indicator previous, int previousYear, Indicator current,
                                           int currentYear) {
        Value before = previous == null ? new Value.Blank() : previous.value();
        Value after = current == null ? new Value.Blank() : current.value();
        Indicator shown = current != null ? current : previous;
        String level2 = current != null && current.level2() != null ? current.level2()
                : previous == null ? null : previous.level2();
        String direction = current != null && current.direction() != null ? current.direction()
                : previous == null ? null : previous.direction();
        return TargetComparison.compare(before, previousYear, after, currentYear, Category.of(level2),
                shown.name(), direction);
    }
}
