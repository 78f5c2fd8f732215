package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC.md section 4: a bare number is the number itself, never re-scaled. On a rate, {@code 1} or {@code 0.95} may
 * be a share or a percentage without its sign; the only finding offers both readings and picks neither, {@code 0}
 * gets none, and a number above 1 is a percentage without its sign.
 */
@DisplayName("A bare 1 or 0 on a rate")
class RateConventionTest {

    @ParameterizedTest(name = "{1} {2} → {3}")
    @DisplayName("is answered with both readings, never with one guessed")
    @CsvSource(delimiter = '|', value = {
            "服务对象满意度指标 | 群众满意度       | 1     | 100% 1%",
            "质量指标           | 验收合格率       | ≥0.95 | ≥95% ≥0.95%",
            "数量指标           | 设备采购完成率   | 1     | 100% 1%",
            "服务对象满意度指标 | 群众满意度       | 95    | 95%",
            "服务对象满意度指标 | 群众满意度       | 0     | -",
            "数量指标           | 培训人数         | 1     | 1人"})
    void bothReadings(String level2, String name, String value, String suggestions) {
        List<Finding> findings = check(level2, name, value);
        if (suggestions.equals("-")) {
            assertEquals(List.of(), findings, "0 needs no unit");
            return;
        }
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("VALUE-MISSING-UNIT", finding.ruleId());
        String message = Messages.chinese().message(finding);
        for (String suggestion : suggestions.split(" ")) {
            assertTrue(message.contains("「" + suggestion + "」"), message);
        }
        if (suggestions.contains(" ")) {
            assertEquals("rule.VALUE-MISSING-UNIT.fraction", finding.messageKey());
        }
    }

    private static List<Finding> check(String level2, String name, String value) {
        String yaml = """
                格式版本: 2
                部门名称: 示例部门
                年度: 2024
                金额单位: 万元
                项目:
                  - 项目名称: 示例项目
                    绩效指标:
                      - 二级指标: %s
                        三级指标: %s
                        指标值: '%s'
                """.formatted(level2, name, value);
        Path file = Path.of("rate.yaml");
        ParseResult parsed = new FilingParser().parse(file, yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.findings());
        return new RuleEngine(RuleSet.all().stream()
                .filter(r -> r.diagnostic().id().startsWith("VALUE-")).toList(), RuleConfig.DEFAULTS)
                .check(file, parsed.filing().orElseThrow(), parsed.positions(), Optional.empty());
    }
}
