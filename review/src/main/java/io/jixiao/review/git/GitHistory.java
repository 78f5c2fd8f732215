package io.jixiao.review.git;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.NullOutputStream;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Git repository read through JGit: what a merge request is reviewed against, which files it changes, and any
 * file at any revision. Read-only; nothing is written to the repository.
 */
public final class GitHistory implements AutoCloseable {

    /** GitLab: the merge base of a merge request's diff. */
    public static final String GITLAB_DIFF_BASE = "CI_MERGE_REQUEST_DIFF_BASE_SHA";
    /** GitLab: the branch a merge request targets. */
    public static final String GITLAB_TARGET = "CI_MERGE_REQUEST_TARGET_BRANCH_NAME";
    /** GitHub Actions: the branch a pull request targets. */
    public static final String GITHUB_TARGET = "GITHUB_BASE_REF";
    /** The branch reviewed against when no CI names one. */
    public static final String DEFAULT_TARGET = "main";
    private static final String ORIGIN = "origin/";
    /** A filing larger than this is not a filing (the parser's own limit is 4 MiB). */
    private static final int MAX_BLOB = 8 * 1024 * 1024;

    private final Repository repository;

    private GitHistory(Repository repository) {
        this.repository = repository;
    }

    /**
     * Opens the repository that holds {@code folder}, looking upwards as {@code git} does.
     *
     * @return empty when there is none
     */
    public static Optional<GitHistory> open(Path folder) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new GitHistory(repository));
    }

    /** The folder the repository's files are checked out in. */
    public Path workTree() {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /**
     * The base of the merge request: {@code explicit} when given (any revision: a branch, a tag, a commit,
     * {@code HEAD~3}); else GitLab's merge-base commit; else the merge base of HEAD and the target branch (GitLab's or
     * GitHub's target variable, else {@code main}), looked up as {@code origin/<branch>} first, then as a local
     * branch.
     *
     * @return empty when no explicit base is given and none can be found (no target branch, or HEAD has no commit)
     * @throws IllegalArgumentException when the explicit revision does not name a commit
     */
    public Optional<Base> base(String explicit, Map<String, String> environment) throws IOException {
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(new Base(explicit.strip(), Base.How.EXPLICIT, commit(explicit.strip())
                    .orElseThrow(() -> new IllegalArgumentException(explicit))));
        }
        String ciBase = environment.get(GITLAB_DIFF_BASE);
        if (ciBase != null && !ciBase.isBlank()) {
            Optional<ObjectId> commit = commit(ciBase.strip());
            if (commit.isPresent()) {
                return Optional.of(new Base(ciBase.strip(), Base.How.CI, commit.get()));
            }
        }
        Optional<ObjectId> head = commit(Constants.HEAD);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String target = firstSet(environment, GITLAB_TARGET, GITHUB_TARGET).orElse(DEFAULT_TARGET);
        for (String name : List.of(ORIGIN + target, target)) {
            Optional<ObjectId> tip = commit(name);
            if (tip.isPresent()) {
                Optional<ObjectId> mergeBase = mergeBase(head.get(), tip.get());
                if (mergeBase.isPresent()) {
                    return Optional.of(new Base(name, Base.How.MERGE_BASE, mergeBase.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The commit a revision names, if it names one. */
    public Optional<ObjectId> commit(String revision) throws IOException {
        try {
            return Optional.ofNullable(repository.resolve(revision + "^{commit}"));
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                 | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        }
    }

    /**
     * Every file under {@code folder} that differs between the base commit and the working tree (uncommitted and
     * untracked files included, ignored ones not), renames detected by content, in path order.
     *
     * @param folder a folder relative to the work tree, forward slashes; empty for the whole tree
     */
    public List<ChangedFile> changes(ObjectId base, String folder) throws IOException {
        List<ChangedFile> changes = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(NullOutputStream.INSTANCE)) {
            CanonicalTreeParser before = new CanonicalTreeParser();
            try (var reader = repository.newObjectReader()) {
                before.reset(reader, walk.parseCommit(base).getTree());
            }
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            TreeFilter notIgnored = new NotIgnoredFilter(1);
            diff.setPathFilter(folder.isEmpty() ? notIgnored
                    : AndTreeFilter.create(PathFilter.create(folder), notIgnored));
            for (DiffEntry entry : diff.scan(before, new FileTreeIterator(repository))) {
                ChangedFile changed = switch (entry.getChangeType()) {
                    case ADD, COPY -> new ChangedFile(ChangedFile.Kind.ADDED, null, entry.getNewPath());
                    case DELETE -> new ChangedFile(ChangedFile.Kind.DELETED, entry.getOldPath(), null);
                    case MODIFY -> new ChangedFile(ChangedFile.Kind.MODIFIED, entry.getOldPath(),
                            entry.getNewPath());
                    case RENAME -> new ChangedFile(ChangedFile.Kind.RENAMED, entry.getOldPath(),
                            entry.getNewPath());
                };
                changes.add(changed);
            }
        }
        changes.sort(Comparator.comparing(ChangedFile::path));
        return changes;
    }

    /**
     * A file as a commit holds it.
     *
     * @param link  whether it is a symbolic link (mode 120000): its blob is the path the link points to, which is
     *              never read, not even from the work tree, since it could name any file of the machine
     * @param size  the blob's size in bytes
     * @param bytes the file's content; null for a link, or for a blob larger than a filing can be (8 MiB)
     */
    public record Blob(boolean link, long size, byte[] bytes) {
    }

    /**
     * A file or symbolic link at a commit. A folder that is a link in the commit is not entered: a path through it
     * names nothing.
     *
     * @param path relative to the work tree, forward slashes
     * @return empty when the commit has no such file (or the path is a folder or a submodule)
     */
    public Optional<Blob> file(ObjectId commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            FileMode mode = tree.getFileMode(0);
            boolean link = FileMode.SYMLINK.equals(mode);
            if (!link && !FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
                return Optional.empty();
            }
            ObjectLoader loader = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB);
            long size = loader.getSize();
            if (link || size > MAX_BLOB) {
                return Optional.of(new Blob(link, size, null));
            }
            return Optional.of(new Blob(false, size, loader.getCachedBytes(MAX_BLOB)));
        }
    }

    /**
     * The bytes of a file at a commit.
     *
     * @param path relative to the work tree, forward slashes
     * @return empty when the commit has no such file, or has a symbolic link there (never followed), or a blob
     *         larger than a filing can be
     */
    public Optional<byte[]> read(ObjectId commit, String path) throws IOException {
        return file(commit, path).map(Blob::bytes);
    }

    /** The path of a file relative to the work tree, forward slashes; null when it is outside the work tree. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = workTree();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : null;
    }

    private Optional<ObjectId> mergeBase(ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return Optional.ofNullable(base).map(RevCommit::getId);
        }
    }

    private static Optional<String> firstSet(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        repository.close();
    }
}
