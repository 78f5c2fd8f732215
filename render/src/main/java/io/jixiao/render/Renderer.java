package io.jixiao.render;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.html.FindingCounts;
import io.jixiao.render.html.HtmlFiles;
import io.jixiao.render.html.HtmlPage;
import io.jixiao.render.html.IndexEntry;
import io.jixiao.render.html.IndexPage;
import io.jixiao.render.html.PageHeading;
import io.jixiao.render.layout.Layouts;
import io.jixiao.render.xlsx.XlsxWriter;
import io.jixiao.report.Reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders filings to their official layout in Excel and to HTML pages, without Maven: one filing to bytes, a
 * stream or a file, or a whole checked repository to an output folder with an index. Files are written
 * atomically and are byte-identical from run to run.
 */
public final class Renderer {

    private final Messages messages;

    /**
     * @param messages the language of the pages' and index's own words and of the findings they show; the forms'
     *                 printed labels stay Chinese, like the forms
     */
    public Renderer(Messages messages) {
        this.messages = messages;
    }

    /** The filing's tables in its template's layout, as Excel sheets and HTML tables will show them. */
    public List<Grid> tables(Filing filing) {
        return Layouts.forTemplate(filing.template()).tables(filing);
    }

    public byte[] xlsx(Filing filing) {
        return XlsxWriter.toBytes(tables(filing));
    }

    public void writeXlsx(Filing filing, OutputStream out) throws IOException {
        XlsxWriter.write(tables(filing), out);
    }

    public void writeXlsx(Filing filing, Path target) throws IOException {
        Reports.writeAtomically(target, xlsx(filing));
    }

    /** The filing's self-contained page, its findings shown beside the rows they concern. */
    public String html(Filing filing, List<Finding> findings) {
        return new HtmlPage(messages).render(PageHeading.of(filing), tables(filing), findings);
    }

    public void writeHtml(Filing filing, List<Finding> findings, OutputStream out) throws IOException {
        out.write(html(filing, findings).getBytes(StandardCharsets.UTF_8));
    }

    public void writeHtml(Filing filing, List<Finding> findings, Path target) throws IOException {
        HtmlFiles.write(target, html(filing, findings));
    }

    /**
     * Renders every filing of a check that has no errors: {@code <root>/X/Y.yaml} becomes {@code <out>/X/Y.xlsx}
     * and {@code <out>/X/Y.html}; then writes {@code <out>/index.html} listing all filings, saying for each one
     * not rendered which errors kept it out.
     *
     * @param filingsRoot the folder the filings' paths are relative to (their department folders are kept)
     */
    public List<IndexEntry> renderAll(CheckResult result, Path filingsRoot, Path outputDirectory) throws IOException {
        List<IndexEntry> entries = new ArrayList<>();
        for (FileCheck check : result.files()) {
            String relative = relative(filingsRoot, check.file());
            Optional<Filing> filing = check.parse().filing();
            FindingCounts counts = FindingCounts.of(check.findings());
            if (filing.isEmpty() || check.failed(false)) {
                entries.add(IndexEntry.notRendered(relative, filing.map(Filing::department).orElse(null),
                        filing.map(Filing::year).orElse(null), counts,
                        IndexEntry.errorTexts(check.findings(), messages)));
                continue;
            }
            String base = relative.replaceFirst("\\.ya?ml$", "");
            writeXlsx(filing.get(), outputDirectory.resolve(base + ".xlsx"));
            writeHtml(filing.get(), check.findings(), outputDirectory.resolve(base + ".html"));
            entries.add(IndexEntry.rendered(relative, filing.get().department(), filing.get().year(),
                    base + ".html", base + ".xlsx", counts));
        }
        HtmlFiles.write(outputDirectory.resolve("index.html"), new IndexPage(messages).render(entries));
        return entries;
    }

    private static String relative(Path root, Path file) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path relative = absoluteFile.startsWith(absoluteRoot) ? absoluteRoot.relativize(absoluteFile)
                : absoluteFile.getFileName();
        return relative.toString().replace('\\', '/');
    }
}
