package io.jixiao.render.html;

import io.jixiao.finding.Messages;
import io.jixiao.review.report.ChangeWords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The {@code index.html} of an output folder: one row per filing with its department, year, status, finding
 * counts, links to its page and workbook, and for a filing with errors, its first errors (whether or not it could be
 * rendered), so whoever opens the folder sees at once which filings need fixing and why.
 *
 * <p>Links are relative and percent-encoded ({@link RelativeHref}), so the folder can be moved or zipped and
 * Chinese folder names still work. Rows are sorted by source file, so the page is the same bytes whatever order
 * the filings were found in.
 */
public final class IndexPage {

    /** How many error lines a row shows before saying how many more there are. */
    static final int ERRORS_SHOWN = 3;

    /** The columns, each labelled {@code render.index.column.<name>}. */
    private static final List<String> COLUMNS = List.of("department", "year", "status", "errors", "warnings", "infos",
            "page", "workbook", "reason", "file");

    /** The merge-request review page the review goal writes beside the index. */
    public static final String REVIEW_PAGE = "review.html";

    private static final Comparator<IndexEntry> ORDER = Comparator.comparing(IndexEntry::source)
            .thenComparing(e -> e.department() == null ? "" : e.department());

    private final Messages messages;

    /** @param messages the language of the index's own words; filed names stay as filed */
    public IndexPage(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String render(List<IndexEntry> entries) {
        return render(entries, false);
    }

    /**
     * @param review whether the folder holds a merge-request review ({@code review.html}) to link to
     */
    public String render(List<IndexEntry> entries, boolean review) {
        return HtmlDocuments.serialize(document(entries, review));
    }

    Document document(List<IndexEntry> entries) {
        return document(entries, false);
    }

    Document document(List<IndexEntry> entries, boolean review) {
        String title = messages.format("render.index.title");
        Document document = HtmlDocuments.shell(messages.languageTag(), title, Stylesheets.INDEX);
        Element body = document.body();
        body.appendElement("h1").text(title);
        long rendered = entries.stream().filter(IndexEntry::rendered).count();
        Element summary = body.appendElement("p").addClass("summary");
        summary.appendElement("span").text(messages.format("render.index.filings", entries.size()));
        summary.appendText(" ");
        summary.appendElement("span").text(messages.format("render.index.rendered", rendered));
        summary.appendText(" ");
        summary.appendElement("span").text(messages.format("render.index.notRendered", entries.size() - rendered));
        if (review) {
            body.appendElement("p").addClass("review").appendElement("a").attr("href", RelativeHref.of(REVIEW_PAGE))
                    .text(messages.format("render.index.review"));
        }
        boolean years = entries.stream().anyMatch(e -> e.yearChange() != null);

        Element table = body.appendElement("table");
        Element heading = table.appendElement("thead").appendElement("tr");
        for (String column : COLUMNS) {
            heading.appendElement("th").text(messages.format("render.index.column." + column));
            if (years && column.equals("infos")) {
                heading.appendElement("th").text(messages.format("render.index.column.yearOverYear"));
            }
        }
        Element rows = table.appendElement("tbody");
        entries.stream().sorted(ORDER).forEach(entry -> row(rows.appendElement("tr"), entry, years));
        return document;
    }

    private void row(Element tr, IndexEntry entry, boolean years) {
        tr.appendElement("td").addClass("department").text(entry.department() == null
                ? messages.format("render.index.unknownDepartment") : entry.department());
        tr.appendElement("td").addClass("year").text(entry.year() == null ? "—" : entry.year().toString());
        Status status = Status.of(entry);
        tr.appendElement("td").addClass("status").addClass(status.cssClass)
                .text(messages.format("render.index.status." + status.key));
        number(tr, entry.counts().errors());
        number(tr, entry.counts().warnings());
        number(tr, entry.counts().infos());
        if (years) {
            yearChange(tr.appendElement("td").addClass("year-change"), entry.yearChange());
        }
        link(tr, entry.rendered() ? entry.pagePath() : null, messages.format("render.index.openPage"));
        link(tr, entry.rendered() ? entry.workbookPath() : null, messages.format("render.index.downloadWorkbook"));
        reason(tr.appendElement("td").addClass("reason"), entry);
        tr.appendElement("td").addClass("source").text(entry.source());
    }

    /** 比2023年：提高 3 · 降低 2 · 新增 10 · 取消 4, and the budget's change on a line below. */
    private void yearChange(Element td, IndexEntry.YearChange change) {
        if (change == null) {
            return;
        }
        var c = change.counts();
        td.appendElement("span").text(messages.format("render.index.yearOverYear", change.previousYear(),
                c.raised(), c.lowered(), c.added(), c.dropped()));
        if (change.budgetChange() != null) {
            td.appendElement("br");
            td.appendElement("span").text(messages.format("render.index.budget",
                    ChangeWords.signed(change.budgetChange(), ""), change.budgetUnit().label(),
                    change.budgetPercent() == null ? "—" : ChangeWords.signed(change.budgetPercent(), "%")));
        }
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

    private void reason(Element td, IndexEntry entry) {
        if (entry.errorMessages().isEmpty()) {
            return;
        }
        List<String> shown = entry.errorMessages().subList(0, Math.min(ERRORS_SHOWN, entry.errorMessages().size()));
        Element list = td.appendElement("ul").addClass("finding-list");
        shown.forEach(message -> list.appendElement("li").addClass("finding").addClass("error").text(message));
        int more = Math.max(entry.counts().errors(), entry.errorMessages().size()) - shown.size();
        if (more > 0) {
            td.appendElement("p").addClass("more").text(messages.format("render.index.more", more));
        }
    }

    /** What the status column says, derived from the entry so it cannot contradict the counts. */
    private enum Status {
        PASSED("passed", "passed"),
        PASSED_WITH_WARNINGS("passedWithWarnings", "warned"),
        RENDERED_WITH_ERRORS("renderedWithErrors", "failed"),
        ERRORS_NOT_RENDERED("errorsNotRendered", "failed"),
        NOT_RENDERED("notRendered", "failed");

        /** The label's key after {@code render.index.status.}. */
        private final String key;
        private final String cssClass;

        Status(String key, String cssClass) {
            this.key = key;
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
