package io.jixiao.rules;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FilingChecker;
import io.jixiao.finding.ConfigurationException;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Severity overrides")
class RuleConfigTest {

    @TempDir
    Path dir;

    /** A project whose goal is written twice and whose cost indicator is a percentage. */
    private static final String FILING = """
            格式版本: 1
            部门名称: 测试部门
            年度: 2024
            金额单位: 元
            项目:
              - 项目名称: 车辆保险费
                预算数: 4000
                财政资金: 4000
                其他资金: 0
                绩效目标:
                  - 公务用车正常运转
                  - 公务用车正常运转
                绩效指标:
                  - 一级指标: 产出指标
                    二级指标: 成本指标
                    三级指标: 资金成本
                    指标值: ≥90%
            """;

    @Test
    @DisplayName("reads ID=level entries separated by commas, in any case")
    void parses() {
        RuleConfig config = RuleConfig.parse("VALUE-COST=off, DUP-GOAL=ERROR;history-below=warning SCHEMA-RANGE=info");
        assertEquals(Map.of(Diagnostic.VALUE_COST, Level.OFF, Diagnostic.DUP_GOAL, Level.ERROR,
                Diagnostic.HISTORY_BELOW, Level.WARNING, Diagnostic.SCHEMA_RANGE, Level.INFO), config.overrides());
        assertEquals(Map.of(), RuleConfig.parse("  ").overrides());
    }

    @Test
    @DisplayName("names the entry when the rule id is unknown or the level is not off/info/warning/error")
    void rejectsWhatItCannotRead() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuleConfig.parse("NO-SUCH-RULE=off"))
                .getMessage().contains("NO-SUCH-RULE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuleConfig.parse("DUP-GOAL=loud"))
                .getMessage().contains("DUP-GOAL"));
        assertThrows(IllegalArgumentException.class, () -> RuleConfig.parse("DUP-GOAL"));
    }

    @Test
    @DisplayName("suggests the declared id closest to a mistyped one, in Chinese and in English")
    void suggestsTheIdMeant() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleConfig.parse("VALUE-COTS=off"));
        assertEquals("没有编号为「VALUE-COTS」的检查，是否应为「VALUE-COST」？", e.message(Messages.chinese()));
        assertEquals("unknown rule id: VALUE-COTS; did you mean VALUE-COST?",
                e.message(Messages.forLocale(Locale.ENGLISH)));
        assertEquals(e.message(Messages.forLocale(Locale.ENGLISH)), e.getMessage());
    }

    @Test
    @DisplayName("refuses to change the errors that make a filing unreadable, saying why in the user's language")
    void syntaxErrorsStayErrors() {
        for (Diagnostic fixed : Diagnostic.all().stream().filter(d -> !d.overridable()).toList()) {
            for (String level : List.of("off", "warning", "error")) {
                ConfigurationException e = assertThrows(ConfigurationException.class,
                        () -> RuleConfig.parse(fixed.id() + "=" + level), fixed.id());
                assertTrue(e.message(Messages.chinese()).contains("「" + fixed.id() + "」")
                        && e.message(Messages.chinese()).contains("不能调整"), e.message(Messages.chinese()));
                assertTrue(e.message(Messages.forLocale(Locale.ENGLISH)).contains("cannot be overridden"));
            }
        }
        assertThrows(ConfigurationException.class, () -> new RuleConfig(Map.of(Diagnostic.YAML_SYNTAX, Level.OFF)));
        assertTrue(Diagnostic.YAML_SYNTAX.overridable() == false && Diagnostic.FILE_ENCODING.overridable() == false
                && Diagnostic.YAML_DUPLICATE_KEY.overridable() == false);
    }

    @Test
    @DisplayName("an overridable schema check, lowered or switched off, lets the filing through to the rules")
    void overridableSchemaChecks() {
        String yearOutOfRange = FILING.replace("年度: 2024", "年度: 1999");
        ParseResult strict = new FilingParser().parse(Path.of("t.yaml"),
                yearOutOfRange.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("SCHEMA-RANGE ERROR"), strict.findings().stream()
                .map(f -> f.ruleId() + " " + f.severity()).toList());
        assertTrue(strict.filing().isEmpty());

        RuleConfig lowered = RuleConfig.parse("SCHEMA-RANGE=warning");
        CheckResult result = check(lowered, yearOutOfRange);
        assertEquals(List.of("DUP-GOAL WARNING", "SCHEMA-RANGE WARNING", "VALUE-COST WARNING"), ids(result));
        assertEquals(List.of("DUP-GOAL WARNING", "VALUE-COST WARNING"),
                ids(check(RuleConfig.parse("SCHEMA-RANGE=off"), yearOutOfRange)));
    }

    @Test
    @DisplayName("every overridable schema check, switched off, lets the rules check the filing without an internal "
            + "error")
    void everyOverridableSchemaCheckIsSafe() {
        Map<Diagnostic, String> defects = Map.of(
                Diagnostic.SCHEMA_RANGE, FILING.replace("年度: 2024", "年度: 2101"),
                Diagnostic.SCHEMA_EMPTY, FILING.replace("部门名称: 测试部门", "部门名称: ''")
                        .replace("项目名称: 车辆保险费", "项目名称: ''"),
                Diagnostic.SCHEMA_TOO_LONG, FILING.replace("部门名称: 测试部门", "部门名称: " + "长".repeat(20_001)));
        List<Diagnostic> overridableSchema = Diagnostic.all().stream()
                .filter(d -> d.group() == Diagnostic.Group.SCHEMA && d.overridable()).toList();
        assertEquals(new java.util.HashSet<>(overridableSchema), defects.keySet(), "a defect for each");
        defects.forEach((diagnostic, filing) -> {
            assertTrue(ids(check(RuleConfig.DEFAULTS, filing)).contains(diagnostic.id() + " ERROR"), diagnostic.id());
            List<String> off = ids(check(new RuleConfig(Map.of(diagnostic, Level.OFF)), filing));
            assertEquals(List.of("DUP-GOAL WARNING", "VALUE-COST WARNING"), off, diagnostic.id());
        });
    }

    private CheckResult check(RuleConfig config, String filing) {
        try {
            // Named without a year: these filings change 年度, which a file named for a year would report too.
            Path file = java.nio.file.Files.writeString(dir.resolve("filing.yaml"), filing, StandardCharsets.UTF_8);
            return new FilingChecker(config).check(List.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> ids(CheckResult result) {
        return result.findings().stream().map(f -> f.ruleId() + " " + f.severity()).sorted().toList();
    }

    @Test
    @DisplayName("by default both defects are warnings; overrides silence one and raise the other to an error")
    void overridesApply() {
        assertEquals(List.of("DUP-GOAL WARNING", "VALUE-COST WARNING"), run(RuleConfig.DEFAULTS));
        assertEquals(List.of("DUP-GOAL ERROR"), run(RuleConfig.parse("VALUE-COST=off, DUP-GOAL=error")));
        assertEquals(List.of("DUP-GOAL INFO", "VALUE-COST INFO"),
                run(RuleConfig.parse("VALUE-COST=info, DUP-GOAL=info")));
    }

    private static List<String> run(RuleConfig config) {
        ParseResult parsed = new FilingParser().parse(Path.of("t.yaml"), FILING.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = new RuleEngine(config).check(parsed.file(), parsed.filing().orElseThrow(),
                parsed.positions(), Optional.empty());
        return findings.stream().map(f -> f.ruleId() + " " + f.severity()).sorted().toList();
    }

    @Test
    @DisplayName("a diagnostic's default severity is what it reports with when not overridden")
    void defaultsAreTheDeclaredOnes() {
        for (Diagnostic diagnostic : Diagnostic.all()) {
            assertEquals(Optional.of(diagnostic.defaultSeverity()), RuleConfig.DEFAULTS.severityOf(diagnostic));
        }
        assertTrue(RuleSet.all().stream().anyMatch(r -> r.diagnostic().defaultSeverity() == Severity.ERROR));
    }
}
