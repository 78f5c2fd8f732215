package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.change.MoneyChange;
import io.jixiao.review.change.TableChange;
import io.jixiao.review.change.TextChange;
import io.jixiao.review.change.TextDiff;
import io.jixiao.review.report.ChangeWords;
import io.jixiao.review.request.FilingReview;
import io.jixiao.review.request.ReviewReport;
import io.jixiao.value.Numbers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code review.html}: the merge-request review side by side, old → new, for reviewers who do not read YAML. Per
 * changed filing its money, every changed indicator with the old and new target and how it moved (▲ raised or
 * tightened, ▼ lowered, loosened or made vague), the goal texts with deletions and insertions marked, and its
 * findings, those already on the base marked as such. The report is the review module's; this class only draws it,
 * with jsoup so filed text is escaped by construction.
 */
public final class ReviewPage {

    private final Messages messages;
    private final ChangeWords words;

    public ReviewPage(Messages messages) {
        this.messages = messages;
        this.words = new ChangeWords(messages);
    }

    public String render(ReviewReport report) {
        String title = messages.format("review.page.title");
        Document document = HtmlDocuments.shell(messages.languageTag(), title, Stylesheets.REVIEW);
        Element body = document.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").addClass("base").text(messages.format("review.request.base",
                report.base().shortId(), base(report)));
        if (report.filings().isEmpty()) {
            body.appendElement("p").text(messages.format("review.request.none"));
        }
        for (FilingReview filing : report.filings()) {
            filing(body.appendElement("section").addClass("filing"), filing);
        }
        return HtmlDocuments.serialize(document);
    }

    private void filing(Element section, FilingReview filing) {
        String kind = messages.format("review.request.kind." + filing.file().kind().name().toLowerCase(Locale.ROOT),
                filing.file().oldPath());
        section.appendElement("h2").text(messages.format("review.request.fileHeading", filing.file().path(), kind));
        if (filing.previousYear() != null) {
            section.appendElement("p").text(messages.format("review.request.yearOverYear", filing.previousYear()));
        }
        if (!filing.readable()) {
            section.appendElement("p").text(messages.format("review.request.notParsed"));
        }
        ChangeSet changes = filing.changes();
        if (changes != null) {
            section.appendElement("p").text(messages.format("review.changeSet.compared",
                    changes.previous().source(), changes.current().source()));
            ChangeSet.Counts c = changes.counts();
            section.appendElement("p").addClass("counts").text(messages.format("review.changeSet.counts",
                    c.raised(), c.lowered(), c.added(), c.dropped(), c.renamed()));
            money(section, changes);
            indicators(section, changes);
            texts(section, changes);
        }
        findings(section, "review.request.newFindings", filing.newFindings(), "new", "");
        findings(section, "review.request.existingFindings", filing.existingFindings(), "existing",
                " " + messages.format("review.request.existingMark"));
        findings(section, "review.request.fixedFindings", filing.fixedFindings(), "fixed", "");
    }

    private void money(Element section, ChangeSet changes) {
        List<MoneyChange> rows = changes.moneyRows();
        if (rows.isEmpty()) {
            return;
        }
        section.appendElement("h3").text(messages.format("review.money.heading") + " · "
                + messages.format("review.money.unit", rows.get(0).unit().label()));
        Element table = section.appendElement("table").addClass("money");
        header(table, "review.money.column.item", "review.money.column.before", "review.money.column.after",
                "review.money.column.change", "review.money.column.percent");
        Element rowsBody = table.appendElement("tbody");
        for (MoneyChange row : rows) {
            Element tr = rowsBody.appendElement("tr");
            tr.appendElement("td").text(words.moneyLabel(row, row == changes.budget()));
            tr.appendElement("td").addClass("amount").text(row.added() ? "—" : Numbers.plain(row.beforeAmount()));
            tr.appendElement("td").addClass("amount").text(row.dropped() ? "—" : Numbers.plain(row.afterAmount()));
            tr.appendElement("td").addClass("amount").text(ChangeWords.signed(row.difference(), ""));
            tr.appendElement("td").addClass("amount").text(row.percent() == null ? "—" : ChangeWords.signed(row.percent(), "%"));
        }
    }

    private void indicators(Element section, ChangeSet changes) {
        Element table = null;
        Element rows = null;
        for (TableChange t : changes.tables()) {
            for (IndicatorChange change : t.indicators()) {
                if (!change.changed()) {
                    continue;
                }
                if (table == null) {
                    section.appendElement("h3").text(messages.format("review.page.change"));
                    table = section.appendElement("table").addClass("indicators");
                    header(table, "review.money.column.item", "review.page.before", "review.page.after",
                            "review.page.change");
                    rows = table.appendElement("tbody");
                }
                Element tr = rows.appendElement("tr");
                tr.appendElement("td").text(words.indicatorPath(change, t));
                tr.appendElement("td").text(change.previous() == null ? "" : words.value(change.previous().value()));
                tr.appendElement("td").text(change.current() == null ? "" : words.value(change.current().value()));
                tr.appendElement("td").addClass("shift").text(shift(change));
                if (change.target().shift().stricter() || change.status() == IndicatorChange.Status.ADDED) {
                    tr.addClass("stricter");
                } else if (change.target().shift().weaker() || change.status() == IndicatorChange.Status.DROPPED) {
                    tr.addClass("weaker");
                }
            }
        }
    }

    /** The mark and the word: ▲ 提高, ▼ 降低 — 未写调整说明, 新增, 取消, 改名 …. */
    private String shift(IndicatorChange change) {
        return switch (change.status()) {
            case ADDED -> messages.format("review.targets.added");
            case DROPPED -> messages.format("review.targets.dropped");
            case KEPT -> {
                List<String> parts = new ArrayList<>();
                if (change.target().shift().changed()) {
                    String mark = PreviousYear.mark(change).strip();
                    mark = mark.isEmpty() ? "" : mark + " ";
                    parts.add(mark + words.shift(change));
                }
                if (change.renamed()) {
                    parts.add(messages.format("review.indicator.renamed", change.previous().name(), change.name(),
                            words.match(change.basis(), change.confidence(), change.similarity())));
                }
                if (change.moved()) {
                    parts.add(messages.format("review.indicator.moved", change.name(),
                            words.orBlank(change.previous().level2()), words.orBlank(change.current().level2())));
                }
                if (change.basisChanged()) {
                    parts.add(messages.format("review.indicator.basis", "", words.orBlank(change.previous().basis()),
                            words.orBlank(change.current().basis())).strip());
                }
                if (change.target().shift().weaker()) {
                    String adjustment = change.adjustment();
                    parts.add(adjustment == null || adjustment.isBlank()
                            ? messages.format("review.indicator.noAdjustment")
                            : messages.format("review.indicator.adjustment", adjustment));
                }
                yield String.join(messages.format("review.page.joiner"), parts);
            }
        };
    }

    private void texts(Element section, ChangeSet changes) {
        if (changes.texts().isEmpty()) {
            return;
        }
        section.appendElement("h3").text(messages.format("review.texts.heading"));
        Element table = section.appendElement("table").addClass("texts");
        header(table, "review.money.column.item", "review.page.before", "review.page.after");
        Element rows = table.appendElement("tbody");
        for (TextChange text : changes.texts()) {
            Element tr = rows.appendElement("tr");
            tr.appendElement("td").text(String.join(ChangeWords.SEPARATOR, text.label()));
            Element before = tr.appendElement("td");
            Element after = tr.appendElement("td");
            for (TextDiff.Segment segment : text.diff()) {
                switch (segment.kind()) {
                    case KEPT -> {
                        HtmlDocuments.appendLines(before.appendElement("span"), segment.text());
                        HtmlDocuments.appendLines(after.appendElement("span"), segment.text());
                    }
                    case DELETED -> HtmlDocuments.appendLines(before.appendElement("del"), segment.text());
                    case INSERTED -> HtmlDocuments.appendLines(after.appendElement("ins"), segment.text());
                }
            }
        }
    }

    private void findings(Element section, String key, List<Finding> findings, String cssClass, String mark) {
        if (findings.isEmpty()) {
            return;
        }
        section.appendElement("h3").text(messages.format(key));
        Element list = section.appendElement("ul").addClass("finding-list");
        FindingPrinter printer = new FindingPrinter(messages);
        for (Finding finding : findings) {
            list.appendElement("li").addClass("finding").addClass(cssClass)
                    .addClass(finding.severity().name().toLowerCase(Locale.ROOT))
                    .text(printer.header(finding) + mark);
        }
    }

    private void header(Element table, String... keys) {
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String key : keys) {
            tr.appendElement("th").text(messages.format(key));
        }
    }

    private String base(ReviewReport report) {
        return switch (report.base().how()) {
            case EXPLICIT -> messages.format("review.request.base.explicit");
            case CI -> messages.format("review.request.base.ci");
            case MERGE_BASE -> messages.format("review.request.base.mergeBase", report.base().asked());
        };
    }

}
