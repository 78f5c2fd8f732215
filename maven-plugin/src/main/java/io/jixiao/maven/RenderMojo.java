package io.jixiao.maven;

import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import io.jixiao.render.site.OutputFormat;
import io.jixiao.render.site.SiteOptions;
import io.jixiao.render.site.SiteRender;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Renders each valid filing to its official Excel layout and an HTML page, plus an index of all filings. Findings
 * never fail this goal (that is what {@code check} is for), so the pages can show a draft's problems to reviewers;
 * filings whose outputs are up to date are left untouched. The folder is checked once per build: after the check
 * goal, its result is reused.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractJixiaoMojo {

    /** The renderings to write: {@code xlsx}, {@code html} or both. */
    @Parameter(property = "jixiao.formats", defaultValue = "xlsx,html")
    String formats;

    /** Skips this goal only. */
    @Parameter(property = "jixiao.render.skip", defaultValue = "false")
    boolean skipRender;

    @Override
    String goal() {
        return "render";
    }

    @Override
    boolean goalSkipped() {
        return skipRender;
    }

    @Override
    void validate() {
        siteOptions();
    }

    @Override
    void run(FolderCheck check, Messages messages) throws IOException {
        new SiteRender(siteOptions(), this::log).render(check, shared());
    }

    /** The render parameters mapped onto the site render's options. */
    SiteOptions siteOptions() {
        ParameterParsing parsing = parsing();
        return new SiteOptions(outputDirectory(), parsing.names(formats, OutputFormat.class, OutputFormat::parse,
                Arrays.stream(OutputFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
                "config.formats.empty", "config.formats.unknown"), parsing.locale(locale));
    }
}
