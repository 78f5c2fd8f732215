package io.jixiao.bench.harness;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.render.Renderer;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.xlsx.XlsxWriter;
import io.jixiao.finding.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tables jixiao writes as workbooks, as neutral JSON lines for the openpyxl peer ({@code bench/openpyxl-peer.py}):
 * per workbook its sheets, and per sheet (as printed: {@link XlsxWriter#sheetLayout}) the column widths, row
 * heights, page breaks, print scale, footer and every cell with its span, text or number, number format and kind.
 * The peer writes the same cells, merges, sizes, styles and print setup, so the two writers do the same work.
 */
final class GridExport {

    private GridExport() {
    }

    /**
     * Writes one JSON line per filing that parses, with the workbook's path relative to the output folder.
     *
     * @return how many workbooks were exported
     */
    static int export(Path filingsRoot, List<Path> files, Path jsonLines) throws IOException {
        FilingParser parser = new FilingParser();
        Renderer renderer = new Renderer(Messages.chinese());
        ObjectMapper json = new ObjectMapper();
        int count = 0;
        try (OutputStream out = Files.newOutputStream(jsonLines);
             JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (Path file : files) {
                ParseResult parsed = parser.parse(file);
                if (parsed.filing().isEmpty()) {
                    continue;
                }
                Filing filing = parsed.filing().get();
                String relative = filingsRoot.relativize(file).toString().replaceFirst("\\.ya?ml$", ".xlsx");
                g.writeStartObject();
                g.writeStringField("file", relative);
                g.writeArrayFieldStart("sheets");
                for (Grid grid : renderer.tables(filing)) {
                    sheet(g, grid);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
                count++;
            }
        }
        return count;
    }

    private static void sheet(JsonGenerator g, Grid table) throws IOException {
        XlsxWriter.SheetLayout layout = XlsxWriter.sheetLayout(table);
        Grid grid = layout.grid();
        g.writeStartObject();
        g.writeStringField("name", grid.name());
        g.writeArrayFieldStart("widths");
        for (int w : grid.columnWidths()) {
            g.writeNumber(Math.min(w, 255));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("heights");
        for (float h : layout.heights()) {
            g.writeNumber(h);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("breaks");
        for (int start : layout.pageStarts()) {
            g.writeNumber(start);
        }
        g.writeEndArray();
        g.writeNumberField("scale", layout.scale());
        g.writeStringField("footer", grid.footer());
        g.writeArrayFieldStart("cells");
        for (Cell c : grid.cells()) {
            g.writeStartArray();
            g.writeNumber(c.row());
            g.writeNumber(c.column());
            g.writeNumber(c.rowSpan());
            g.writeNumber(c.colSpan());
            g.writeString(c.style().name());
            if (c.amount() != null) {
                g.writeNumber(c.amount());
                int decimals = Math.max(c.amount().scale(), 0);
                g.writeString(decimals == 0 ? "0" : "0." + "0".repeat(decimals));
            } else {
                g.writeString(c.text());
            }
            boolean atRightEdge = c.column() > 0 && c.lastColumn() == grid.columnCount() - 1;
            g.writeBoolean(atRightEdge);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
