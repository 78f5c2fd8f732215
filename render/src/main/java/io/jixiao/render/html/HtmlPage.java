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

    private final FindingList findingList;
    private final GridTable gridTable;

    /**
     * @param messages the language of the findings (severity, message, line); the page's own labels are Chinese,
     *                 like the forms it reproduces
     */
    public HtmlPage(Messages messages) {
        this.findingList = new FindingList(Objects.requireNonNull(messages, "messages"));
        this.gridTable = new GridTable(findingList);
    }

    /** The page as text, ready for {@link HtmlFiles#write}. */
    public String render(PageHeading heading, List<Grid> grids, List<Finding> findings) {
        return HtmlDocuments.serialize(document(heading, grids, findings));
    }

    Document document(PageHeading heading, List<Grid> grids, List<Finding> findings) {
        String title = heading.department() + " " + heading.year() + "年度绩效目标表";
        Document document = HtmlDocuments.shell(title, Stylesheets.PAGE);
        Element body = document.body();
        header(body, heading, FindingCounts.of(findings));

        FindingPlacement placement = FindingPlacement.place(grids, findings);
        if (!placement.unmatched().isEmpty()) {
            Element section = body.appendElement("section").addClass("file-findings");
            section.appendElement("h2").text("涉及整个文件或不在表中的发现");
            section.appendChild(findingList.list(placement.unmatched()));
        }
        for (int i = 0; i < grids.size(); i++) {
            body.appendChild(gridTable.section(grids.get(i), placement.forGrid(i)));
        }
        return document;
    }

    private void header(Element body, PageHeading heading, FindingCounts counts) {
        Element header = body.appendElement("header");
        header.appendElement("h1").text(heading.department());
        Element facts = header.appendElement("p").addClass("facts");
        facts.appendElement("span").text("年度：" + heading.year());
        facts.appendText(" ");
        facts.appendElement("span").text("版式：" + heading.templateLabel());
        facts.appendText(" ");
        facts.appendElement("span").text("金额单位：" + heading.moneyUnit().label());
        Element summary = header.appendElement("p").addClass("summary");
        summary.appendText("检查结果：");
        count(summary, Severity.ERROR, "错误", counts.errors());
        summary.appendText(" ");
        count(summary, Severity.WARNING, "警告", counts.warnings());
        summary.appendText(" ");
        count(summary, Severity.INFO, "提示", counts.infos());
    }

    private static void count(Element summary, Severity severity, String label, int count) {
        summary.appendElement("span").addClass("count").addClass(FindingList.severityClass(severity))
                .text(label + " " + count + " 条");
    }
}
