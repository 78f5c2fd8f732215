package io.jixiao.maven;

import io.jixiao.build.BuildOptions;
import io.jixiao.build.BuildOptions.OutputFormat;
import io.jixiao.finding.Diagnostic;
import io.jixiao.report.JixiaoVersion;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.Level;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import javax.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@MojoTest
@DisplayName("The check goal")
class CheckMojoTest {

    private static final Path BASEDIR = Path.of(MojoExtension.getBasedir()).toAbsolutePath();
    private static final String FILINGS = "src/test/resources/filings/";

    @Inject
    private Log log;

    @Test
    @InjectMojo(goal = "check")
    @DisplayName("without configuration reads filings/ of the project, writes to target/jixiao, in Chinese")
    void defaults(CheckMojo mojo) {
        BuildOptions options = mojo.options();
        assertEquals(BASEDIR.resolve("filings"), options.directory());
        assertEquals(BuildOptions.DEFAULT_INCLUDES, options.includes());
        assertEquals(List.of(), options.excludes());
        assertEquals(BASEDIR.resolve("target/jixiao"), options.outputDirectory());
        assertEquals(Set.of(OutputFormat.XLSX, OutputFormat.HTML), options.formats());
        assertFalse(options.failOnWarning());
        assertEquals(Map.of(), options.rules().overrides());
        assertEquals("national-2020", options.defaultProfile());
        assertEquals(Locale.CHINESE, options.locale());
        assertEquals(Map.of(), options.reports());
        assertEquals(BASEDIR, options.baseDirectory());
        assertEquals(JixiaoVersion.get(), options.toolVersion());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "valid")
    @DisplayName("passes on valid filings and logs the summary")
    void passes(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        verify(log).info(startsWith("jixiao：检查了 1 份填报文件，错误 0 条"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "errors")
    @DisplayName("logs each error at error level, then fails once with the counts")
    void failsOnErrors(CheckMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("jixiao：1 份填报文件中有 1 条错误、0 条警告"), failure.getMessage());
        verify(log).error(argThat((CharSequence line) -> line.toString().startsWith(
                "src/test/resources/filings/errors/a/2024.yaml:4:7: 错误[SCHEMA-ENUM]")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "warnings")
    @DisplayName("logs warnings at warning level and passes by default")
    void warningsPass(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).warn(argThat((CharSequence line) -> line.toString().contains("VALUE-QUANTITY")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "warnings")
    @MojoParameter(name = "failOnWarning", value = "true")
    @MojoParameter(name = "locale", value = "en")
    @DisplayName("fails on warnings in strict mode, with the message in English when asked")
    void warningsFailWhenStrict(CheckMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("jixiao: 0 errors and 1 warnings"), failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "warnings")
    @MojoParameter(name = "rules", value = "VALUE-QUANTITY=error")
    @DisplayName("applies rule overrides: a warning raised to an error fails the check")
    void ruleOverride(CheckMojo mojo) {
        assertThrows(MojoFailureException.class, mojo::execute);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "errors")
    @MojoParameter(name = "skip", value = "true")
    @DisplayName("does nothing when jixiao.skip is set, not even fail on errors")
    void skip(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("jixiao: check skipped");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "errors")
    @MojoParameter(name = "skipCheck", value = "true")
    @DisplayName("does nothing when jixiao.check.skip is set")
    void skipCheck(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("jixiao: check skipped");
        verify(log, never()).error(argThat((CharSequence line) -> true));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "does-not-exist")
    @DisplayName("reports a missing folder of filings as a configuration fault, not as findings")
    void missingDirectory(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("does-not-exist"), e.getMessage());
    }

    @Nested
    @DisplayName("with bad configuration stops before reading any filing")
    class BadConfiguration {

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "rules", value = "VALUE-COST=loud")
        @DisplayName("a rule level that does not exist")
        void badRuleLevel(CheckMojo mojo) {
            assertFault(mojo, "VALUE-COST");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "rules", value = "NO-SUCH-RULE=off")
        @DisplayName("a rule id that does not exist")
        void badRuleId(CheckMojo mojo) {
            assertFault(mojo, "NO-SUCH-RULE");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "locale", value = "fr")
        @DisplayName("a language without messages")
        void badLocale(CheckMojo mojo) {
            assertFault(mojo, "unknown locale: fr");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "formats", value = "xlsx,pdf")
        @DisplayName("an output format that does not exist")
        void badFormat(CheckMojo mojo) {
            assertFault(mojo, "unknown output format: pdf");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "reports", value = "sarif,csv")
        @DisplayName("a report format that does not exist")
        void badReport(CheckMojo mojo) {
            assertFault(mojo, "unknown report format: csv");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "profile", value = "atlantis")
        @DisplayName("a taxonomy profile that does not exist")
        void badProfile(CheckMojo mojo) {
            assertFault(mojo, "unknown taxonomy profile: atlantis");
        }

        private void assertFault(CheckMojo mojo, String named) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains(named), e.getMessage());
        }
    }

    @Nested
    @DisplayName("with user properties from the command line")
    class UserProperties {

        @Inject
        private MavenSession session;

        @BeforeEach
        void commandLine() {
            var properties = session.getUserProperties();
            properties.setProperty("jixiao.directory", "src/test/resources/filings/valid");
            properties.setProperty("jixiao.includes", "a/*.yaml, b/*.yaml");
            properties.setProperty("jixiao.excludes", "**/draft-*.yaml");
            properties.setProperty("jixiao.outputDirectory", "target/unit/props");
            properties.setProperty("jixiao.formats", "HTML");
            properties.setProperty("jixiao.failOnWarning", "true");
            properties.setProperty("jixiao.rules", "VALUE-COST=off, DUP-GOAL=error");
            properties.setProperty("jixiao.profile", "hunan");
            properties.setProperty("jixiao.locale", "en");
            properties.setProperty("jixiao.reports", "sarif,junit,gitlab");
            properties.setProperty("jixiao.sarifFile", "target/unit/custom.sarif");
            properties.setProperty("jixiao.relativePaths", "false");
        }

        @Test
        @InjectMojo(goal = "check")
        @DisplayName("maps each jixiao.* property onto the build options")
        void mapped(CheckMojo mojo) {
            BuildOptions options = mojo.options();
            assertEquals(BASEDIR.resolve("src/test/resources/filings/valid"), options.directory());
            assertEquals(List.of("a/*.yaml", "b/*.yaml"), options.includes());
            assertEquals(List.of("**/draft-*.yaml"), options.excludes());
            Path out = BASEDIR.resolve("target/unit/props");
            assertEquals(out, options.outputDirectory());
            assertEquals(Set.of(OutputFormat.HTML), options.formats());
            assertTrue(options.failOnWarning());
            assertEquals(Map.of(Diagnostic.VALUE_COST, Level.OFF, Diagnostic.DUP_GOAL, Level.ERROR),
                    options.rules().overrides());
            assertEquals("hunan", options.defaultProfile());
            assertEquals(Locale.ENGLISH, options.locale());
            assertEquals(Map.of(ReportFormat.SARIF, BASEDIR.resolve("target/unit/custom.sarif"),
                    ReportFormat.JUNIT, out.resolve("TEST-jixiao.xml"),
                    ReportFormat.GITLAB, out.resolve("gl-code-quality-report.json")), options.reports());
            assertNull(options.baseDirectory());
        }

        @Test
        @InjectMojo(goal = "check")
        @DisplayName("writes the reports it names")
        void writesReports(CheckMojo mojo) throws Exception {
            mojo.execute();
            for (Path report : mojo.options().reports().values()) {
                assertTrue(report.toFile().length() > 0, report + " is empty");
            }
            assertTrue(new File(BASEDIR.toFile(), "target/unit/custom.sarif").isFile());
        }
    }
}
