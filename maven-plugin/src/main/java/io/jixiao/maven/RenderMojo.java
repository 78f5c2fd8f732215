package io.jixiao.maven;

import io.jixiao.build.BuildOptions;
import io.jixiao.build.JixiaoBuild;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/**
 * Renders each valid filing to its official Excel layout and an HTML page, plus an index of all filings. Findings
 * never fail this goal (that is what {@code check} is for), so the pages can show a draft's problems to reviewers;
 * filings whose outputs are up to date are left untouched.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractJixiaoMojo {

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
    void run(JixiaoBuild build, BuildOptions options) throws IOException {
        build.render();
    }
}
