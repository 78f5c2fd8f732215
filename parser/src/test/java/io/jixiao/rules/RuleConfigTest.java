package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Severity overrides")
class RuleConfigTest {

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
        RuleConfig config = RuleConfig.parse("VALUE-COST=off, DUP-GOAL=ERROR;HISTORY-BELOW=warning");
        assertEquals(Map.of("VALUE-COST", Level.OFF, "DUP-GOAL", Level.ERROR, "HISTORY-BELOW", Level.WARNING),
                config.overrides());
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
    @DisplayName("a rule's default severity is what it reports with when not overridden")
    void defaultsAreTheRulesOwn() {
        for (Rule rule : RuleSet.all()) {
            assertEquals(Optional.of(rule.defaultSeverity()), RuleConfig.DEFAULTS.severityOf(rule));
        }
        assertTrue(RuleSet.all().stream().anyMatch(r -> r.defaultSeverity() == Severity.ERROR));
    }
}
