package io.jixiao.maven;

import io.jixiao.build.BuildOptions;
import io.jixiao.build.JixiaoBuild;
import io.jixiao.finding.Severity;
import io.jixiao.report.JixiaoVersion;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The parameters both goals share and the one way they are turned into a {@link BuildOptions}. The goals stay thin
 * adapters: all checking and rendering is done by {@link JixiaoBuild}, which knows nothing of Maven, so the same
 * behaviour is available to other build tools.
 */
abstract class AbstractJixiaoMojo extends AbstractMojo {

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
     * directory ({@code target/jixiao}).
     */
    @Parameter(property = "jixiao.outputDirectory")
    File outputDirectory;

    /**
     * The project's build directory. Without a POM, Maven's stub project leaves it as the unresolved text
     * {@code ${project.basedir}/target}, so {@link #outputDirectory()} falls back to {@code target} in {@code basedir}.
     */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** The renderings to write: {@code xlsx}, {@code html} or both. */
    @Parameter(property = "jixiao.formats", defaultValue = "xlsx,html")
    String formats;

    /** Whether warnings fail the check like errors (strict mode). */
    @Parameter(property = "jixiao.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Severity overrides such as {@code VALUE-COST=off, DUP-GOAL=error} (levels: off, info, warning, error). */
    @Parameter(property = "jixiao.rules")
    String rules;

    /** The taxonomy profile for filings that declare none. */
    @Parameter(property = "jixiao.profile", defaultValue = "national-2020")
    String profile;

    /** Language of messages: {@code zh} or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh")
    String locale;

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

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || goalSkipped()) {
            getLog().info("jixiao: " + goal() + " skipped");
            return;
        }
        BuildOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("jixiao: bad configuration: " + e.getMessage(), e);
        }
        try {
            run(new JixiaoBuild(options, this::log, System.getenv()), options);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("jixiao: " + goal() + " failed: " + e.getMessage(), e);
        }
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /** Whether the goal's own skip flag is set. */
    abstract boolean goalSkipped();

    /** Runs the goal's one {@link JixiaoBuild} call and turns its summary into the build's verdict. */
    abstract void run(JixiaoBuild build, BuildOptions options) throws IOException, MojoFailureException;

    /** Every parameter mapped onto the library's options. */
    BuildOptions options() {
        Map<ReportFormat, File> explicit = new EnumMap<>(ReportFormat.class);
        putIfSet(explicit, ReportFormat.SARIF, sarifFile);
        putIfSet(explicit, ReportFormat.JUNIT, junitFile);
        putIfSet(explicit, ReportFormat.GITLAB, gitlabFile);
        Path out = outputDirectory();
        return new BuildOptions(directory.toPath(), ParameterParsing.list(includes), ParameterParsing.list(excludes),
                out, ParameterParsing.formats(formats), failOnWarning, RuleConfig.parse(rules),
                ParameterParsing.profile(profile), ParameterParsing.locale(locale),
                ParameterParsing.reports(reports, out, explicit),
                relativePaths ? basedir.toPath() : null, JixiaoVersion.get());
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

    /** Sends a line to Maven's log at the level of the finding it reports. */
    private void log(Severity severity, String line) {
        if (severity == Severity.ERROR) {
            getLog().error(line);
        } else if (severity == Severity.WARNING) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }
}
