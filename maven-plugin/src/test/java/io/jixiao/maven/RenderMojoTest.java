package io.jixiao.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.verify;

@MojoTest
@DisplayName("The render goal")
class RenderMojoTest {

    private static final Path BASEDIR = Path.of(MojoExtension.getBasedir()).toAbsolutePath();

    @Inject
    private Log log;

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "outputDirectory", value = "target/unit/render-valid")
    @DisplayName("writes the workbook, the page and the index of a valid filing")
    void renders(RenderMojo mojo) throws Exception {
        mojo.execute();
        Path out = BASEDIR.resolve("target/unit/render-valid");
        for (String file : new String[] {"a/2024.xlsx", "a/2024.html", "index.html"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        verify(log).info(contains("份填报文件"));
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/errors")
    @MojoParameter(name = "outputDirectory", value = "target/unit/render-errors")
    @MojoParameter(name = "formats", value = "html")
    @DisplayName("does not fail the build for a filing with errors, and leaves it out")
    void errorsDoNotFail(RenderMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        Path out = BASEDIR.resolve("target/unit/render-errors");
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("a/2024.html")));
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "outputDirectory", value = "target/unit/render-skipped")
    @MojoParameter(name = "skipRender", value = "true")
    @DisplayName("does nothing when jixiao.render.skip is set")
    void skipRender(RenderMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("jixiao: render skipped");
        assertFalse(Files.exists(BASEDIR.resolve("target/unit/render-skipped")));
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "outputDirectory", value = "target/unit/render-html")
    @MojoParameter(name = "formats", value = "html")
    @DisplayName("writes only pages when only html is asked for")
    void htmlOnly(RenderMojo mojo) throws Exception {
        mojo.execute();
        Path out = BASEDIR.resolve("target/unit/render-html");
        assertTrue(Files.isRegularFile(out.resolve("a/2024.html")));
        assertFalse(Files.exists(out.resolve("a/2024.xlsx")));
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "formats", value = "pdf")
    @DisplayName("refuses an output format that does not exist")
    void badFormat(RenderMojo mojo) {
        assertThrows(MojoExecutionException.class, mojo::execute);
    }
}
