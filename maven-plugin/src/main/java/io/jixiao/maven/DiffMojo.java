package io.jixiao.maven;

import io.jixiao.check.FolderCheck;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.review.change.ChangeSets;
import io.jixiao.review.git.GitHistory;
import io.jixiao.review.report.ChangeSetMarkdown;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Prints the change set between any two filings, or one filing at two revisions:
 * {@code mvn jixiao:diff -Djixiao.from=filings/x/2025.yaml -Djixiao.to=filings/x/2026.yaml}, or
 * {@code -Djixiao.from=HEAD~3:filings/x/2025.yaml} for a revision (read through JGit; the path is relative to the
 * repository, as in {@code git show REV:path}). The same Markdown a merge-request review writes for a filing.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends AbstractJixiaoMojo {

    /** The earlier filing: a path (relative to the project folder) or {@code REV:path}. */
    @Parameter(property = "jixiao.from", required = true)
    String from;

    /** The later filing: a path (relative to the project folder) or {@code REV:path}. */
    @Parameter(property = "jixiao.to", required = true)
    String to;

    @Override
    String goal() {
        return "diff";
    }

    @Override
    boolean goalSkipped() {
        return false;
    }

    @Override
    void run(FolderCheck check, Messages messages) throws IOException, MojoFailureException, MojoExecutionException {
        Filing before = read(from, messages);
        Filing after = read(to, messages);
        String markdown = new ChangeSetMarkdown(messages).write(ChangeSets.compare(before, from, after, to), 2);
        markdown.lines().forEach(getLog()::info);
    }

    /** A filing from disk, or from a revision when the text names one and no such file exists. */
    private Filing read(String source, Messages messages) throws IOException, MojoFailureException,
            MojoExecutionException {
        Path file = basedir.toPath().resolve(source);
        byte[] bytes;
        if (Files.isRegularFile(file)) {
            bytes = Files.readAllBytes(file);
        } else {
            int colon = source.indexOf(':');
            Optional<GitHistory> repository = colon > 0 ? GitHistory.open(basedir.toPath()) : Optional.empty();
            if (repository.isEmpty()) {
                throw new MojoExecutionException(messages.format("review.diff.unreadable", source, file.toString()));
            }
            try (GitHistory git = repository.get()) {
                String revision = source.substring(0, colon);
                String path = source.substring(colon + 1);
                bytes = git.commit(revision).flatMap(commit -> {
                    try {
                        return git.read(commit, path);
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                }).orElseThrow(() -> new MojoExecutionException(messages.format("review.diff.unreadable", source,
                        git.workTree().toString())));
            }
        }
        ParseResult parsed = new FilingParser().parse(Path.of(source), bytes);
        if (parsed.filing().isEmpty() || parsed.hasErrors()) {
            getLog().error(messages.format("review.diff.invalid", source));
            FindingPrinter printer = new FindingPrinter(messages);
            parsed.findings().forEach(f -> log(f.severity(), printer.print(f, parsed.sourceLines())));
            throw new MojoFailureException(messages.format("review.diff.invalid", source));
        }
        return parsed.filing().get();
    }
}
