package io.jixiao.review.request;

import io.jixiao.finding.Finding;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.git.ChangedFile;

import java.util.List;

/**
 * One changed filing of a merge request.
 *
 * @param file              how it changed, with its paths relative to the repository
 * @param changes           what changed in it: against its base version, or for a new file against the
 *                          department's previous-year filing; null when there is nothing to compare with or a side
 *                          cannot be read
 * @param previousYear      for a new file compared year over year, the previous-year filing's path; else null
 * @param readable          whether this side (or, for a deleted file, the base side) could be read
 * @param newFindings       findings this merge request brings
 * @param existingFindings  findings the base version already had
 * @param fixedFindings     findings of the base version that are gone
 */
public record FilingReview(ChangedFile file, ChangeSet changes, String previousYear, boolean readable,
                           List<Finding> newFindings, List<Finding> existingFindings, List<Finding> fixedFindings) {

    public FilingReview {
        newFindings = List.copyOf(newFindings);
        existingFindings = List.copyOf(existingFindings);
        fixedFindings = List.copyOf(fixedFindings);
    }
}
