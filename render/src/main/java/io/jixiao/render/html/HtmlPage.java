package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.render.grid.Grid;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Objects;

/**
 * One filing's self-contained page: a heading (department, year, layout, money unit, how many findings), the
 * findings that concern no particular row, then every table of the filing with its findings beside the rows they
 * concern (see {@link GridTable} and {@link FindingPlacement}).
 *
 * <p>Self-contained means the page can be mailed or opened from a USB stick: one inline stylesheet, no script, no
 * font, image or link of any kind. The same input always gives the same bytes.
 */
public final class HtmlPage {

    private final Messages messages;
    private final FindingList findingList;
    private final GridTable gridTable;

    /**
     * @param messages the language of the page's own words (its heading, the findings and the findings column) and
     *                 of its {@code lang}. The tables keep the official forms' printed labels, which are Chinese like
     *                 the forms.
     */
    public HtmlPage(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.findingList = new FindingList(messages);
        this.gridTable = new GridTable(findingList);
    }

    /** The page as text, ready for {@link HtmlFiles#write}. */
    public String render(PageHeading heading, List<Grid> grids, List<Finding> findings) {
        return HtmlDocuments.serialize(document(heading, grids, findings));
    }

    Document document(PageHeading heading, List<Grid> grids, List<Finding> findings) {
        String title = messages.format("render.page.title", heading.department(), heading.year());
        // Every printed page names the filing at its foot, beside the page number the stylesheet prints.
        String footer = messages.format("render.page.footer", heading.department(), heading.year(),
                heading.moneyUnit().label());
        Document document = HtmlDocuments.shell(messages.languageTag(), title, Stylesheets.PAGE
                + "@media print { @page { @bottom-left { content: " + cssString(footer) + "; font-size: 9pt; } } }\n");
        Element body = document.body();
        header(body, heading, FindingCounts.of(findings));

        FindingPlacement placement = FindingPlacement.place(grids, findings);
        if (!placement.unmatched().isEmpty()) {
            Element section = body.appendElement("section").addClass("file-findings");
            section.appendElement("h2").text(messages.format("render.page.fileFindings"));
            section.appendChild(findingList.list(placement.unmatched()));
        }
        for (int i = 0; i < grids.size(); i++) {
            body.appendChild(gridTable.section(grids.get(i), placement.forGrid(i)));
        }
        return document;
    }

    /**
     * A CSS string of any text: quotes and backslashes escaped, and line breaks and {@code <} as code points, so a
     * department's name can neither end the string nor the style element.
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                css.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == '<' || cp == '>' || cp == 0x7f) {
                css.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                css.appendCodePoint(cp);
            }
        });
        return css.append('"').toString();
    }

    private void header(Element body, PageHeading heading, FindingCounts counts) {
        Element header = body.appendElement("header");
        header.appendElement("h1").text(heading.department());
        Element facts = header.appendElement("p").addClass("facts");
        facts.appendElement("span").text(messages.format("render.page.year", heading.year()));
        facts.appendText(" ");
        facts.appendElement("span").text(messages.format("render.page.layout", heading.templateLabel(messages)));
        facts.appendText(" ");
        facts.appendElement("span").text(messages.format("render.page.moneyUnit", heading.moneyUnit().label()));
        Element summary = header.appendElement("p").addClass("summary");
        summary.appendText(messages.format("render.page.checked"));
        count(summary, Severity.ERROR, "render.page.errors", counts.errors());
        summary.appendText(" ");
        count(summary, Severity.WARNING, "render.page.warnings", counts.warnings());
        summary.appendText(" ");
        count(summary, Severity.INFO, "render.page.infos", counts.infos());
    }

    private void count(Element summary, Severity severity, String key, int count) {
        summary.appendElement("span").addClass("count").addClass(FindingList.severityClass(severity))
                .text(messages.format(key, count));
    }
}
