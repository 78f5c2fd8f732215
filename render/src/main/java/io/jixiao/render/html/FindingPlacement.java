package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Decides which table row each finding belongs beside. A finding concerns the cell whose pointer is the longest
 * prefix of the finding's pointer at a {@code /} boundary (so {@code /项目/0} holds the findings about
 * {@code /项目/0/预算数} unless that value has its own cell); the row is the cell's first row. When one pointer is
 * shown in several cells, the first table, then the topmost and leftmost cell wins, so placement never depends on
 * the order of the input. Findings that reach no cell, including whole-file ones with an empty pointer, stay
 * unmatched for the page to list on their own.
 */
final class FindingPlacement {

    private record Spot(int grid, int row) {
    }

    private final List<SortedMap<Integer, List<Finding>>> byGrid = new ArrayList<>();
    private final List<Finding> unmatched = new ArrayList<>();

    private FindingPlacement(int grids) {
        for (int i = 0; i < grids; i++) {
            byGrid.add(new TreeMap<>());
        }
    }

    static FindingPlacement place(List<Grid> grids, List<Finding> findings) {
        Map<String, Spot> spots = firstSpotOfEachPointer(grids);
        FindingPlacement placement = new FindingPlacement(grids.size());
        for (Finding finding : findings.stream().sorted(FindingList.ORDER).toList()) {
            Spot spot = longestPrefixSpot(spots, finding.pointer());
            if (spot == null) {
                placement.unmatched.add(finding);
            } else {
                placement.byGrid.get(spot.grid()).computeIfAbsent(spot.row(), r -> new ArrayList<>()).add(finding);
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

    private static Map<String, Spot> firstSpotOfEachPointer(List<Grid> grids) {
        Map<String, Spot> spots = new HashMap<>();
        for (int g = 0; g < grids.size(); g++) {
            List<Cell> cells = grids.get(g).cells().stream()
                    .sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column)).toList();
            for (Cell cell : cells) {
                if (cell.pointer() != null && !cell.pointer().isEmpty()) {
                    spots.putIfAbsent(cell.pointer(), new Spot(g, cell.row()));
                }
            }
        }
        return spots;
    }

    /** Tries the pointer itself, then each shorter prefix ending before a {@code /}. */
    private static Spot longestPrefixSpot(Map<String, Spot> spots, String pointer) {
        String candidate = pointer;
        while (!candidate.isEmpty()) {
            Spot spot = spots.get(candidate);
            if (spot != null) {
                return spot;
            }
            int slash = candidate.lastIndexOf('/');
            candidate = slash <= 0 ? "" : candidate.substring(0, slash);
        }
        return null;
    }
}
