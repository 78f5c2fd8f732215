package io.jixiao.review.request;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Limits;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.ChangeSets;
import io.jixiao.review.git.Base;
import io.jixiao.review.git.ChangedFile;
import io.jixiao.review.git.GitHistory;
import io.jixiao.rules.RuleEngine;
import io.jixiao.rules.RuleSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews a merge request: every filing changed between the base and the working tree (read through JGit), compared
 * with its base version, or, when it is new, with the same department's previous-year filing; its findings split
 * into those the merge request brings, those the base already had and those it fixes. The base versions are checked
 * like the working tree, with their own previous-year filings from the base, so "already there" means the same
 * finding on the same indicator, wherever its line moved.
 */
public final class MergeRequestReview {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml");

    private final GitHistory git;
    private final CheckOptions options;
    private final FilingParser parser;
    private final RuleEngine engine;

    /** @param options the check's options: the filings folder, the globs, the severities and the default profile */
    public MergeRequestReview(GitHistory git, CheckOptions options) {
        this.git = git;
        this.options = options;
        this.parser = new FilingParser(Limits.DEFAULT, options.rules());
        this.engine = new RuleEngine(RuleSet.all(), options.rules(), options.defaultProfile());
    }

    /**
     * @param head the working tree's filings, checked (the check goal's result, shared)
     * @throws IllegalArgumentException when the filings folder is outside the repository
     */
    public ReviewReport review(Base base, CheckedFolder head) throws IOException {
        Path directory = options.directory().toAbsolutePath().normalize();
        String folder = git.relative(directory);
        if (folder == null) {
            throw new IllegalArgumentException(directory.toString());
        }
        Map<Path, FileCheck> checked = new HashMap<>();
        head.result().files().forEach(f -> checked.put(f.file().toAbsolutePath().normalize(), f));
        Globs globs = new Globs(options.includes(), options.excludes());
        List<FilingReview> filings = new ArrayList<>();
        for (ChangedFile change : git.changes(base.commit(), folder)) {
            Path relative = directory.relativize(git.workTree().resolve(change.path()));
            if (globs.matches(relative)) {
                filings.add(review(base, change, checked, head));
            }
        }
        return new ReviewReport(base, filings);
    }

    private FilingReview review(Base base, ChangedFile change, Map<Path, FileCheck> checked, CheckedFolder head)
            throws IOException {
        FileCheck now = change.newPath() == null ? null : checked.get(git.workTree().resolve(change.newPath()));
        AtBase was = change.oldPath() == null ? null : atBase(base, change.oldPath());
        List<Finding> after = now == null ? List.of() : shown(now.findings(), change.newPath());
        List<Finding> before = was == null ? List.of() : shown(was.findings(), change.oldPath());
        Optional<Filing> current = now == null ? Optional.empty() : head.filing(now.file());
        ChangeSet changes = null;
        String previousYear = null;
        if (was != null && was.filing().isPresent() && current.isPresent()) {
            changes = ChangeSets.compare(was.filing().get(), base.shortId() + ":" + change.oldPath(), current.get(),
                    change.newPath());
        } else if (change.kind() == ChangedFile.Kind.ADDED && current.isPresent()) {
            Optional<FileCheck> last = previousYear(now, current.get(), checked);
            Optional<Filing> lastYear = last.flatMap(f -> head.filing(f.file()));
            if (lastYear.isPresent()) {
                previousYear = git.relative(last.get().file());
                changes = ChangeSets.compare(lastYear.get(), previousYear, current.get(),
                        change.newPath());
            }
        }
        boolean readable = change.kind() == ChangedFile.Kind.DELETED ? was != null && was.filing().isPresent()
                : current.isPresent();
        Split split = Split.of(before, after);
        return new FilingReview(change, changes, previousYear, readable, split.added(), split.kept(),
                split.removed());
    }

    /** The same department's filing for the year before, in the working tree. */
    private static Optional<FileCheck> previousYear(FileCheck file, Filing filing, Map<Path, FileCheck> checked) {
        Path folder = file.file().toAbsolutePath().normalize().getParent();
        return checked.values().stream()
                .filter(f -> folder.equals(f.file().toAbsolutePath().normalize().getParent()))
                .filter(f -> f.identity() != null && f.identity().year() == filing.year() - 1)
                .min(Comparator.comparing(FileCheck::file));
    }

    /**
     * A filing as it was at the base, checked with the base's previous-year filing of its department. A symbolic
     * link committed there is reported as the check reports one in the work tree, and not followed; a blob too large
     * to be a filing is reported without being read.
     */
    private AtBase atBase(Base base, String path) throws IOException {
        Optional<GitHistory.Blob> blob = git.file(base.commit(), path);
        if (blob.isEmpty()) {
            return null;
        }
        Path file = Path.of(path);
        if (blob.get().link()) {
            return new AtBase(Optional.empty(),
                    List.of(Diagnostic.FILE_SYMLINK.finding(file, 0, 0, "", "symlinkFile")));
        }
        if (blob.get().bytes() == null) {
            return new AtBase(Optional.empty(), List.of(Diagnostic.FILE_TOO_LARGE.finding(file, 0, 0, "",
                    "tooLarge", blob.get().size(), Limits.DEFAULT.maxFileBytes())));
        }
        ParseResult result = parser.parse(file, blob.get().bytes());
        List<Finding> findings = new ArrayList<>(result.findings());
        if (result.filing().isPresent()) {
            Filing filing = result.filing().get();
            findings.addAll(engine.check(file, filing, result.positions(),
                    previousAtBase(base, path, filing.year())));
        }
        return new AtBase(result.filing(), findings);
    }

    private Optional<Filing> previousAtBase(Base base, String path, int year) throws IOException {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        for (String extension : EXTENSIONS) {
            String candidate = folder + (year - 1) + extension;
            Optional<byte[]> bytes = git.read(base.commit(), candidate);
            if (bytes.isPresent()) {
                Optional<Filing> filing = parser.parse(Path.of(candidate), bytes.get()).filing();
                if (filing.isPresent() && filing.get().year() == year - 1) {
                    return filing;
                }
            }
        }
        return Optional.empty();
    }

    /** Findings named by the file's path in the repository, as a merge request shows it. */
    private static List<Finding> shown(List<Finding> findings, String path) {
        return findings.stream().map(f -> f.withFile(Path.of(path))).toList();
    }

    private record AtBase(Optional<Filing> filing, List<Finding> findings) {
    }

    /**
     * Findings of the two versions paired as the same finding when they report the same rule, message and values
     * (lines move when rows are added above; what a finding says about an indicator does not).
     */
    private record Split(List<Finding> added, List<Finding> kept, List<Finding> removed) {
        static Split of(List<Finding> before, List<Finding> after) {
            Map<String, Integer> left = new HashMap<>();
            before.forEach(f -> left.merge(key(f), 1, Integer::sum));
            List<Finding> added = new ArrayList<>();
            List<Finding> kept = new ArrayList<>();
            for (Finding finding : after) {
                Integer count = left.get(key(finding));
                if (count != null && count > 0) {
                    left.put(key(finding), count - 1);
                    kept.add(finding);
                } else {
                    added.add(finding);
                }
            }
            Map<String, Integer> used = new HashMap<>();
            after.forEach(f -> used.merge(key(f), 1, Integer::sum));
            List<Finding> removed = new ArrayList<>();
            for (Finding finding : before) {
                Integer count = used.get(key(finding));
                if (count != null && count > 0) {
                    used.put(key(finding), count - 1);
                } else {
                    removed.add(finding);
                }
            }
            return new Split(added, kept, removed);
        }

        private static String key(Finding f) {
            return f.ruleId() + '\u0000' + f.messageKey() + '\u0000' + f.arguments();
        }
    }
}
