package io.jixiao.render.layout.blocks;

import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.Money;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One block of a form described by its columns: a section label merged down the left (年度绩效指标), a heading that
 * may have several levels (指标值 over 近两年指标值 over 2018年), and one row per item, with cells merged over
 * consecutive equal values where a column asks for it (产出指标 over its rows, 数量指标 within it). The layouts
 * describe their blocks as columns so header spans and hierarchy merges are worked out in one place rather than
 * placed by hand in each form.
 *
 * @param <T> what one row shows (an indicator, a spending line …)
 */
public final class TableBlock<T> {

    /** What one cell shows: the text as filed, the amount for a money column, and the JSON pointer of the value. */
    public record Content(String text, Money money, String pointer) {

        static final Content EMPTY = new Content("", null, null);

        public static Content text(String text, String pointer) {
            return new Content(CellText.of(text), null, pointer);
        }

        public static Content amount(Money money, String pointer) {
            return new Content(money == null ? "" : money.written(), money, pointer);
        }
    }

    /**
     * One column.
     *
     * @param header   the heading from the top level down; columns sharing a leading heading share its cell
     * @param style    how the cells look ({@link CellStyle#AMOUNT} cells are written as numbers)
     * @param content  what a row shows in this column
     * @param mergeKey rows with equal non-blank keys in a run are merged into one cell, within the runs of the merged
     *                 columns to the left; null never merges
     * @param stretch  whether this column takes up the width the block has beyond one grid column per column
     */
    public record Column<T>(List<String> header, CellStyle style, Function<T, Content> content,
                            Function<T, String> mergeKey, boolean stretch) {

        public Column {
            header = List.copyOf(header);
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(content, "content");
        }

        public static <T> Column<T> of(String header, CellStyle style, Function<T, Content> content) {
            return new Column<>(List.of(header), style, content, null, false);
        }

        public static <T> Column<T> of(List<String> header, CellStyle style, Function<T, Content> content) {
            return new Column<>(header, style, content, null, false);
        }

        public Column<T> mergedBy(Function<T, String> key) {
            return new Column<>(header, style, content, key, stretch);
        }

        public Column<T> stretched() {
            return new Column<>(header, style, content, mergeKey, true);
        }

        /** The same column over rows that contain a T (a duty row holding its indicator); a missing T is empty. */
        public <U> Column<U> from(Function<U, T> part) {
            Function<U, String> key = mergeKey == null ? null : u -> {
                T t = part.apply(u);
                return t == null ? null : mergeKey.apply(t);
            };
            return new Column<>(header, style, u -> {
                T t = part.apply(u);
                return t == null ? Content.EMPTY : content.apply(t);
            }, key, stretch);
        }
    }

    private final List<Column<T>> columns;

    public TableBlock(List<Column<T>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        this.columns = List.copyOf(columns);
    }

    int headerDepth() {
        return columns.stream().mapToInt(c -> c.header().size()).max().orElse(1);
    }

    /**
     * Writes the block from a new row: the label merged down the header, the rows and {@code extraRows} more that the
     * caller writes afterwards (a 合计 row), then the heading and the rows over {@code width} grid columns.
     */
    public void write(GridBuilder g, String label, List<T> rows, int width, int extraRows) {
        write(g, label, null, rows, width, extraRows);
    }

    /**
     * As {@link #write(GridBuilder, String, List, int, int)}, the label showing a filed value (a block's total
     * score, 绩效指标（90分）) and pointing at it. The heading rows are marked as the block's header, which a printed
     * page that breaks inside the block repeats.
     */
    public void write(GridBuilder g, String label, String labelPointer, List<T> rows, int width, int extraRows) {
        g.row();
        g.headerStartsHere(headerDepth());
        g.cell(label, CellStyle.HEADER, headerDepth() + rows.size() + extraRows, 1, labelPointer);
        writeBody(g, rows, width - 1);
    }

    /** Writes the heading and the rows from the cursor of the current row, over {@code available} grid columns. */
    private void writeBody(GridBuilder g, List<T> rows, int available) {
        int[] spans = spans(available);
        writeHeader(g, spans);
        writeRows(g, rows, spans);
    }

    private int[] spans(int available) {
        if (available < columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns do not fit in " + available);
        }
        int[] spans = new int[columns.size()];
        Arrays.fill(spans, 1);
        int stretch = columns.size() - 1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stretch()) {
                stretch = i;
                break;
            }
        }
        spans[stretch] += available - columns.size();
        return spans;
    }

    private void writeHeader(GridBuilder g, int[] spans) {
        int depth = headerDepth();
        for (int level = 0; level < depth; level++) {
            if (level > 0) {
                g.row();
            }
            int i = 0;
            while (i < columns.size()) {
                List<String> header = columns.get(i).header();
                if (header.size() <= level) {
                    i++;
                    continue;
                }
                boolean leaf = header.size() == level + 1;
                int end = i + 1;
                int colSpan = spans[i];
                while (end < columns.size() && sameGroup(header, columns.get(end).header(), level, leaf)) {
                    colSpan += spans[end];
                    end++;
                }
                g.cell(header.get(level), CellStyle.HEADER, leaf ? depth - level : 1, colSpan, null);
                i = end;
            }
        }
    }

    private static boolean sameGroup(List<String> first, List<String> other, int level, boolean leaf) {
        return other.size() > level && (other.size() == level + 1) == leaf
                && other.subList(0, level + 1).equals(first.subList(0, level + 1));
    }

    private void writeRows(GridBuilder g, List<T> rows, int[] spans) {
        int[][] runs = runs(rows);
        for (int r = 0; r < rows.size(); r++) {
            g.row();
            for (int c = 0; c < columns.size(); c++) {
                if (runs[c][r] == 0) {
                    continue;
                }
                Column<T> column = columns.get(c);
                Content content = column.content().apply(rows.get(r));
                if (column.style() == CellStyle.AMOUNT) {
                    g.amount(content.money(), runs[c][r], spans[c], content.pointer());
                } else {
                    g.cell(content.text(), column.style(), runs[c][r], spans[c], content.pointer());
                }
            }
        }
    }

    /** For each column and row: how many rows the cell starting there spans, or 0 when a cell above covers it. */
    private int[][] runs(List<T> rows) {
        int[][] runs = new int[columns.size()][rows.size()];
        boolean[] breakBefore = new boolean[rows.size()];
        for (int c = 0; c < columns.size(); c++) {
            Function<T, String> key = columns.get(c).mergeKey();
            int start = 0;
            for (int r = 0; r < rows.size(); r++) {
                boolean continues = key != null && r > 0 && !breakBefore[r]
                        && sameKey(key.apply(rows.get(r - 1)), key.apply(rows.get(r)));
                if (continues) {
                    runs[c][start]++;
                } else {
                    start = r;
                    runs[c][r] = 1;
                }
            }
            if (key != null) {
                for (int r = 0; r < rows.size(); r++) {
                    breakBefore[r] |= runs[c][r] > 0;
                }
            }
        }
        return runs;
    }

    private static boolean sameKey(String previous, String current) {
        return !CellText.isBlank(current) && current.strip().equals(previous == null ? null : previous.strip());
    }
}
