package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cases a review found, kept so they stay fixed. */
@DisplayName("Rule regressions")
class ReviewRegressionTest {

    private static List<String> run(String rule, String yaml) {
        ParseResult parsed = new FilingParser().parse(Path.of("t.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.findings());
        List<Finding> findings = new RuleEngine(List.of(RuleSet.byId(rule).orElseThrow()), RuleConfig.DEFAULTS)
                .check(parsed.file(), parsed.filing().orElseThrow(), parsed.positions(), Optional.empty());
        return findings.stream().map(f -> f.line() + " " + f.messageKey()).toList();
    }

    @Test
    @DisplayName("two funds with a direction of the same name are paired by 所属专项, not by order")
    void sameDirectionNameUnderTwoFunds() {
        String yaml = """
                格式版本: 1
                部门名称: 测试部门
                年度: 2024
                金额单位: 万元
                专项资金汇总:
                  合计: 30
                  专项:
                    - 序号: 一
                      名称: 甲专项
                      金额: 10
                      支出方向:
                        - {序号: 1, 名称: 办公经费, 金额: 10}
                    - 序号: 二
                      名称: 乙专项
                      金额: 20
                      支出方向:
                        - {序号: 1, 名称: 办公经费, 金额: 20}
                支出方向:
                  - 名称: 办公经费
                    所属专项: {名称: 乙专项, 金额: 20}
                    项目金额: 20
                  - 名称: 办公经费
                    所属专项: {名称: 甲专项, 金额: 10}
                    项目金额: 10
                """;
        assertEquals(List.of(), run("CROSS-SUMMARY", yaml));
    }

    @Test
    @DisplayName("a 上年值 written / (not applicable) falls back to the latest dated history value")
    void notApplicableLastYearFallsBackToDatedHistory() {
        String yaml = """
                格式版本: 1
                部门名称: 测试部门
                年度: 2024
                金额单位: 万元
                部门整体:
                  年度绩效指标:
                    - 一级指标: 产出指标
                      二级指标: 数量指标
                      三级指标: 培训次数
                      指标值: 5次
                      历史值: {上年值: /, 2022: 8次}
                """;
        assertEquals(1, run("HISTORY-BELOW", yaml).size());
    }

    @Test
    @DisplayName("a form that prints no sign-off is never asked for one; one that does is told what is missing")
    void signOffOnlyWhereTheFormPrintsIt() {
        String body = """
                格式版本: 1
                部门名称: 测试部门
                年度: 2024
                模板: %s
                金额单位: 万元
                部门整体:
                  年度绩效指标:
                    - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训次数, 指标值: 5次}
                """;
        for (String template : List.of("generic", "shandong-duty", "hebei-project")) {
            assertEquals(List.of(), run("FORM-SIGNOFF", body.formatted(template)), template);
        }
        assertEquals(List.of("4 rule.FORM-SIGNOFF.missing"), run("FORM-SIGNOFF", body.formatted("hubei-overall")));
    }

    @Test
    @DisplayName("a placeholder satisfaction value is reported once, as a placeholder, not also as not a percentage")
    void placeholderSatisfactionOnce() {
        String yaml = """
                格式版本: 1
                部门名称: 测试部门
                年度: 2024
                金额单位: 万元
                部门整体:
                  年度绩效指标:
                    - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 群众满意度, 指标值: 无}
                """;
        assertEquals(List.of("7 rule.VALUE-PLACEHOLDER.required"), run("VALUE-PLACEHOLDER", yaml));
        assertEquals(List.of(), run("VALUE-SATISFACTION", yaml));
    }
}
