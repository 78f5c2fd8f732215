package io.jixiao.review.request;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.review.Fixtures;
import io.jixiao.review.git.Base;
import io.jixiao.review.git.GitHistory;
import io.jixiao.review.report.ReviewMarkdown;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Symbolic links committed into the filings folder (Git mode 120000), read through JGit by the merge-request
 * review: a link's blob is the path it points to, and neither that path nor what it points to is ever read as a
 * filing, at the base or in the working tree. A merge request can commit a link to a credentials file; its lines
 * must not reach the review note that is posted to the merge request.
 */
@DisplayName("Merge-request review of symbolic links committed in Git")
class CommittedLinksTest {

    /** What the linked files hold: none of it may appear in a finding or in the review. */
    private static final String SECRET = "password=hunter2";
    private static final String OUTSIDE_DEPARTMENT = "仓库外的机密单位";

    @TempDir
    Path root;

    private RevCommit base;

    @BeforeEach
    void repository() throws Exception {
        try (Fixtures.Repo repo = new Fixtures.Repo(root)) {
            repo.write("secret.txt", "部门名称: " + SECRET + "\n")
                    .write("outside/2025.yaml", Fixtures.filing("nongye-2025.yaml")
                            .replace("示例县农业农村局", OUTSIDE_DEPARTMENT))
                    .write("filings/nongye/2025.yaml", Fixtures.filing("nongye-2025.yaml"));
            Files.createDirectories(root.resolve("filings/linked"));
            Files.createSymbolicLink(root.resolve("filings/linked/2025.yaml"), Path.of("../../secret.txt"));
            Files.createSymbolicLink(root.resolve("filings/folder"), Path.of("../outside"));
            base = repo.commit("链接提交进了仓库");
            // The merge request: the linked file replaced by a real filing, and a new link to a valid filing
            // outside the folder, uncommitted in the working tree.
            repo.delete("filings/linked/2025.yaml")
                    .write("filings/linked/2025.yaml", Fixtures.filing("nongye-2025.yaml")
                            .replace("示例县农业农村局", "示例县链接局"));
            Files.createDirectories(root.resolve("filings/added"));
            Files.createSymbolicLink(root.resolve("filings/added/2025.yaml"), Path.of("../../outside/2025.yaml"));
        }
    }

    @Test
    @DisplayName("the repository really holds the links as links (mode 120000)")
    void committedAsLinks() throws Exception {
        try (Git repository = Git.open(root.toFile());
             RevWalk walk = new RevWalk(repository.getRepository())) {
            for (String path : List.of("filings/linked/2025.yaml", "filings/folder")) {
                try (TreeWalk tree = TreeWalk.forPath(repository.getRepository(), path,
                        walk.parseCommit(base).getTree())) {
                    assertEquals(FileMode.SYMLINK, tree.getFileMode(0), path);
                }
            }
        }
    }

    @Test
    @DisplayName("a linked file is a link with no content, and a path through a linked folder names nothing")
    void linksAreNotFollowed() throws Exception {
        try (GitHistory git = GitHistory.open(root).orElseThrow()) {
            GitHistory.Blob link = git.file(base, "filings/linked/2025.yaml").orElseThrow();
            assertTrue(link.link());
            assertNull(link.bytes());
            assertTrue(git.read(base, "filings/linked/2025.yaml").isEmpty());
            assertTrue(git.file(base, "filings/folder/2025.yaml").isEmpty(), "entered a linked folder");
            assertTrue(git.read(base, "filings/nongye/2025.yaml").isPresent());
        }
    }

    @Test
    @DisplayName("the review reports each link as FILE-SYMLINK and shows nothing of what the links point to")
    void reviewNamesTheLinksAndShowsNothingBehindThem() throws Exception {
        CheckOptions options = CheckOptions.of(root.resolve("filings"));
        CheckedFolder head = new FolderCheck(options).checked();
        ReviewReport report;
        try (GitHistory git = GitHistory.open(root).orElseThrow()) {
            report = new MergeRequestReview(git, options).review(git.base(base.getName(), Map.of()).orElseThrow(),
                    head);
        }

        List<Finding> everyFinding = report.filings().stream().flatMap(f -> Stream.of(f.newFindings(),
                f.existingFindings(), f.fixedFindings()).flatMap(List::stream)).toList();
        assertTrue(report.filings().stream().anyMatch(f -> "filings/linked/2025.yaml".equals(f.file().oldPath())
                        && f.fixedFindings().stream().anyMatch(x -> x.ruleId().equals("FILE-SYMLINK"))),
                "the link at the base, now a filing: " + everyFinding);
        FilingReview added = report.filings().stream()
                .filter(f -> "filings/added/2025.yaml".equals(f.file().newPath())).findFirst().orElseThrow();
        assertFalse(added.readable());
        assertNull(added.changes());
        assertEquals(List.of("FILE-SYMLINK"), added.newFindings().stream().map(Finding::ruleId).toList());

        String markdown = new ReviewMarkdown(Messages.chinese()).write(report);
        for (String hidden : List.of(SECRET, OUTSIDE_DEPARTMENT, "secret.txt")) {
            assertFalse(markdown.contains(hidden), hidden + " in the review:\n" + markdown);
            assertTrue(everyFinding.stream().noneMatch(f -> f.arguments().toString().contains(hidden)), hidden);
        }
    }
}
