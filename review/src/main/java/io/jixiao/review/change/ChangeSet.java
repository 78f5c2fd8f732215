package io.jixiao.review.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that changed between two filings of a department: the money, every indicator table with every
 * indicator (kept ones too, so a page can show last year's value beside each), and the texts that changed. Made by
 * {@link ChangeSets#compare}; the order is the current filing's, with what was dropped after what it followed, so a
 * change set is the same on every run.
 *
 * @param budget the filing's total budget before and after, when both filings state one on the same basis (the
 *               department's total, else the sum of the projects' budgets), else null
 * @param money  every amount that changed, new and dropped projects' budgets included
 * @param tables every indicator table of either filing
 * @param texts  every goal, use of funds and spending-plan point that changed
 */
public record ChangeSet(Side previous, Side current, MoneyChange budget, List<MoneyChange> money,
                        List<TableChange> tables, List<TextChange> texts) {

    public ChangeSet {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        money = List.copyOf(money);
        tables = List.copyOf(tables);
        texts = List.copyOf(texts);
    }

    /**
     * One of the two filings compared.
     *
     * @param source how the filing is named in a report: its path, or {@code REV:path} for a revision
     */
    public record Side(String source, String department, int year) {
    }

    /** The rows of a money table: the total first when it changed, then every amount that changed. */
    public List<MoneyChange> moneyRows() {
        List<MoneyChange> rows = new java.util.ArrayList<>();
        if (budget != null && budget.changed()) {
            rows.add(budget);
        }
        rows.addAll(money);
        return List.copyOf(rows);
    }

    /** Every indicator of every table, in order. */
    public List<IndicatorChange> indicators() {
        return tables.stream().flatMap(t -> t.indicators().stream()).toList();
    }

    /** This year's indicators with what became of them, by their JSON pointer: what a page marks. */
    public Map<String, IndicatorChange> byCurrentPointer() {
        Map<String, IndicatorChange> marks = new HashMap<>();
        indicators().stream().filter(i -> i.current() != null).forEach(i -> marks.put(i.current().pointer(), i));
        return marks;
    }

    /** How many targets went which way, for a summary line or the index. */
    public Counts counts() {
        int stricter = 0;
        int weaker = 0;
        int added = 0;
        int dropped = 0;
        int renamed = 0;
        for (IndicatorChange change : indicators()) {
            switch (change.status()) {
                case ADDED -> added++;
                case DROPPED -> dropped++;
                case KEPT -> {
                    if (change.target().shift().stricter()) {
                        stricter++;
                    } else if (change.target().shift().weaker()) {
                        weaker++;
                    }
                    if (change.renamed()) {
                        renamed++;
                    }
                }
            }
        }
        return new Counts(stricter, weaker, added, dropped, renamed);
    }

    /** Whether nothing a reviewer reads changed. */
    public boolean isEmpty() {
        return money.isEmpty() && texts.isEmpty() && tables.stream().noneMatch(TableChange::changed);
    }

    /**
     * Targets by the way they moved.
     *
     * @param raised  raised or tightened: more is asked
     * @param lowered lowered, loosened or made vague: less is asked, or nothing checkable
     * @param added   new indicators, new tables' included
     * @param dropped dropped indicators, dropped tables' included
     * @param renamed kept indicators found under another name
     */
    public record Counts(int raised, int lowered, int added, int dropped, int renamed) {
    }
}
