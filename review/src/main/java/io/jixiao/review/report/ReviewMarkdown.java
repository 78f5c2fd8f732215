package io.jixiao.review.report;

import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.git.Base;
import io.jixiao.review.git.ChangedFile;
import io.jixiao.review.request.FilingReview;
import io.jixiao.review.request.ReviewReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The merge-request review as Markdown, ready to post as a merge-request note: the base, then per changed filing
 * how it changed, what changed in it (money, targets, goals) and its findings — new ones first, those already on
 * the base marked as such, fixed ones last — and the one-line console summary.
 */
public final class ReviewMarkdown {

    private final Messages messages;
    private final FindingPrinter printer;

    public ReviewMarkdown(Messages messages) {
        this.messages = messages;
        this.printer = new FindingPrinter(messages);
    }

    public String write(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(messages.format("review.request.title")).append("\n\n");
        out.append(messages.format("review.request.base", Markdown.code(report.base().shortId()),
                base(report.base()))).append("\n\n");
        if (report.filings().isEmpty()) {
            out.append(messages.format("review.request.none")).append('\n');
            return out.toString();
        }
        out.append(messages.format("review.request.filings", report.filings().size())).append("\n\n");
        for (FilingReview filing : report.filings()) {
            out.append('\n').append(filing(filing));
        }
        return out.toString();
    }

    /** The lines a build log shows: one per changed filing, then the summary. */
    public List<String> console(ReviewReport report, String written) {
        List<String> lines = new ArrayList<>();
        for (FilingReview filing : report.filings()) {
            ChangeSet.Counts c = filing.changes() == null ? new ChangeSet.Counts(0, 0, 0, 0, 0)
                    : filing.changes().counts();
            lines.add(messages.format("review.request.fileLine", filing.file().path(), kind(filing.file()),
                    c.raised(), c.lowered(), c.added(), c.dropped(), filing.newFindings().size()));
        }
        ChangeSet.Counts all = report.counts();
        if (report.filings().isEmpty()) {
            lines.add(messages.format("review.request.summaryNone", report.base().shortId(), written));
        } else {
            lines.add(messages.format("review.request.summary", report.base().shortId(), report.filings().size(),
                    all.raised(), all.lowered(), all.added(), all.dropped(), report.newFindings().size(),
                    report.newFindings().stream().filter(Finding::isError).count(), written));
        }
        return lines;
    }

    private String filing(FilingReview filing) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(messages.format("review.request.fileHeading", Markdown.code(filing.file().path()),
                kind(filing.file()))).append("\n\n");
        if (filing.file().kind() == ChangedFile.Kind.ADDED) {
            out.append(filing.previousYear() != null
                    ? messages.format("review.request.yearOverYear", Markdown.code(filing.previousYear()))
                    : messages.format("review.request.noPrevious")).append("\n\n");
        }
        if (!filing.readable()) {
            out.append(messages.format("review.request.notParsed")).append("\n\n");
        }
        out.append(messages.format("review.request.findings", filing.newFindings().size(),
                filing.existingFindings().size(), filing.fixedFindings().size())).append("\n\n");
        if (filing.changes() != null) {
            out.append(new ChangeSetMarkdown(messages).write(filing.changes(), 3));
        }
        findings(out, "review.request.newFindings", filing.newFindings(), "");
        findings(out, "review.request.existingFindings", filing.existingFindings(),
                " " + messages.format("review.request.existingMark"));
        findings(out, "review.request.fixedFindings", filing.fixedFindings(), "");
        return out.toString();
    }

    private void findings(StringBuilder out, String key, List<Finding> findings, String mark) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("### ").append(messages.format(key)).append("\n\n");
        findings.forEach(f -> out.append("- ").append(Markdown.text(printer.header(f))).append(mark).append('\n'));
        out.append('\n');
    }

    private String kind(ChangedFile file) {
        String key = "review.request.kind." + file.kind().name().toLowerCase(Locale.ROOT);
        return file.kind() == ChangedFile.Kind.RENAMED ? messages.format(key, file.oldPath()) : messages.format(key);
    }

    private String base(Base base) {
        return switch (base.how()) {
            case EXPLICIT -> messages.format("review.request.base.explicit");
            case CI -> messages.format("review.request.base.ci");
            case MERGE_BASE -> messages.format("review.request.base.mergeBase", base.asked());
        };
    }
}
