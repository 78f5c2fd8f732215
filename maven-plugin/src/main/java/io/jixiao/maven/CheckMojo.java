package io.jixiao.maven;

import io.jixiao.check.CheckSummary;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/**
 * Checks every filing and fails the build once, after all findings of all files are in the log, when there is an
 * error (or a warning with {@code failOnWarning}): a reviewer sees everything wrong in one run, not one file at a
 * time.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractJixiaoMojo {

    /** Skips this goal only. */
    @Parameter(property = "jixiao.check.skip", defaultValue = "false")
    boolean skipCheck;

    @Override
    String goal() {
        return "check";
    }

    @Override
    boolean goalSkipped() {
        return skipCheck;
    }

    @Override
    void run(FolderCheck check, Messages messages) throws IOException, MojoFailureException {
        CheckSummary summary = check.run(this::log, this::raw, System.getenv(), shared());
        if (summary.failed()) {
            throw new MojoFailureException(failure(summary, messages));
        }
    }

    /** One line for Maven's failure banner; the findings themselves are already in the log above it. */
    static String failure(CheckSummary summary, Messages messages) {
        return messages.format("build.checkFailed", summary.filings(), summary.errors(),
                summary.warnings());
    }
}
