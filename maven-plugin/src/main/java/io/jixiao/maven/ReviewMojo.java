package io.jixiao.maven;

import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import io.jixiao.render.html.HtmlFiles;
import io.jixiao.render.html.ReviewPage;
import io.jixiao.report.Reports;
import io.jixiao.review.git.Base;
import io.jixiao.review.git.GitHistory;
import io.jixiao.review.report.ReviewMarkdown;
import io.jixiao.review.request.MergeRequestReview;
import io.jixiao.review.request.ReviewReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reviews a merge request: every filing changed between the base and the working tree, read through JGit (no
 * {@code git} binary needed), compared with its base version or, when new, with the department's previous-year
 * filing. Writes a summary to the log, {@code review.md} (ready to post as a merge-request note) and
 * {@code review.html} (side by side, linked from the index) in the output folder. Never fails the build on findings:
 * that is {@code check}'s job. Without a base to compare with (no {@code jixiao.base}, no CI target branch, no
 * {@code origin/main} or {@code main}) it says so and does nothing.
 */
@Mojo(name = "review", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ReviewMojo extends AbstractJixiaoMojo {

    /**
     * The revision to compare with: a branch, a tag, a commit or {@code HEAD~3}, taken as it is. Default: GitLab's
     * {@code CI_MERGE_REQUEST_DIFF_BASE_SHA}, else the merge base of HEAD with the target branch
     * ({@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME} on GitLab, {@code GITHUB_BASE_REF} on GitHub, else {@code main}),
     * looked up as {@code origin/<branch>} first.
     */
    @Parameter(property = "jixiao.base")
    String base;

    /** Skips this goal only. */
    @Parameter(property = "jixiao.review.skip", defaultValue = "false")
    boolean skipReview;

    @Override
    String goal() {
        return "review";
    }

    @Override
    boolean goalSkipped() {
        return skipReview;
    }

    @Override
    void run(FolderCheck check, Messages messages) throws IOException, MojoExecutionException {
        Optional<GitHistory> repository = GitHistory.open(directory.toPath());
        if (repository.isEmpty()) {
            String message = messages.format("review.request.noRepository", directory.toString());
            if (base != null && !base.isBlank()) {
                throw new MojoExecutionException(message);
            }
            getLog().info(message);
            return;
        }
        try (GitHistory git = repository.get()) {
            Optional<Base> found;
            try {
                found = git.base(base, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(messages.format("review.request.badBase", base,
                        git.workTree().toString()));
            }
            if (found.isEmpty()) {
                getLog().info(messages.format("review.request.noBase", GitHistory.DEFAULT_TARGET));
                return;
            }
            CheckedFolder head = check.checked(shared());
            ReviewReport report;
            try {
                report = new MergeRequestReview(git, checkOptions()).review(found.get(), head);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(messages.format("review.request.noRepository", e.getMessage()));
            }
            Path out = outputDirectory();
            Path markdown = out.resolve("review.md");
            Reports.writeAtomically(markdown, new ReviewMarkdown(messages).write(report)
                    .getBytes(StandardCharsets.UTF_8));
            HtmlFiles.write(out.resolve("review.html"), new ReviewPage(messages).render(report));
            new ReviewMarkdown(messages).console(report, markdown.toString()).forEach(getLog()::info);
        }
    }
}
