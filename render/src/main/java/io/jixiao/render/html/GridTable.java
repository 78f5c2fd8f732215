package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one grid as a {@code <section>} holding an {@code <h2>} and a {@code <table>} with the grid's exact shape:
 * one {@code <th>} (header) or {@code <td>} per cell, {@code rowspan}/{@code colspan} where a cell spans, nothing
 * at positions a span covers, and an empty {@code td.blank} where the grid has no cell at all, so every row has the
 * same number of column slots.
 *
 * <p>The grid's rows fall into three bands. Leading rows made only of one-row title and subtitle cells become the
 * {@code <caption>} (one paragraph per row, one span per cell): the title is not repeated on every printed page,
 * as in the workbook. The grid's repeating header rows become the {@code <thead>}, which the print stylesheet
 * repeats on each page. Everything else is the {@code <tbody>}. A {@code <thead>} must come first and a span
 * cannot leave its row group, so when other rows come before the header, or a cell spans out of it, the header
 * rows stay in the body (still as {@code <th>}) rather than bend the table's shape.
 *
 * <p>When some row of the body has findings, the table gets one more last column: each body row's
 * {@code td.findings} lists the findings about it. Findings about a caption or header row, which have no such
 * cell, are listed right under the table.
 */
final class GridTable {

    /** Share of the table width given to the findings column when there is one. */
    private static final int FINDINGS_COLUMN_PERCENT = 25;

    private final FindingList findingList;

    GridTable(FindingList findingList) {
        this.findingList = findingList;
    }

    Element section(Grid grid, Map<Integer, List<Finding>> findingsByRow) {
        Bands bands = Bands.of(grid);
        List<Finding> underTable = new ArrayList<>();
        boolean findingsColumn = false;
        for (Map.Entry<Integer, List<Finding>> entry : findingsByRow.entrySet()) {
            if (bands.hasFindingsSlot(entry.getKey())) {
                findingsColumn = true;
            } else {
                underTable.addAll(entry.getValue());
            }
        }

        Element section = new Element("section").addClass("grid");
        section.appendElement("h2").text(grid.name());
        Element table = section.appendElement("table");
        caption(table, grid, bands);
        columns(table, grid, findingsColumn);
        Element body = table;
        int row = bands.captionEnd();
        if (bands.useThead()) {
            Element head = table.appendElement("thead");
            for (; row < bands.headerEnd(); row++) {
                row(head, grid, bands, row, findingsByRow, findingsColumn);
            }
        }
        int rows = grid.rowCount(); // counted over all cells: once, not per row
        if (row < rows) {
            body = table.appendElement("tbody");
        }
        for (; row < rows; row++) {
            row(body, grid, bands, row, findingsByRow, findingsColumn);
        }
        if (!underTable.isEmpty()) {
            section.appendChild(findingList.list(underTable).addClass("table-findings"));
        }
        return section;
    }

    private static void caption(Element table, Grid grid, Bands bands) {
        if (bands.captionEnd() == 0) {
            return;
        }
        Element caption = table.appendElement("caption");
        for (int row = 0; row < bands.captionEnd(); row++) {
            List<Cell> cells = grid.cellsStartingIn(row);
            boolean title = cells.stream().anyMatch(c -> c.style() == CellStyle.TITLE);
            Element line = caption.appendElement("p").addClass(title ? "title" : "subtitle");
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    line.appendText(" ");
                }
                HtmlDocuments.appendLines(line.appendElement("span"), cells.get(i).text());
            }
        }
    }

    /** Column widths as shares of the table, so the table fills an A4 landscape page and the screen alike. */
    private static void columns(Element table, Grid grid, boolean findingsColumn) {
        int total = grid.columnWidths().stream().mapToInt(Integer::intValue).sum();
        Element group = table.appendElement("colgroup");
        int available = findingsColumn ? 100 - FINDINGS_COLUMN_PERCENT : 100;
        for (int width : grid.columnWidths()) {
            Element col = group.appendElement("col");
            if (total > 0) {
                col.attr("style", String.format(Locale.ROOT, "width:%.2f%%", 1.0 * width * available / total));
            }
        }
        if (findingsColumn) {
            group.appendElement("col").addClass("findings")
                    .attr("style", "width:" + FINDINGS_COLUMN_PERCENT + "%");
        }
    }

    private void row(Element group, Grid grid, Bands bands, int row, Map<Integer, List<Finding>> findingsByRow,
                     boolean findingsColumn) {
        Element tr = group.appendElement("tr");
        List<Finding> findings = bands.hasFindingsSlot(row) ? findingsByRow.getOrDefault(row, List.of()) : List.of();
        findings.stream().map(Finding::severity).min(Enum::compareTo)
                .ifPresent(worst -> tr.addClass("has-" + FindingList.severityClass(worst)));
        for (int column = 0; column < grid.columnCount(); column++) {
            Cell cell = bands.owner(row, column);
            if (cell == null) {
                tr.appendElement("td").addClass("blank");
            } else if (cell.row() == row && cell.column() == column) {
                cell(tr, cell);
            }
        }
        if (!findingsColumn) {
            return;
        }
        if (row == bands.headerStart() && bands.headerEnd() > bands.headerStart()) {
            Element th = tr.appendElement("th").addClass("findings")
                    .text(findingList.messages().format("render.findings.heading"));
            span(th, "rowspan", bands.headerEnd() - bands.headerStart());
        } else if (bands.hasFindingsSlot(row)) {
            Element td = tr.appendElement("td").addClass("findings");
            if (!findings.isEmpty()) {
                td.appendChild(findingList.list(findings));
            }
        }
    }

    private static void cell(Element tr, Cell cell) {
        Element element = tr.appendElement(cell.style() == CellStyle.HEADER ? "th" : "td")
                .addClass(cell.style().name().toLowerCase(Locale.ROOT));
        span(element, "rowspan", cell.rowSpan());
        span(element, "colspan", cell.colSpan());
        HtmlDocuments.appendLines(element, cell.text());
    }

    private static void span(Element element, String attribute, int span) {
        if (span > 1) {
            element.attr(attribute, Integer.toString(span));
        }
    }

    /** Which rows are caption, header and body, and which cell covers each position. */
    private record Bands(Cell[][] owners, int captionEnd, int headerStart, int headerEnd, boolean useThead) {

        static Bands of(Grid grid) {
            int rows = grid.rowCount();
            Cell[][] owners = new Cell[rows][grid.columnCount()];
            for (Cell cell : grid.cells()) {
                for (int r = cell.row(); r <= cell.lastRow(); r++) {
                    for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                        owners[r][c] = cell;
                    }
                }
            }
            boolean declaresHeader = grid.headerRows() > 0;
            int captionLimit = declaresHeader ? Math.min(grid.firstHeaderRow(), rows) : rows;
            int captionEnd = 0;
            while (captionEnd < captionLimit && isTitleRow(owners[captionEnd])) {
                captionEnd++;
            }
            int headerStart = declaresHeader ? grid.firstHeaderRow() : captionEnd;
            int headerEnd = declaresHeader ? Math.min(headerStart + grid.headerRows(), rows) : headerStart;
            boolean useThead = headerEnd > headerStart && headerStart == captionEnd
                    && grid.cells().stream().noneMatch(c -> c.row() < headerEnd && c.lastRow() >= headerEnd);
            return new Bands(owners, captionEnd, headerStart, headerEnd, useThead);
        }

        private static boolean isTitleRow(Cell[] row) {
            boolean any = false;
            for (Cell cell : row) {
                if (cell != null) {
                    boolean title = cell.style() == CellStyle.TITLE || cell.style() == CellStyle.SUBTITLE;
                    if (!title || cell.rowSpan() > 1) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }

        Cell owner(int row, int column) {
            return owners[row][column];
        }

        /** Body rows have a findings cell; caption and header rows do not. */
        boolean hasFindingsSlot(int row) {
            return row >= captionEnd && (row < headerStart || row >= headerEnd);
        }
    }
}
