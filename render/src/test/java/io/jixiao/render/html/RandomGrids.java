package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Grids with random merges, built through {@link GridBuilder} the way layouts build them: a title row, sometimes a
 * subtitle, a header of one to three rows, then body rows whose cells span at random and sometimes stop early.
 */
final class RandomGrids {

    private RandomGrids() {
    }

    static Grid grid(Random random) {
        int columns = 1 + random.nextInt(7);
        int rows = 2 + random.nextInt(9);
        List<Integer> widths = new ArrayList<>(Collections.nCopies(columns, 8));
        GridBuilder builder = new GridBuilder("随机", widths);
        boolean[][] used = new boolean[rows + 1][columns];
        builder.row().wide("标题", CellStyle.TITLE);
        int row = 1;
        if (random.nextBoolean()) {
            builder.row().wide("金额单位：万元", CellStyle.SUBTITLE);
            row++;
        }
        int headerRows = random.nextInt(4);
        for (; row <= rows; row++) {
            builder.row();
            if (row == 2 && headerRows > 0) {
                builder.headerStartsHere(headerRows);
            }
            boolean stopEarly = random.nextInt(5) == 0;
            for (int column = 0; column < columns; column++) {
                if (used[row][column]) {
                    continue;
                }
                if (stopEarly && column > 0 && random.nextBoolean()) {
                    break;
                }
                int rowSpan = 1 + random.nextInt(Math.min(3, rows - row + 1));
                int colSpan = 1;
                while (column + colSpan < columns && !used[row][column + colSpan] && random.nextInt(3) == 0) {
                    colSpan++;
                }
                while (!free(used, row, column, rowSpan, colSpan)) {
                    rowSpan--;
                }
                for (int r = row; r < row + rowSpan; r++) {
                    for (int c = column; c < column + colSpan; c++) {
                        used[r][c] = true;
                    }
                }
                CellStyle style = CellStyle.values()[2 + random.nextInt(5)];
                builder.cell("r" + row + "c" + column, style == CellStyle.AMOUNT ? CellStyle.VALUE : style,
                        rowSpan, colSpan, "/r" + row + "/c" + column);
                column += colSpan - 1;
            }
        }
        return builder.build();
    }

    private static boolean free(boolean[][] used, int row, int column, int rowSpan, int colSpan) {
        for (int r = row; r < row + rowSpan; r++) {
            for (int c = column; c < column + colSpan; c++) {
                if (used[r][c]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A few findings on random cells, so the findings column is exercised too. */
    static List<Finding> findingsOn(Grid grid, Random random) {
        List<Finding> findings = new ArrayList<>();
        List<Cell> cells = grid.cells().stream().filter(c -> c.pointer() != null).toList();
        for (int i = 0; i < random.nextInt(3) && !cells.isEmpty(); i++) {
            Cell cell = cells.get(random.nextInt(cells.size()));
            findings.add(HtmlFixtures.finding(i + 1, 1, cell.pointer() + "/x", "SCHEMA-EMPTY", Severity.INFO,
                    "schema.empty", cell.text()));
        }
        return findings;
    }
}
