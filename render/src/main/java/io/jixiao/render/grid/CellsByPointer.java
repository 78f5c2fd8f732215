package io.jixiao.render.grid;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the cell that shows a filing value, so a finding can be put where a reader looks: beside its row on a page,
 * as a comment on its cell in a workbook. A value is shown by the cell whose pointer is the longest prefix of the
 * value's pointer at a {@code /} boundary ({@code /项目/0} stands for {@code /项目/0/预算数} unless that amount has a
 * cell of its own). When a pointer is shown in several cells, the first table, then its topmost and leftmost cell
 * wins, so the answer never depends on the order cells were built in.
 */
public final class CellsByPointer {

    /** A cell and the index of its table among the tables given. */
    public record Located(int grid, Cell cell) {
    }

    private final Map<String, Located> first = new HashMap<>();

    private CellsByPointer(List<Grid> grids) {
        for (int g = 0; g < grids.size(); g++) {
            List<Cell> cells = grids.get(g).cells().stream()
                    .sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column)).toList();
            for (Cell cell : cells) {
                if (cell.pointer() != null && !cell.pointer().isEmpty()) {
                    first.putIfAbsent(cell.pointer(), new Located(g, cell));
                }
            }
        }
    }

    public static CellsByPointer of(List<Grid> grids) {
        return new CellsByPointer(grids);
    }

    /**
     * The cell showing the value at {@code pointer} or its nearest shown ancestor; empty when none is shown (a
     * whole-file finding has the empty pointer).
     */
    public Optional<Located> find(String pointer) {
        String candidate = pointer;
        while (!candidate.isEmpty()) {
            Located located = first.get(candidate);
            if (located != null) {
                return Optional.of(located);
            }
            int slash = candidate.lastIndexOf('/');
            candidate = slash <= 0 ? "" : candidate.substring(0, slash);
        }
        return Optional.empty();
    }
}
