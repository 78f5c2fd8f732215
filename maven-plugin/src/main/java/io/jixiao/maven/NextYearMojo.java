package io.jixiao.maven;

import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import io.jixiao.review.next.NextYear;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes next year's filing of each department (or of the departments named) from its latest one: the year
 * bumped, each indicator's 上年值 set from this year's target, 指标编号 added where missing, comments and formatting
 * kept. An existing file is never overwritten; the new files pass {@code check}.
 */
@Mojo(name = "next-year", threadSafe = true, requiresProject = false)
public class NextYearMojo extends AbstractJixiaoMojo {

    /** Comma-separated department folders (relative to {@code directory}); default: every department. */
    @Parameter(property = "jixiao.department")
    String department;

    @Override
    String goal() {
        return "next-year";
    }

    @Override
    boolean goalSkipped() {
        return false;
    }

    @Override
    void run(FolderCheck check, Messages messages) throws IOException, MojoExecutionException {
        Map<String, Path> latest = NextYear.latest(checkOptions());
        List<Path> sources = new ArrayList<>();
        List<String> asked = ParameterParsing.list(department);
        if (asked.isEmpty()) {
            sources.addAll(latest.values());
        }
        for (String name : asked) {
            Path source = latest.get(name.replace('\\', '/'));
            if (source == null) {
                throw new MojoExecutionException(messages.format("review.next.unknownDepartment", name,
                        List.copyOf(latest.keySet())));
            }
            sources.add(source);
        }
        if (sources.isEmpty()) {
            getLog().info(messages.format("review.next.noFilings", directory.toString()));
            return;
        }
        int written = 0;
        int skipped = 0;
        for (NextYear.Outcome outcome : NextYear.roll(directory.toPath(), sources)) {
            switch (outcome.status()) {
                case WRITTEN -> {
                    written++;
                    getLog().info(messages.format("review.next.written", shown(outcome.target()),
                            shown(outcome.source())));
                }
                case EXISTS -> {
                    skipped++;
                    getLog().warn(messages.format("review.next.exists", shown(outcome.target())));
                }
                case INVALID -> {
                    skipped++;
                    getLog().warn(messages.format("review.next.invalid", shown(outcome.source())));
                }
                case REFUSED -> {
                    skipped++;
                    getLog().warn(messages.format("review.next.refused", shown(outcome.source())));
                }
            }
        }
        getLog().info(messages.format("review.next.summary", written, skipped));
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = basedir.toPath().toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString();
    }
}
