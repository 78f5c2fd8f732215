package io.jixiao.maven;

import io.jixiao.render.site.OutputFormat;
import io.jixiao.render.site.SiteOptions;
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
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    @DisplayName("does not fail the build for a filing with errors, and leaves out one it cannot read")
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
        verify(log).info("jixiao：已跳过 render。");
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
    @DisplayName("refuses an output format that does not exist, naming it and the known ones")
    void badFormat(RenderMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("jixiao：配置有误：未知的输出格式「pdf」（jixiao.formats）；可用：xlsx、html。", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "formats", value = "xslx,html")
    @DisplayName("suggests the closest output format for a misspelt one")
    void misspeltFormat(RenderMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("jixiao：配置有误：未知的输出格式「xslx」（jixiao.formats），是否应为「xlsx」？可用：xlsx、html。",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "formats", value = "excel")
    @MojoParameter(name = "locale", value = "en")
    @DisplayName("answers another name of a format with the format's own, in English when asked")
    void otherNameOfFormat(RenderMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("jixiao: bad configuration: unknown output format: excel (jixiao.formats; known: xlsx, html); "
                + "did you mean xlsx?", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "render")
    @MojoParameter(name = "directory", value = "src/test/resources/filings/valid")
    @MojoParameter(name = "formats", value = " , ")
    @MojoParameter(name = "locale", value = "en")
    @DisplayName("refuses an empty list of output formats, in English when asked")
    void noFormat(RenderMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("jixiao: bad configuration: the parameter formats"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "render")
    @DisplayName("without configuration writes workbooks and pages to target/jixiao, in Chinese")
    void defaults(RenderMojo mojo) {
        SiteOptions options = mojo.siteOptions();
        assertEquals(BASEDIR.resolve("target/jixiao"), options.outputDirectory());
        assertEquals(Set.of(OutputFormat.XLSX, OutputFormat.HTML), options.formats());
        assertEquals(Locale.CHINESE, options.locale());
    }
}
