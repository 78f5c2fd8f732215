package io.jixiao.maven;

import io.jixiao.check.CheckOptions;
import io.jixiao.finding.Diagnostic;
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
        CheckOptions options = mojo.checkOptions();
        assertEquals(BASEDIR.resolve("filings"), options.directory());
        assertEquals(CheckOptions.DEFAULT_INCLUDES, options.includes());
        assertEquals(List.of(), options.excludes());
        assertEquals(BASEDIR.resolve("target/jixiao"), mojo.outputDirectory());
        assertFalse(options.failOnWarning());
        assertEquals(Map.of(), options.rules().overrides());
        assertEquals("national-2020", options.defaultProfile());
        assertEquals(Locale.CHINESE, options.locale());
        assertEquals(Map.of(), options.reports());
        assertEquals(BASEDIR, options.baseDirectory());
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
        assertTrue(failure.getMessage().startsWith("jixiao: 0 errors and 1 warning in 1 filing;"), failure.getMessage());
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
        verify(log).info("jixiao：已跳过 check。");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "errors")
    @MojoParameter(name = "skipCheck", value = "true")
    @DisplayName("does nothing when jixiao.check.skip is set")
    void skipCheck(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("jixiao：已跳过 check。");
        verify(log, never()).error(argThat((CharSequence line) -> true));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "does-not-exist")
    @DisplayName("reports a missing folder of filings as a configuration fault, not as findings")
    void missingDirectory(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("jixiao：check 未能完成：找不到填报文件夹")
                && e.getMessage().contains("does-not-exist"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "directory", value = FILINGS + "does-not-exist")
    @MojoParameter(name = "locale", value = "en")
    @DisplayName("says so in English when asked")
    void missingDirectoryInEnglish(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("jixiao: check failed: not a folder of filings: ")
                && e.getMessage().contains("does-not-exist"), e.getMessage());
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
            assertFault(mojo, "未知的语言「fr」");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "reports", value = "sarif,csv")
        @DisplayName("a report format that does not exist")
        void badReport(CheckMojo mojo) {
            assertFault(mojo, "「csv」不是可写入文件的报告格式");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "profile", value = "atlantis")
        @DisplayName("a taxonomy profile that does not exist")
        void badProfile(CheckMojo mojo) {
            assertFault(mojo, "未知的指标体系「atlantis」");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "rules", value = "VALUE-COST=of")
        @DisplayName("a misspelt rule level gets the closest level")
        void misspeltRuleLevel(CheckMojo mojo) {
            assertFault(mojo, "「VALUE-COST」的级别「of」无效，是否应为「off」？");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "rules", value = "VALUE-COTS=warn")
        @DisplayName("a misspelt rule id gets the closest id")
        void misspeltRuleId(CheckMojo mojo) {
            assertFault(mojo, "没有编号为「VALUE-COTS」的检查，是否应为「VALUE-COST」？");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "locale", value = "cn")
        @DisplayName("a common other name of a language gets the language's code")
        void otherNameOfLocale(CheckMojo mojo) {
            assertFault(mojo, "未知的语言「cn」（jixiao.locale），是否应为「zh」？");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "profile", value = "湖南")
        @DisplayName("a profile named as people name it gets its id")
        void profileByName(CheckMojo mojo) {
            assertFault(mojo, "未知的指标体系「湖南」（jixiao.profile），是否应为「hunan-appendix」？");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "profile", value = "national2020")
        @DisplayName("a misspelt profile gets the closest id")
        void misspeltProfile(CheckMojo mojo) {
            assertFault(mojo, "是否应为「national-2020」？");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "reports", value = "sarf,codequality")
        @DisplayName("a misspelt report format gets the closest format")
        void misspeltReport(CheckMojo mojo) {
            assertFault(mojo, "「sarf」不是可写入文件的报告格式（jixiao.reports），是否应为「sarif」？");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "reports", value = "github")
        @DisplayName("github as a report is explained: annotations need no setting")
        void githubReport(CheckMojo mojo) {
            assertFault(mojo, "GITHUB_ACTIONS=true");
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "reports", value = "sarif,csv")
        @MojoParameter(name = "locale", value = "en")
        @DisplayName("says it in English when asked, with no Java text")
        void inEnglish(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertEquals("jixiao: bad configuration: not a report format written to a file: csv (jixiao.reports; "
                    + "known: sarif, junit, gitlab)", e.getMessage());
        }

        @Test
        @InjectMojo(goal = "check")
        @MojoParameter(name = "directory", value = FILINGS + "valdi")
        @DisplayName("a folder of filings misspelt beside the right one gets that one")
        void misspeltDirectory(CheckMojo mojo) {
            assertFault(mojo, "（jixiao.directory），是否应为旁边的「valid」？");
        }

        private void assertFault(CheckMojo mojo, String named) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().startsWith("jixiao：配置有误：") && e.getMessage().contains(named),
                    e.getMessage());
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
        @DisplayName("maps each jixiao.* property onto the check options")
        void mapped(CheckMojo mojo) {
            CheckOptions options = mojo.checkOptions();
            assertEquals(BASEDIR.resolve("src/test/resources/filings/valid"), options.directory());
            assertEquals(List.of("a/*.yaml", "b/*.yaml"), options.includes());
            assertEquals(List.of("**/draft-*.yaml"), options.excludes());
            Path out = BASEDIR.resolve("target/unit/props");
            assertEquals(out, mojo.outputDirectory());
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
            for (Path report : mojo.checkOptions().reports().values()) {
                assertTrue(report.toFile().length() > 0, report + " is empty");
            }
            assertTrue(new File(BASEDIR.toFile(), "target/unit/custom.sarif").isFile());
        }
    }
}
