package io.jixiao.review.git;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The revision a merge request is reviewed against.
 *
 * @param asked  what it was found from: the {@code jixiao.base} value, the CI's variable, or the branch whose merge
 *               base it is ({@code origin/main})
 * @param how    how it was found
 * @param commit the commit
 */
public record Base(String asked, How how, ObjectId commit) {

    /** How the base was found. */
    public enum How {
        /** Named with {@code jixiao.base}, taken as it is. */
        EXPLICIT,
        /** GitLab's {@code CI_MERGE_REQUEST_DIFF_BASE_SHA}: the merge base the merge request's diff uses. */
        CI,
        /** The merge base of HEAD and the target branch. */
        MERGE_BASE
    }

    /** The commit's abbreviated id, as people quote it. */
    public String shortId() {
        return commit.abbreviate(8).name();
    }
}
