package io.jixiao.render.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;

/**
 * The {@code index.html} of an output folder: one row per filing with its department, year, status, finding
 * counts, links to its page and workbook, and for a filing that was not rendered, its first errors, so whoever
 * opens the folder sees at once which filings need fixing and why.
 *
 * <p>Links are relative and percent-encoded ({@link RelativeHref}), so the folder can be moved or zipped and
 * Chinese folder names still work. Rows are sorted by source file, so the page is the same bytes whatever order
 * the filings were found in.
 */
public final class IndexPage {

    /** How many error lines a row shows before saying how many more there are. */
    static final int ERRORS_SHOWN = 3;

    private static final Comparator<IndexEntry> ORDER = Comparator.comparing(IndexEntry::source)
            .thenComparing(e -> e.department() == null ? "" : e.department());

    public String render(List<IndexEntry> entries) {
        return HtmlDocuments.serialize(document(entries));
    }

    Document document(List<IndexEntry> entries) {
        Document document = HtmlDocuments.shell("绩效目标表目录", Stylesheets.INDEX);
        Element body = document.body();
        body.appendElement("h1").text("绩效目标表目录");
        long rendered = entries.stream().filter(IndexEntry::rendered).count();
        Element summary = body.appendElement("p").addClass("summary");
        summary.appendElement("span").text("共 " + entries.size() + " 份填报");
        summary.appendText(" ");
        summary.appendElement("span").text("已渲染 " + rendered + " 份");
        summary.appendText(" ");
        summary.appendElement("span").text("未渲染 " + (entries.size() - rendered) + " 份");

        Element table = body.appendElement("table");
        Element heading = table.appendElement("thead").appendElement("tr");
        for (String label : List.of("部门", "年度", "状态", "错误", "警告", "提示", "网页", "工作簿", "未渲染的原因",
                "文件")) {
            heading.appendElement("th").text(label);
        }
        Element rows = table.appendElement("tbody");
        entries.stream().sorted(ORDER).forEach(entry -> row(rows.appendElement("tr"), entry));
        return document;
    }

    private static void row(Element tr, IndexEntry entry) {
        tr.appendElement("td").addClass("department")
                .text(entry.department() == null ? "（未能读出部门名称）" : entry.department());
        tr.appendElement("td").addClass("year").text(entry.year() == null ? "—" : entry.year().toString());
        Status status = Status.of(entry);
        tr.appendElement("td").addClass("status").addClass(status.cssClass).text(status.label);
        number(tr, entry.counts().errors());
        number(tr, entry.counts().warnings());
        number(tr, entry.counts().infos());
        link(tr, entry.rendered() ? entry.pagePath() : null, "打开网页");
        link(tr, entry.rendered() ? entry.workbookPath() : null, "下载 Excel");
        reason(tr.appendElement("td").addClass("reason"), entry);
        tr.appendElement("td").addClass("source").text(entry.source());
    }

    private static void number(Element tr, int count) {
        Element td = tr.appendElement("td").addClass("number").text(Integer.toString(count));
        if (count == 0) {
            td.addClass("zero");
        }
    }

    private static void link(Element tr, String path, String label) {
        Element td = tr.appendElement("td").addClass("links");
        if (path != null) {
            td.appendElement("a").attr("href", RelativeHref.of(path)).text(label);
        }
    }

    private static void reason(Element td, IndexEntry entry) {
        if (entry.rendered() || entry.errorMessages().isEmpty()) {
            return;
        }
        List<String> shown = entry.errorMessages().subList(0, Math.min(ERRORS_SHOWN, entry.errorMessages().size()));
        Element list = td.appendElement("ul").addClass("finding-list");
        shown.forEach(message -> list.appendElement("li").addClass("finding").addClass("error").text(message));
        int more = Math.max(entry.counts().errors(), entry.errorMessages().size()) - shown.size();
        if (more > 0) {
            td.appendElement("p").addClass("more").text("另有 " + more + " 条错误，见检查报告。");
        }
    }

    /** What the status column says, derived from the entry so it cannot contradict the counts. */
    private enum Status {
        PASSED("通过", "passed"),
        PASSED_WITH_WARNINGS("通过，有警告", "warned"),
        RENDERED_WITH_ERRORS("有错误，仍已渲染", "failed"),
        ERRORS_NOT_RENDERED("有错误，未渲染", "failed"),
        NOT_RENDERED("未渲染", "failed");

        private final String label;
        private final String cssClass;

        Status(String label, String cssClass) {
            this.label = label;
            this.cssClass = cssClass;
        }

        static Status of(IndexEntry entry) {
            boolean errors = entry.counts().errors() > 0;
            if (!entry.rendered()) {
                return errors ? ERRORS_NOT_RENDERED : NOT_RENDERED;
            }
            if (errors) {
                return RENDERED_WITH_ERRORS;
            }
            return entry.counts().warnings() > 0 ? PASSED_WITH_WARNINGS : PASSED;
        }
    }
}
