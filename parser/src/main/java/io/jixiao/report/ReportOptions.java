package io.jixiao.report;

import io.jixiao.finding.Messages;
import io.jixiao.rules.RuleSet;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What every report needs besides the findings.
 *
 * @param messages        the language of messages and summaries (Chinese by default, English on request)
 * @param baseDirectory   paths are shown relative to this directory (forward slashes) when a file lies under it;
 *                        {@code null} to show them as given. CI integrations pass the repository root.
 * @param failOnWarning   whether warnings fail a filing (JUnit failures), as errors always do
 * @param jixiaoVersion   recorded in every report; {@link JixiaoVersion#get()} unless a test pins it
 * @param ruleSetVersion  recorded in every report; {@link RuleSet#VERSION} unless a test pins it
 */
public record ReportOptions(Messages messages, Path baseDirectory, boolean failOnWarning, String jixiaoVersion,
                            String ruleSetVersion) {

    public ReportOptions {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(jixiaoVersion, "jixiaoVersion");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    }

    /** Chinese, paths as given, only errors fail, this jixiao's version and rules. */
    public static ReportOptions defaults() {
        return new ReportOptions(Messages.chinese(), null, false, JixiaoVersion.get(), RuleSet.VERSION);
    }

    public ReportOptions withMessages(Messages messages) {
        return new ReportOptions(messages, baseDirectory, failOnWarning, jixiaoVersion, ruleSetVersion);
    }

    /** English when the locale's language is English, Chinese otherwise (see {@link Messages#forLocale}). */
    public ReportOptions withLocale(Locale locale) {
        return withMessages(Messages.forLocale(locale));
    }

    public ReportOptions withBaseDirectory(Path baseDirectory) {
        return new ReportOptions(messages, baseDirectory, failOnWarning, jixiaoVersion, ruleSetVersion);
    }

    public ReportOptions withFailOnWarning(boolean failOnWarning) {
        return new ReportOptions(messages, baseDirectory, failOnWarning, jixiaoVersion, ruleSetVersion);
    }

    public ReportOptions withVersions(String jixiaoVersion, String ruleSetVersion) {
        return new ReportOptions(messages, baseDirectory, failOnWarning, jixiaoVersion, ruleSetVersion);
    }
}
