package io.jixiao.maven;

import io.jixiao.build.BuildOptions;
import io.jixiao.build.CheckSummary;
import io.jixiao.build.JixiaoBuild;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.Locale;

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
    void run(JixiaoBuild build, BuildOptions options) throws IOException, MojoFailureException {
        CheckSummary summary = build.check();
        if (summary.failed()) {
            throw new MojoFailureException(failure(summary, options.locale()));
        }
    }

    /** One line for Maven's failure banner; the findings themselves are already in the log above it. */
    static String failure(CheckSummary summary, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return String.format(Locale.ROOT, "jixiao: %d errors and %d warnings in %d filings; the check failed"
                    + " (details above)", summary.errors(), summary.warnings(), summary.filings());
        }
        return String.format(Locale.ROOT, "jixiao：%d 份填报文件中有 %d 条错误、%d 条警告，检查未通过（详见上方）",
                summary.filings(), summary.errors(), summary.warnings());
    }
}
