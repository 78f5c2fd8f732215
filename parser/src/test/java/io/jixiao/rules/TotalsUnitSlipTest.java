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

@DisplayName("MONEY-SUM names the part typed in the other money unit")
class TotalsUnitSlipTest {

    private static final String FILING = """
            格式版本: 1
            部门名称: 示例县体育局
            年度: 2025
            金额单位: %s
            项目:
              - 项目名称: 网球公开赛
                预算数: %s
                财政资金: %s
                其他资金: %s
            """;

    @Test
    @DisplayName("财政资金 10000000 in a 万元 filing whose 预算数 is 1000: 元 taken for 万元, and what it is in 万元")
    void yuanWrittenAsWan() {
        List<Finding> found = check("万元", "1000", "10000000", "0");
        assertEquals(List.of("rule.MONEY-SUM.yuanAsWan"), keys(found));
        String zh = Messages.chinese().message(found.get(0));
        assertTrue(zh.contains("其中「财政资金」10000000万元 若是按元填写的（即 1000万元），就正好相符。是否把元当成了万元？"), zh);
        String en = Messages.forLocale(Locale.ENGLISH).message(found.get(0));
        assertTrue(en.contains("Was an amount in 元 written as 万元?") && en.contains("This file's money unit is 万元"), en);
    }

    @Test
    @DisplayName("其他资金 12 in a 元 filing whose 预算数 is 520000 with 财政资金 400000: 万元 taken for 元")
    void wanWrittenAsYuan() {
        List<Finding> found = check("元", "520000", "400000", "12");
        assertEquals(List.of("rule.MONEY-SUM.wanAsYuan"), keys(found));
        assertTrue(Messages.chinese().message(found.get(0)).contains("是否把万元当成了元？"),
                Messages.chinese().message(found.get(0)));
    }

    @Test
    @DisplayName("a plain typo (1000 against 900 + 0) is the ordinary message, with no guess at the unit")
    void ordinaryTypo() {
        assertEquals(List.of("rule.MONEY-SUM.project"), keys(check("万元", "1000", "900", "0")));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::messageKey).toList();
    }

    private static List<Finding> check(String unit, String budget, String fiscal, String other) {
        String yaml = FILING.formatted(unit, budget, fiscal, other);
        Path file = Path.of("2025.yaml");
        ParseResult parsed = new FilingParser().parse(file, yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.findings(), yaml);
        return new RuleEngine(List.of(new TotalsAddUpRule()), RuleConfig.DEFAULTS)
                .check(file, parsed.filing().orElseThrow(), parsed.positions(), Optional.empty());
    }
}
