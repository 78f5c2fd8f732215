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
import java.util.List;
import java.util.Map;

/**
 * Renders every filing that reads into the model to its official Excel layout and an HTML page, plus an index of all
 * filings. Filings with errors are rendered too — their findings beside the rows on the page and as comments on the
 * cells in the workbook — since that is when people most need to see the tables; a filing that cannot be read gets
 * its index line with the errors. Findings never fail this goal (that is what {@code check} is for), and filings
 * whose outputs are up to date are left untouched.
 *
 * <p>Bound to {@code package} by default, a phase before {@code check}'s {@code verify}: in {@code mvn verify} the
 * tables and the index are written before the check can fail the build, whichever order the POM lists the goals
 * in. The folder is checked once per build: the check goal reuses this goal's result.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractJixiaoMojo {

    /** The formats users write, with other names people use for them. */
    private static final Map<String, List<String>> FORMATS = ParameterParsing.choices(
            "xlsx", List.of("excel", "xls", "xlsm", "workbook"),
            "html", List.of("htm", "web", "page", "webpage"));

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
                FORMATS, "config.formats.empty", "config.formats.unknown"), parsing.locale(locale));
    }
}
