package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("MONEY-PROJECTS compares project money with the department's own table")
class ProjectsWithinDepartmentRuleTest {

    private static final String HEAD = """
            格式版本: 1
            部门名称: 示例县文化旅游局
            年度: 2025
            金额单位: %s
            """;
    private static final String REQUEST = """
            部门整体:
              年度预算申请:
                资金总额: 400
                按支出性质分:
                  基本支出: 150
                  项目支出: 250
            """;

    @Test
    @DisplayName("800000 万元 against 项目支出 250 asks whether 元 was taken for 万元, and says what it is in 万元")
    void yuanWrittenAsWan() {
        List<Finding> found = check("万元", REQUEST + """
                项目:
                  - 项目名称: 非遗保护传承
                    预算数: 800000
                """);
        assertEquals(List.of("rule.MONEY-PROJECTS.projectUnit"), keys(found));
        String zh = Messages.chinese().message(found.get(0));
        assertTrue(zh.contains("「部门整体 › 年度预算申请 › 按支出性质分 › 项目支出」250万元")
                && zh.contains("是否把元当成了万元？800000 元只有 80万元"), zh);
        String en = Messages.forLocale(Locale.ENGLISH).message(found.get(0));
        assertTrue(en.contains("was an amount in 元 written as 万元? 800000 元 is only 80万元"), en);
    }

    @Test
    @DisplayName("a project a little above the limit is named without guessing at the unit")
    void slightlyAbove() {
        assertEquals(List.of("rule.MONEY-PROJECTS.project"), keys(check("万元", REQUEST + """
                项目:
                  - 项目名称: 公共图书馆免费开放
                    预算数: 260
                """)));
    }

    @Test
    @DisplayName("an amount with its own unit, or a 元 filing, gets no unit guess")
    void noGuessWhenTheUnitIsWritten() {
        assertEquals(List.of("rule.MONEY-PROJECTS.project"), keys(check("万元", REQUEST + """
                项目:
                  - 项目名称: 非遗保护传承
                    预算数: 8000万元
                """)));
        assertEquals(List.of("rule.MONEY-PROJECTS.project"), keys(check("元", REQUEST + """
                项目:
                  - 项目名称: 非遗保护传承
                    预算数: 8000
                """)));
    }

    @Test
    @DisplayName("projects that fit one by one but not together are reported once, at 项目支出")
    void sumOfProjects() {
        List<Finding> found = check("万元", REQUEST + """
                项目:
                  - 项目名称: 甲
                    预算数: 150
                  - 项目名称: 乙
                    预算数: 120.5
                """);
        assertEquals(List.of("rule.MONEY-PROJECTS.projects"), keys(found));
        assertEquals("/部门整体/年度预算申请/按支出性质分/项目支出", found.get(0).pointer());
        assertTrue(Messages.chinese().message(found.get(0)).startsWith("2 个项目的预算数合计 270.5万元"),
                Messages.chinese().message(found.get(0)));
    }

    @Test
    @DisplayName("projects within 项目支出 are fine, also when only the key ones are filed")
    void withinTheLimit() {
        assertEquals(List.of(), check("万元", REQUEST + """
                项目:
                  - 项目名称: 甲
                    预算数: 150
                  - 项目名称: 乙
                    预算数: 100
                """));
    }

    @Test
    @DisplayName("without 项目支出, the total budget is the limit")
    void totalAsLimit() {
        List<Finding> found = check("万元", """
                部门整体:
                  年度预算申请:
                    资金总额: 400
                项目:
                  - 项目名称: 甲
                    预算数: 401
                """);
        assertEquals(List.of("rule.MONEY-PROJECTS.project"), keys(found));
        assertTrue(Messages.chinese().message(found.get(0)).contains("「部门整体 › 年度预算申请 › 资金总额」400万元"));
    }

    @Test
    @DisplayName("the Hubei form's 项目支出 line of 支出构成 is the limit")
    void hubeiSpendingLine() {
        List<Finding> found = check("万元", """
                部门整体:
                  资金情况:
                    支出构成:
                      明细:
                        - 项目: 基本支出
                          当年预算: 417.28
                        - 项目: 项目支出
                          当年预算: 300
                      合计:
                        当年预算: 717.28
                项目:
                  - 项目名称: 甲
                    预算数: 3000000
                """);
        assertEquals(List.of("rule.MONEY-PROJECTS.projectUnit"), keys(found));
        assertTrue(Messages.chinese().message(found.get(0)).contains("明细[2] › 当年预算」300万元"),
                Messages.chinese().message(found.get(0)));
    }

    @Test
    @DisplayName("spending directions without a summary table are added up; a single one in 元 gets the unit question")
    void spendingDirections() {
        List<Finding> found = check("万元", REQUEST + """
                支出方向:
                  - 名称: 文化惠民
                    项目金额: 315000
                """);
        assertEquals(List.of("rule.MONEY-PROJECTS.directionsUnit"), keys(found));
        assertEquals("/支出方向/0/项目金额", found.get(0).pointer());
    }

    @Test
    @DisplayName("a special-fund summary without a total is added up from its funds")
    void fundsWithoutTotal() {
        List<Finding> found = check("万元", REQUEST + """
                专项资金汇总:
                  专项:
                    - 名称: 甲专项
                      金额: 200
                    - 名称: 乙专项
                      金额: 100
                """);
        assertEquals(List.of("rule.MONEY-PROJECTS.funds"), keys(found));
        assertTrue(Messages.chinese().message(found.get(0)).startsWith("专项资金合计 300万元"));
    }

    @Test
    @DisplayName("a filing whose department-wide table has no amounts is not judged")
    void noLimit() {
        assertEquals(List.of(), check("万元", """
                项目:
                  - 项目名称: 甲
                    预算数: 800000
                """));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::messageKey).toList();
    }

    private static List<Finding> check(String unit, String body) {
        String yaml = HEAD.formatted(unit) + body;
        Path file = Path.of("2025.yaml");
        ParseResult parsed = new FilingParser().parse(file, yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.findings(), yaml);
        return new RuleEngine(List.of(new ProjectsWithinDepartmentRule()), RuleConfig.DEFAULTS)
                .check(file, parsed.filing().orElseThrow(), parsed.positions(), Optional.empty());
    }
}
