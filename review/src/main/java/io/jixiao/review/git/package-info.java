/**
 * History through JGit, no {@code git} binary needed: the base of a merge request (the CI's merge base, or the merge
 * base with the target branch), the filings changed between it and the working tree with renames detected, and any
 * file at any revision.
 */
package io.jixiao.review.git;
