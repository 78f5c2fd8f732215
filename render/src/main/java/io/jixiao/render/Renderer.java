package io.jixiao.render;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.read.Limits;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.html.HtmlFiles;
import io.jixiao.render.html.HtmlPage;
import io.jixiao.render.html.PageHeading;
import io.jixiao.render.layout.Layouts;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.review.change.ChangeSets;
import io.jixiao.review.report.ChangeWords;
import io.jixiao.render.xlsx.XlsxWriter;
import io.jixiao.report.Reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Renders one filing to its official layout in Excel and to an HTML page, without Maven: to bytes, a stream or a
 * file. Files are written atomically and are byte-identical from run to run. A whole checked folder, with its index
 * and up-to-date state, is rendered by {@link io.jixiao.render.site.SiteRender}, which calls this class per filing.
 */
public final class Renderer {

    /** The cells all renderers of this JVM are drawing at once, at most {@link Limits#maxRenderCells()}. */
    private static final Semaphore CELLS_BEING_DRAWN = new Semaphore(Limits.DEFAULT.maxRenderCells(), true);

    private final Messages messages;

    /**
     * @param messages the language of the page's own words and of the findings shown on it; the tables keep the
     *                 official forms' printed labels
     */
    public Renderer(Messages messages) {
        this.messages = messages;
    }

    /**
     * The filing's tables in its template's layout, as Excel sheets and HTML tables will show them.
     *
     * @throws TooManyCellsException when they have more cells than {@link Limits#maxRenderCells()}: nothing is
     *                               drawn from them
     */
    public List<Grid> tables(Filing filing) {
        return withinLimit(Layouts.forTemplate(filing.template()).tables(filing));
    }

    /**
     * The tables with last year's targets beside this year's: 上年指标值 in the generic layout, a 与上年对比 sheet
     * after an official form.
     *
     * @param previousYear the same department's filing for the year before, or null
     * @throws TooManyCellsException as {@link #tables(Filing)}, the comparison's cells counted too
     */
    public List<Grid> tables(Filing filing, Filing previousYear) {
        return withinLimit(Layouts.forTemplate(filing.template()).tables(filing, previous(filing, previousYear)));
    }

    /** The tables, unless they have more cells than {@link Limits#maxRenderCells()}: then nothing is drawn. */
    private static List<Grid> withinLimit(List<Grid> tables) {
        int cells = cellsOf(tables);
        if (cells > Limits.DEFAULT.maxRenderCells()) {
            throw new TooManyCellsException(cells, Limits.DEFAULT.maxRenderCells());
        }
        return tables;
    }

    /** Last year's filing as marks for this one's tables; {@link PreviousYear#NONE} without one. */
    public PreviousYear previous(Filing filing, Filing previousYear) {
        if (previousYear == null) {
            return PreviousYear.NONE;
        }
        return PreviousYear.of(ChangeSets.compare(previousYear, String.valueOf(previousYear.year()), filing,
                String.valueOf(filing.year())), new ChangeWords(messages));
    }

    public byte[] xlsx(Filing filing) {
        return drawing(tables(filing), XlsxWriter::toBytes);
    }

    /**
     * The workbook with each finding as a comment on the cell it concerns, for a filing that is being fixed; the
     * printed sheets are the same as without findings.
     */
    public byte[] xlsx(Filing filing, List<Finding> findings) {
        return drawing(tables(filing), tables -> XlsxWriter.toBytes(tables,
                FindingNotes.of(tables, findings, messages)));
    }

    /**
     * The workbook with last year's targets beside this year's ({@link #tables(Filing, Filing)}) and each finding as
     * a comment on the cell it concerns (none when {@code findings} is empty), written atomically.
     */
    public void writeXlsx(Filing filing, Filing previousYear, List<Finding> findings, Path target) throws IOException {
        Reports.writeAtomically(target, xlsx(filing, previousYear, findings));
    }

    /**
     * The workbook with last year's targets beside this year's ({@link #tables(Filing, Filing)}) and each finding as
     * a comment on the cell it concerns (none when {@code findings} is empty).
     */
    public byte[] xlsx(Filing filing, Filing previousYear, List<Finding> findings) {
        return drawing(tables(filing, previousYear),
                tables -> XlsxWriter.toBytes(tables, FindingNotes.of(tables, findings, messages)));
    }

    /** The page with last year's targets beside this year's ({@link #tables(Filing, Filing)}). */
    public void writeHtml(Filing filing, Filing previousYear, List<Finding> findings, Path target)
            throws IOException {
        HtmlFiles.write(target, html(filing, previousYear, findings));
    }

    /** The page with last year's targets beside this year's ({@link #tables(Filing, Filing)}), as text. */
    public String html(Filing filing, Filing previousYear, List<Finding> findings) {
        return drawing(tables(filing, previousYear),
                tables -> new HtmlPage(messages).render(PageHeading.of(filing), tables, findings));
    }

    public void writeXlsx(Filing filing, OutputStream out) throws IOException {
        out.write(xlsx(filing));
    }

    public void writeXlsx(Filing filing, Path target) throws IOException {
        Reports.writeAtomically(target, xlsx(filing));
    }

    /** {@link #xlsx(Filing, List)} written atomically to a file. */
    public void writeXlsx(Filing filing, List<Finding> findings, Path target) throws IOException {
        Reports.writeAtomically(target, xlsx(filing, findings));
    }

    /** The filing's self-contained page, its findings shown beside the rows they concern. */
    public String html(Filing filing, List<Finding> findings) {
        return drawing(tables(filing), tables -> new HtmlPage(messages).render(PageHeading.of(filing), tables,
                findings));
    }

    /**
     * Draws the tables once this JVM is drawing no more than {@link Limits#maxRenderCells()} cells in all: a
     * workbook or page takes memory in proportion to its cells, and filings are rendered in parallel, so without
     * this two filings near the limit would need twice the heap. Small filings are drawn side by side; a large one
     * waits for room (the wait is fair, so it is not starved).
     */
    private static <T> T drawing(List<Grid> tables, Function<List<Grid>, T> draw) {
        int cells = Math.min(cellsOf(tables), Limits.DEFAULT.maxRenderCells());
        CELLS_BEING_DRAWN.acquireUninterruptibly(cells);
        try {
            return draw.apply(tables);
        } finally {
            CELLS_BEING_DRAWN.release(cells);
        }
    }

    private static int cellsOf(List<Grid> tables) {
        return tables.stream().mapToInt(grid -> grid.cells().size()).sum();
    }

    public void writeHtml(Filing filing, List<Finding> findings, OutputStream out) throws IOException {
        out.write(html(filing, findings).getBytes(StandardCharsets.UTF_8));
    }

    public void writeHtml(Filing filing, List<Finding> findings, Path target) throws IOException {
        HtmlFiles.write(target, html(filing, findings));
    }
}
