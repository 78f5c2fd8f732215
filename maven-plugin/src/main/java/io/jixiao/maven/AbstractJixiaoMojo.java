package io.jixiao.maven;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.FilingReader;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters both goals share and the one way they are turned into the check's {@link CheckOptions}. The goals
 * stay thin adapters: checking is done by {@link FolderCheck} in the parser, rendering by the render module's site
 * render, and neither knows anything of Maven, so the same behaviour is available to other build tools.
 *
 * <p>Both goals need the checked folder. The first one in a project's build keeps it in the plugin context, which
 * Maven shares between this plugin's goals for one project, and the second reuses it when the configuration and
 * every file are unchanged, so each filing is parsed once whatever the order of the goals.
 */
abstract class AbstractJixiaoMojo extends LocalizedMojo {

    /**
     * The folder of filings, usually {@code filings/<部门>/<年度>.yaml}. The default is written with
     * {@code ${basedir}}, which is the project folder, or the current folder when Maven runs without a POM (where
     * {@code ${project.basedir}} is not set).
     */
    @Parameter(property = "jixiao.directory", defaultValue = "${basedir}/filings")
    File directory;

    /** Comma-separated globs of filings to take, relative to {@code directory}; default: every .yaml and .yml file. */
    @Parameter(property = "jixiao.includes")
    String includes;

    /** Comma-separated globs of files to leave out, relative to {@code directory}. */
    @Parameter(property = "jixiao.excludes")
    String excludes;

    /**
     * Where workbooks, pages, the index and reports are written; default {@code jixiao} in the project's build
     * directory ({@code target/jixiao}). The incremental check remembers findings in its {@code .cache} folder.
     */
    @Parameter(property = "jixiao.outputDirectory")
    File outputDirectory;

    /**
     * The project's build directory. Without a POM, Maven's stub project leaves it as the unresolved text
     * {@code ${project.basedir}/target}, so {@link #outputDirectory()} falls back to {@code target} in {@code basedir}.
     */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** Whether warnings fail the check like errors (strict mode). */
    @Parameter(property = "jixiao.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Severity overrides such as {@code VALUE-COST=off, DUP-GOAL=error} (levels: off, info, warning, error). */
    @Parameter(property = "jixiao.rules")
    String rules;

    /** The taxonomy profile for filings that declare none. */
    @Parameter(property = "jixiao.profile", defaultValue = "national-2020")
    String profile;

    /** Comma-separated report files to write: {@code sarif}, {@code junit}, {@code gitlab}. */
    @Parameter(property = "jixiao.reports")
    String reports;

    /** Where the SARIF report goes; default {@code jixiao.sarif} in {@code outputDirectory}. */
    @Parameter(property = "jixiao.sarifFile")
    File sarifFile;

    /** Where the JUnit XML report goes; default {@code TEST-jixiao.xml} in {@code outputDirectory}. */
    @Parameter(property = "jixiao.junitFile")
    File junitFile;

    /** Where the GitLab Code Quality report goes; default {@code gl-code-quality-report.json} in {@code outputDirectory}. */
    @Parameter(property = "jixiao.gitlabFile")
    File gitlabFile;

    /** Whether paths in messages and reports are shown relative to the project folder (else absolute). */
    @Parameter(property = "jixiao.relativePaths", defaultValue = "true")
    boolean relativePaths;

    /** Skips both goals. */
    @Parameter(property = "jixiao.skip", defaultValue = "false")
    boolean skip;

    /** The project folder; with no POM, the folder Maven was started in. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** How filings are parsed: the standard parser unless a test counts the parses. */
    FilingReader reader;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        ConsoleEncoding console = startConsole();
        Messages messages = messages();
        if (skip || goalSkipped()) {
            console.info(messages.format("build.skipped", goal()));
            return;
        }
        FolderCheck check;
        try {
            CheckOptions options = checkOptions();
            check = reader != null ? new FolderCheck(options, reader) : new FolderCheck(options);
            validate();
        } catch (IllegalArgumentException e) {
            throw shown(new MojoExecutionException(messages.format("build.badConfiguration", e.getMessage()), e));
        }
        try {
            run(check, messages);
        } catch (IOException | UncheckedIOException e) {
            throw shown(new MojoExecutionException(messages.format("build.goalFailed", goal(), e.getMessage()), e));
        } catch (MojoFailureException e) {
            throw shown(e);
        }
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /** Whether the goal's own skip flag is set. */
    abstract boolean goalSkipped();

    /**
     * Checks the goal's own parameters before any filing is read.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    void validate() {
    }

    /** Runs the goal's library call and turns its summary into the build's verdict. */
    abstract void run(FolderCheck check, Messages messages)
            throws IOException, MojoFailureException, MojoExecutionException;

    /** The shared parameters mapped onto the check's options. */
    CheckOptions checkOptions() {
        ParameterParsing parsing = parsing();
        Map<ReportFormat, File> explicit = new EnumMap<>(ReportFormat.class);
        putIfSet(explicit, ReportFormat.SARIF, sarifFile);
        putIfSet(explicit, ReportFormat.JUNIT, junitFile);
        putIfSet(explicit, ReportFormat.GITLAB, gitlabFile);
        Path out = outputDirectory();
        return new CheckOptions(parsing.directory(directory.toPath()), ParameterParsing.list(includes),
                ParameterParsing.list(excludes),
                parsing.rules(rules), parsing.profile(profile), parsing.locale(locale), failOnWarning,
                parsing.reports(reports, out, explicit), relativePaths ? basedir.toPath() : null,
                out.resolve(".cache"));
    }

    /** Parameter faults are reported in the configured language (Chinese when the language itself is bad). */
    ParameterParsing parsing() {
        return new ParameterParsing(messages());
    }

    /**
     * The map this plugin's goals share for the project being built (Maven's plugin context); a map of its own when
     * the goal runs without one, as in unit tests that do not set it.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> shared() {
        Map<?, ?> context = getPluginContext();
        return context == null ? new HashMap<>() : (Map<String, Object>) context;
    }

    /** Sends a line to the build log at the level of the finding it reports (null: plain information). */
    void log(Severity severity, String line) {
        console().line(severity, line);
    }

    /** Prints lines as they are, each at the start of a line: GitHub Actions workflow commands. */
    void raw(String lines) {
        console().raw(lines);
    }

    /** The configured output folder, else {@code jixiao} in the build directory (see {@link #buildDirectory}). */
    Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        boolean resolved = buildDirectory != null && !buildDirectory.getPath().contains("${");
        return (resolved ? buildDirectory : new File(basedir, "target")).toPath().resolve("jixiao");
    }

    private static void putIfSet(Map<ReportFormat, File> map, ReportFormat format, File file) {
        if (file != null) {
            map.put(format, file);
        }
    }
}
