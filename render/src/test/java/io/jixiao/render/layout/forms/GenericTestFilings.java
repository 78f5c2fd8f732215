package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reading the example filings and looking at grids the way a reader of the printed table would. */
final class GenericTestFilings {

    static final Path FILINGS = Path.of("../example-filings/filings");
    static final Path SPEC = Path.of("../format-spec/SPEC.md");

    private GenericTestFilings() {
    }

    static Filing parse(String relative) {
        ParseResult result = new FilingParser().parse(FILINGS.resolve(relative));
        return result.filing().orElseThrow(() -> new AssertionError(relative + " does not parse: " + result.findings()));
    }

    /** The complete example of SPEC.md section 10 (the first yaml block after "## 10."). */
    static Filing specExample() throws IOException {
        ParseResult result = new FilingParser().parse(SPEC, specExampleText().getBytes(StandardCharsets.UTF_8));
        return result.filing().orElseThrow(() -> new AssertionError("SPEC example does not parse: " + result.findings()));
    }

    /** The YAML of the SPEC.md example, as filed. */
    static String specExampleText() throws IOException {
        String text = Files.readString(SPEC);
        int section = text.indexOf("## 10.");
        int start = text.indexOf("```yaml\n", section) + "```yaml\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    static Grid sheet(List<Grid> grids, String name) {
        return grids.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + name + " in " + grids.stream().map(Grid::name).toList()));
    }

    /** The cell starting at a position. */
    static Cell at(Grid grid, int row, int column) {
        return grid.cells().stream().filter(c -> c.row() == row && c.column() == column).findFirst()
                .orElseThrow(() -> new AssertionError(grid.name() + ": no cell starts at " + row + "," + column
                        + "\n" + dump(grid)));
    }

    /** The first cell whose text is exactly this. */
    static Cell find(Grid grid, String text) {
        return findIn(grid, text).orElseThrow(() -> new AssertionError(grid.name() + ": no cell " + text
                + "\n" + dump(grid)));
    }

    static Optional<Cell> findIn(Grid grid, String text) {
        return grid.cells().stream().filter(c -> c.text().equals(text))
                .min(java.util.Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    }

    /** The texts of the cells starting in a row, left to right. */
    static List<String> rowTexts(Grid grid, int row) {
        return grid.cellsStartingIn(row).stream().map(Cell::text).toList();
    }

    /** Asserts a cell shows an amount written as a plain number as that number. */
    static void assertAmount(Cell cell, String written) {
        assertAmount(cell, written, written);
    }

    /** Asserts a cell shows an amount as a number with its written text ({@code 12万元} is 12). */
    static void assertAmount(Cell cell, String written, String number) {
        assertEquals(written, cell.text());
        assertEquals(io.jixiao.render.grid.CellStyle.AMOUNT, cell.style(), cell.toString());
        assertNotNull(cell.amount(), "an amount cell: " + cell);
        assertEquals(0, new java.math.BigDecimal(number).compareTo(cell.amount()), cell.toString());
    }

    static void assertSpan(Cell cell, int rowSpan, int colSpan) {
        assertEquals(rowSpan + "x" + colSpan, cell.rowSpan() + "x" + cell.colSpan(), "span of " + cell);
    }

    /** Grids are well formed for a reader: no "null" text, labels without pointers, values with them. */
    static void assertWellFormed(List<Grid> grids) {
        for (Grid grid : grids) {
            for (Cell cell : grid.cells()) {
                assertTrue(!cell.text().contains("null"), grid.name() + " shows null: " + cell);
                if (cell.pointer() != null) {
                    assertTrue(cell.pointer().startsWith("/"), grid.name() + " bad pointer: " + cell);
                }
            }
        }
    }

    /**
     * Every non-empty text of the records (walked through their components, lists and maps; values and amounts by
     * their written text; pointers and ids of the model itself left out) appears in some cell of the grids.
     */
    static void assertAllTextsShown(List<Grid> grids, Object... records) {
        List<String> texts = new ArrayList<>();
        for (Object record : records) {
            collect(record, texts);
        }
        List<String> cells = grids.stream().flatMap(g -> g.cells().stream()).map(Cell::text).toList();
        List<String> missing = texts.stream().filter(t -> cells.stream().noneMatch(c -> c.contains(t))).distinct()
                .toList();
        if (!missing.isEmpty()) {
            fail("texts of the filing not shown: " + missing);
        }
        assertTrue(texts.size() > 0, "walked no texts");
    }

    private static void collect(Object value, List<String> texts) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            if (!s.isBlank()) {
                texts.add(s);
            }
        } else if (value instanceof Value v) {
            collect(v.written(), texts);
        } else if (value instanceof Money m) {
            collect(m.written(), texts);
        } else if (value instanceof Collection<?> c) {
            c.forEach(item -> collect(item, texts));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(item -> collect(item, texts));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (!component.getName().equals("pointer")) {
                    try {
                        collect(component.getAccessor().invoke(value), texts);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** The grid as text, one line per row, for failure messages. */
    static String dump(Grid grid) {
        StringBuilder out = new StringBuilder(grid.name()).append(' ').append(grid.columnWidths()).append('\n');
        for (int r = 0; r < grid.rowCount(); r++) {
            out.append(r).append(':');
            for (Cell c : grid.cellsStartingIn(r)) {
                String text = c.text().replace("\n", "⏎");
                out.append(" [").append(c.column()).append(' ')
                        .append(c.rowSpan() > 1 || c.colSpan() > 1 ? c.rowSpan() + "x" + c.colSpan() + " " : "")
                        .append(c.style().name().charAt(0)).append(' ')
                        .append(text.length() > 18 ? text.substring(0, 18) + "…" : text).append(']');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
