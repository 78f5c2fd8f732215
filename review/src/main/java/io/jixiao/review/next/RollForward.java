package io.jixiao.review.next;

import io.jixiao.history.YearText;
import io.jixiao.model.Filing;
import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.rules.IndicatorTable;
import io.jixiao.value.Numbers;
import io.jixiao.value.Value;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * This year's filing rolled forward into next year's, as an edit of its text rather than a dump of its model, so the
 * department's comments, key order, quoting and line breaks survive and the Git diff between the two files shows
 * only what rolling forward changes:
 * <ul>
 *   <li>{@code 年度} is the next year; the year is bumped where it stands for the filing's own year: in every
 *       {@code 标题}, in a target that is a date or a period ({@code 2025年底} → {@code 2026年底}) and in a spending
 *       direction's {@code 项目实施期};</li>
 *   <li>each indicator's {@code 历史值 › 上年值} is this year's target (its number and unit, without the comparator:
 *       {@code ≥1.5万亩} gives {@code 1.5万亩}); an indicator whose history is kept by year ({@code 2024: 4次}) gets
 *       this year's entry instead and drops its oldest, so a two-year window stays two years;</li>
 *   <li>an indicator without {@code 指标编号} gets one ({@code XM02-03}: the table, then the row), written after its
 *       first key, so it keeps its identity across years when its name changes later.</li>
 * </ul>
 * Nothing else is touched: names, goals, money and the other history values stay as filed.
 */
public final class RollForward {

    private static final Dump SCALAR = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.FLOW)
            .setWidth(Integer.MAX_VALUE).build());

    private final String text;
    private final Filing filing;
    private final YamlSpans spans;
    private final List<Edit> edits = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private RollForward(String text, Filing filing) {
        this.text = text;
        this.filing = filing;
        this.spans = YamlSpans.of(text);
    }

    /**
     * Next year's text.
     *
     * @param text   this year's filing as written (without a byte-order mark)
     * @param filing the same filing, parsed
     */
    public static String next(String text, Filing filing) {
        return new RollForward(text, filing).edit();
    }

    private String edit() {
        int year = filing.year();
        YamlSpans.Scalar yearValue = spans.scalar(Pointers.of(Keys.YEAR));
        edits.add(new Edit(yearValue.start(), yearValue.end(), Integer.toString(year + 1)));
        for (YamlSpans.Scalar scalar : spans.scalars()) {
            if (scalar.pointer().endsWith("/" + Keys.Department.TITLE)) {
                bumpYear(scalar);
            }
        }
        filing.allIndicators().forEach(i -> ids.add(i.id() == null ? "" : YearText.squeeze(i.id())));
        List<IndicatorTable> tables = IndicatorTable.of(filing);
        for (int t = 0; t < tables.size(); t++) {
            IndicatorTable table = tables.get(t);
            String prefix = prefix(table, t);
            int row = 0;
            for (Indicator indicator : table.indicators()) {
                row++;
                YamlSpans.Mapping mapping = spans.mapping(indicator.pointer());
                if (mapping == null) {
                    continue;
                }
                if (isTime(indicator.value())) {
                    bumpYear(spans.scalar(Pointers.child(indicator.pointer(), Keys.Indicator.VALUE)));
                }
                lastYear(indicator, mapping, year);
                if (indicator.id() == null && mapping.firstKeyStart() >= 0) {
                    addId(mapping, newId(prefix, row));
                }
            }
        }
        for (SpendingDirection direction : filing.spendingDirections()) {
            YamlSpans.Scalar period = spans.scalar(Pointers.child(direction.pointer(),
                    Keys.SpendingDirection.PERIOD));
            if (period != null) {
                bumpYear(period);
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order).reversed());
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder(text);
        for (Edit edit : edits) {
            out.replace(edit.start(), edit.end(), edit.replacement().replace("\n", newline));
        }
        return out.toString();
    }

    /** 上年值 from this year's target: replaced, added to 历史值, or added with a new 历史值. */
    private void lastYear(Indicator indicator, YamlSpans.Mapping mapping, int year) {
        String value = lastYearText(indicator.value());
        if (value == null) {
            return;
        }
        String historyAt = Pointers.child(indicator.pointer(), Keys.Indicator.HISTORY);
        YamlSpans.Mapping history = spans.mapping(historyAt);
        History model = indicator.history();
        if (history == null) {
            add(mapping, Keys.Indicator.HISTORY + ": {" + Keys.History.LAST_YEAR + ": " + scalar(value) + "}",
                    Keys.Indicator.HISTORY + ":\n" + indent(mapping.keyColumn() + 2) + Keys.History.LAST_YEAR
                            + ": " + scalar(value));
            return;
        }
        YamlSpans.Scalar last = spans.scalar(Pointers.child(historyAt, Keys.History.LAST_YEAR));
        if (last != null) {
            replace(last, scalar(value));
        } else if (model != null && !model.byYear().isEmpty() && isBlank(model.lastYear())) {
            byYear(history, model.byYear(), year, value);
        } else {
            add(history, Keys.History.LAST_YEAR + ": " + scalar(value),
                    Keys.History.LAST_YEAR + ": " + scalar(value));
        }
    }

    /** A history kept by year: this year's entry added after the last, the oldest dropped to keep the window. */
    private void byYear(YamlSpans.Mapping history, SortedMap<Integer, Value> years, int year, String value) {
        if (years.containsKey(year)) {
            replace(spans.scalar(Pointers.child(history.pointer(), Keys.yearKey(year))), scalar(value));
            return;
        }
        add(history, Keys.yearKey(year) + ": " + scalar(value),
                Keys.yearKey(year) + ": " + scalar(value));
        if (!history.flow()) {
            int oldest = years.firstKey();
            Integer start = history.keyStarts().get(Keys.yearKey(oldest));
            if (start != null) {
                int lineStart = text.lastIndexOf('\n', start - 1) + 1;
                YamlSpans.Scalar oldValue = spans.scalar(Pointers.child(history.pointer(), Keys.yearKey(oldest)));
                int lineEnd = text.indexOf('\n', oldValue.end());
                edits.add(new Edit(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1, "", 0));
            }
        }
    }

    /**
     * Adds {@code 指标编号} as the mapping's second key, on a line of its own after the first key's value, so the
     * line that opens the list item stays as it was and the diff shows one added line; in a flow mapping, first.
     */
    private void addId(YamlSpans.Mapping mapping, String id) {
        String entry = Keys.Indicator.ID + ": " + scalar(id);
        if (mapping.flow()) {
            edits.add(new Edit(mapping.firstKeyStart(), mapping.firstKeyStart(), entry + ", ", 1));
            return;
        }
        YamlSpans.Scalar first = spans.scalar(Pointers.child(mapping.pointer(), mapping.keys().get(0)));
        if (first == null) {
            edits.add(new Edit(mapping.firstKeyStart(), mapping.firstKeyStart(),
                    entry + "\n" + indent(mapping.keyColumn()), 1));
            return;
        }
        int at = lineAfter(first.end(), first.block());
        String prefix = at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
        edits.add(new Edit(at, at, prefix + indent(mapping.keyColumn()) + entry + "\n", 1));
    }

    /** Adds a key at the end of a mapping: before the {@code }} of a flow mapping, on a new line of a block one. */
    private void add(YamlSpans.Mapping mapping, String flowEntry, String blockEntry) {
        if (mapping.flow()) {
            edits.add(new Edit(mapping.endEvent(), mapping.endEvent(), ", " + flowEntry, 2));
            return;
        }
        int at = lineAfter(mapping.lastScalarEnd(), mapping.lastScalarBlock());
        String prefix = at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
        String entry = prefix + indent(mapping.keyColumn()) + blockEntry + "\n";
        edits.add(new Edit(at, at, entry, 2));
    }

    /** Where the line after a scalar starts; a block scalar's end mark is already there. */
    private int lineAfter(int end, boolean block) {
        if (block && (end == 0 || text.charAt(end - 1) == '\n')) {
            return end;
        }
        int newline = text.indexOf('\n', end);
        return newline < 0 ? text.length() : newline + 1;
    }

    private void replace(YamlSpans.Scalar scalar, String replacement) {
        edits.add(new Edit(scalar.start(), scalar.end(), replacement, 0));
    }

    /** The filing's year written in a scalar, as a four-digit number of its own, becomes next year. */
    private void bumpYear(YamlSpans.Scalar scalar) {
        if (scalar == null) {
            return;
        }
        String raw = text.substring(scalar.start(), scalar.end());
        String year = Integer.toString(filing.year());
        String next = Integer.toString(filing.year() + 1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean changed = false;
        while (i < raw.length()) {
            int end = i;
            while (end < raw.length() && Character.isDigit(raw.charAt(end)) && raw.charAt(end) < 128) {
                end++;
            }
            if (end == i) {
                out.append(raw.charAt(i++));
                continue;
            }
            String run = raw.substring(i, end);
            changed |= run.equals(year);
            out.append(run.equals(year) ? next : run);
            i = end;
        }
        if (changed) {
            edits.add(new Edit(scalar.start(), scalar.end(), out.toString(), 0));
        }
    }

    /**
     * What 上年值 says of this year's target: the number with its magnitude and unit, without the comparator
     * ({@code ≥1.5万亩} → {@code 1.5万亩}); any other target as written. Null when there is no target.
     */
    static String lastYearText(Value value) {
        if (isBlank(value)) {
            return null;
        }
        if (value instanceof Value.Quantity q && q.comparator() != null) {
            return Numbers.plain(q.number()) + (q.magnitude() == null ? "" : q.magnitude())
                    + (q.unit() == null ? "" : q.unit().text());
        }
        return value.written();
    }

    /** A value written as YAML: plain when that reads back as the same text, else quoted (the library decides). */
    private static String scalar(String value) {
        return SCALAR.dumpToString(value).strip();
    }

    /** The table's part of a new 指标编号: BM (部门整体), MB (goal tables), ZZ (duties), XM, FX, by position. */
    private static String prefix(IndicatorTable table, int position) {
        String pointer = table.pointer();
        String kind;
        if (pointer.startsWith(Pointers.of(Keys.PROJECTS))) {
            kind = "XM";
        } else if (pointer.startsWith(Pointers.of(Keys.SPENDING_DIRECTIONS))) {
            kind = "FX";
        } else if (pointer.contains(Keys.Department.DUTY_TREE)) {
            kind = "ZZ";
        } else if (pointer.contains(Keys.Department.LONG_TERM_GOAL_TABLES)
                || pointer.contains(Keys.Department.ANNUAL_GOAL_TABLES)) {
            kind = "MB";
        } else {
            kind = "BM";
        }
        return kind + String.format(java.util.Locale.ROOT, "%02d", position + 1);
    }

    private String newId(String prefix, int row) {
        int n = row;
        String id = prefix + "-" + String.format(java.util.Locale.ROOT, "%02d", n);
        while (ids.contains(id)) {
            n += 100;
            id = prefix + "-" + String.format(java.util.Locale.ROOT, "%02d", n);
        }
        ids.add(id);
        return id;
    }

    private static boolean isTime(Value value) {
        return value instanceof Value.DateValue || value instanceof Value.Period;
    }

    private static boolean isBlank(Value value) {
        return value == null || value instanceof Value.Blank || value instanceof Value.NotApplicable;
    }

    private static String indent(int columns) {
        return " ".repeat(Math.max(0, columns));
    }

    /**
     * One change to the text. Edits are applied from the end of the text backwards; at one offset, a higher
     * {@code order} is applied first, so it ends up after the others.
     */
    private record Edit(int start, int end, String replacement, int order) {
        Edit(int start, int end, String replacement) {
            this(start, end, replacement, 0);
        }
    }
}
