package io.jixiao.review.request;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import io.jixiao.history.MatchBasis;
import io.jixiao.review.Fixtures;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.git.Base;
import io.jixiao.review.git.ChangedFile;
import io.jixiao.review.git.GitHistory;
import io.jixiao.review.report.ReviewMarkdown;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merge request in a real repository: main with two departments; a feature branch that adds next year's filing
 * (project codes carrying the year), moves a department's folder and changes a value in the same commit; main moves
 * on after the branch; and an uncommitted edit in the working tree.
 */
@DisplayName("Merge-request review in a JGit repository")
class MergeRequestReviewTest {

    @TempDir
    Path root;

    private RevCommit branchPoint;
    private RevCommit mainTip;

    @BeforeEach
    void repository() throws Exception {
        try (Fixtures.Repo repo = new Fixtures.Repo(root)) {
            repo.write("filings/nongye/2025.yaml", Fixtures.filing("nongye-2025.yaml"))
                    .write("filings/tongzhan/2025.yaml", Fixtures.filing("tongzhan-2025.yaml"))
                    .write("README.md", "示例仓库\n");
            branchPoint = repo.commit("2025年度");
            repo.branch("feature");
            repo.write("filings/nongye/2026.yaml", Fixtures.filing("nongye-2026.yaml"));
            repo.commit("农业农村局 2026年度");
            repo.delete("filings/tongzhan/2025.yaml")
                    .write("filings/tongzhanbu/2025.yaml", Fixtures.filing("tongzhan-2025-edited.yaml"));
            repo.commit("统战部目录改名，社会服务活动次数改为12次");
            repo.checkout("main");
            repo.write("filings/caizheng/2025.yaml", Fixtures.filing("other-2025.yaml"));
            mainTip = repo.commit("财政局 2025年度（合并请求之后）");
            repo.remote("main", mainTip);
            repo.checkout("feature");
            repo.write("filings/nongye/2025.yaml", Fixtures.filing("nongye-2025.yaml")
                    .replace("指标值确定依据: 验收标准", "指标值确定依据: 高标准农田建设验收规范"));
        }
    }

    @Test
    @DisplayName("the default base is the merge base with origin/main, not origin/main's tip")
    void mergeBase() throws Exception {
        try (GitHistory git = GitHistory.open(root).orElseThrow()) {
            Base base = git.base(null, Map.of()).orElseThrow();
            assertEquals(Base.How.MERGE_BASE, base.how());
            assertEquals("origin/main", base.asked());
            assertEquals(branchPoint.getId(), base.commit());
            Base github = git.base("", Map.of(GitHistory.GITHUB_TARGET, "main")).orElseThrow();
            assertEquals(branchPoint.getId(), github.commit());
            Base explicit = git.base("origin/main", Map.of()).orElseThrow();
            assertEquals(mainTip.getId(), explicit.commit());
            Base gitlab = git.base(null, Map.of(GitHistory.GITLAB_DIFF_BASE, mainTip.getName())).orElseThrow();
            assertEquals(Base.How.CI, gitlab.how());
            assertThrows(IllegalArgumentException.class, () -> git.base("no-such-branch", Map.of()));
            assertTrue(git.base(null, Map.of(GitHistory.GITLAB_TARGET, "no-such-branch")).isEmpty());
        }
    }

    @Test
    @DisplayName("the changed filings: the new year added, the moved folder a rename, the working-tree edit")
    void changedFilings() throws Exception {
        try (GitHistory git = GitHistory.open(root.resolve("filings/nongye")).orElseThrow()) {
            List<ChangedFile> changes = git.changes(branchPoint, "filings");
            assertEquals(List.of(
                            new ChangedFile(ChangedFile.Kind.MODIFIED, "filings/nongye/2025.yaml", "filings/nongye/2025.yaml"),
                            new ChangedFile(ChangedFile.Kind.ADDED, null, "filings/nongye/2026.yaml"),
                            new ChangedFile(ChangedFile.Kind.RENAMED, "filings/tongzhan/2025.yaml",
                                    "filings/tongzhanbu/2025.yaml")),
                    changes);
        }
    }

    @Test
    @DisplayName("each filing's change set and findings: new next year compared with last year, findings split")
    void review() throws Exception {
        ReviewReport report = review(null);
        assertEquals(3, report.filings().size());
        FilingReview added = report.filings().get(1);
        assertEquals("filings/nongye/2025.yaml", added.previousYear());
        ChangeSet changes = added.changes();
        assertEquals(MatchBasis.CODE_YEAR, changes.tables().get(0).basis());
        assertEquals(new ChangeSet.Counts(1, 3, 2, 1, 0), changes.counts());
        assertEquals(List.of("HISTORY-LOWERED", "HISTORY-LOWERED"),
                added.newFindings().stream().map(f -> f.ruleId()).toList());
        FilingReview renamed = report.filings().get(2);
        assertEquals(ChangedFile.Kind.RENAMED, renamed.file().kind());
        assertEquals(new ChangeSet.Counts(1, 0, 0, 0, 0), renamed.changes().counts());
        FilingReview modified = report.filings().get(0);
        assertTrue(modified.changes().indicators().stream().anyMatch(i -> i.basisChanged()));
    }

    @Test
    @DisplayName("the Markdown note is the golden file")
    void markdownGolden() throws Exception {
        String markdown = new ReviewMarkdown(Messages.chinese()).write(review(null));
        Fixtures.updateGolden("review.md", markdown);
        assertEquals(Fixtures.golden("review.md"), markdown);
    }

    private ReviewReport review(String explicit) throws Exception {
        CheckOptions options = CheckOptions.of(root.resolve("filings"));
        CheckedFolder head = new FolderCheck(options).checked();
        try (GitHistory git = GitHistory.open(root).orElseThrow()) {
            return new MergeRequestReview(git, options).review(git.base(explicit, Map.of()).orElseThrow(), head);
        }
    }
}
