package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.render.grid.CellsByPointer;
import io.jixiao.render.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Decides which table row each finding belongs beside: the first row of the cell that shows the finding's value
 * ({@link CellsByPointer}). Findings that reach no cell, including whole-file ones with an empty pointer, stay
 * unmatched for the page to list on their own.
 */
final class FindingPlacement {

    private final List<SortedMap<Integer, List<Finding>>> byGrid = new ArrayList<>();
    private final List<Finding> unmatched = new ArrayList<>();

    private FindingPlacement(int grids) {
        for (int i = 0; i < grids; i++) {
            byGrid.add(new TreeMap<>());
        }
    }

    static FindingPlacement place(List<Grid> grids, List<Finding> findings) {
        CellsByPointer cells = CellsByPointer.of(grids);
        FindingPlacement placement = new FindingPlacement(grids.size());
        for (Finding finding : findings.stream().sorted(FindingList.ORDER).toList()) {
            Optional<CellsByPointer.Located> spot = cells.find(finding.pointer());
            if (spot.isEmpty()) {
                placement.unmatched.add(finding);
            } else {
                placement.byGrid.get(spot.get().grid())
                        .computeIfAbsent(spot.get().cell().row(), r -> new ArrayList<>()).add(finding);
            }
        }
        return placement;
    }

    /** The findings of one table by row, in {@link FindingList#ORDER}. */
    SortedMap<Integer, List<Finding>> forGrid(int gridIndex) {
        return byGrid.get(gridIndex);
    }

    /** The findings no cell of any table concerns, in {@link FindingList#ORDER}. */
    List<Finding> unmatched() {
        return List.copyOf(unmatched);
    }
}
