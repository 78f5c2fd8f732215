package io.jixiao.review.request;

import io.jixiao.finding.Finding;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.git.Base;

import java.util.List;
import java.util.Objects;

/**
 * What a merge request changes in the filings: the base it was compared with and each changed filing, in path
 * order. The Markdown note and the review page are written from this.
 */
public record ReviewReport(Base base, List<FilingReview> filings) {

    public ReviewReport {
        Objects.requireNonNull(base, "base");
        filings = List.copyOf(filings);
    }

    /** The targets of all filings, summed. */
    public ChangeSet.Counts counts() {
        int raised = 0;
        int lowered = 0;
        int added = 0;
        int dropped = 0;
        int renamed = 0;
        for (FilingReview filing : filings) {
            if (filing.changes() != null) {
                ChangeSet.Counts c = filing.changes().counts();
                raised += c.raised();
                lowered += c.lowered();
                added += c.added();
                dropped += c.dropped();
                renamed += c.renamed();
            }
        }
        return new ChangeSet.Counts(raised, lowered, added, dropped, renamed);
    }

    public List<Finding> newFindings() {
        return filings.stream().flatMap(f -> f.newFindings().stream()).toList();
    }
}
