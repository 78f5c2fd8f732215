package io.jixiao.render;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellNote;
import io.jixiao.render.grid.CellsByPointer;
import io.jixiao.render.grid.Grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Findings as notes on the cells they concern, for a workbook: each on the cell that shows its value (the cell a
 * page shows it beside), in the reader's language. A finding no cell concerns — about the whole file, or about a
 * value the form has no place for — goes on the first cell of the first table, so none is lost.
 */
final class FindingNotes {

    /** Errors first, then by place in the file: the order a clerk fixes them in. */
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId);

    private FindingNotes() {
    }

    static List<CellNote> of(List<Grid> grids, List<Finding> findings, Messages messages) {
        if (findings.isEmpty() || grids.isEmpty()) {
            return List.of();
        }
        CellsByPointer cells = CellsByPointer.of(grids);
        Cell fallback = grids.get(0).cells().stream()
                .min(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column)).orElseThrow();
        List<CellNote> notes = new ArrayList<>();
        for (Finding finding : findings.stream().sorted(ORDER).toList()) {
            CellsByPointer.Located at = cells.find(finding.pointer())
                    .orElse(new CellsByPointer.Located(0, fallback));
            notes.add(new CellNote(at.grid(), at.cell().row(), at.cell().column(), text(finding, messages)));
        }
        return notes;
    }

    /** {@code 错误[MONEY-SUM] 资金总额…（第 14 行）}: what is wrong and where in the filing to fix it. */
    private static String text(Finding finding, Messages messages) {
        String line = finding.line() > 0 ? messages.format("render.workbook.noteLine", finding.line()) : "";
        return messages.format("render.workbook.note", messages.severity(finding.severity()), finding.ruleId(),
                messages.message(finding), line);
    }
}
