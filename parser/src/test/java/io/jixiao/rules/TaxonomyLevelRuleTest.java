package io.jixiao.rules;

import io.jixiao.finding.Finding;
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

@DisplayName("TAXONOMY-LEVEL follows the declared profile")
class TaxonomyLevelRuleTest {

    @ParameterizedTest(name = "{0}: 满意度 under {1} → {2} finding(s)")
    @DisplayName("服务对象满意度 under 效益 is right in Hunan and Hubei, wrong in the national and 101 frameworks")
    @CsvSource({
            "national-2020, 效益指标, 1",
            "national-2020, 满意度指标, 0",
            "mof-2021-101, 效益指标, 1",
            "hunan, 效益指标, 0",
            "hunan, 满意度指标, 1",
            "hubei, 效益, 0",
            "national-2015, 满意度指标, 0",
            "hubei-overall, 效益指标, 0",
            "sichuan-project, 满意度指标, 0",
            "sichuan-project, 项目效益指标, 1",
            "dongguan-approval, 效果指标, 0",
            "dongguan-approval, 预期产出指标, 1"})
    void satisfactionPlacement(String profile, String level1, int findings) {
        assertEquals(findings, check(profile, level1, "服务对象满意度指标").size());
    }

    @ParameterizedTest(name = "{0}: 成本 as a second level → {1} finding(s)")
    @DisplayName("成本指标 is a second level under 产出 nationally, a first level under 财预〔2021〕101号")
    @CsvSource({"national-2020, 0", "mof-2021-101, 1", "national-2015, 0", "national-2021, 1"})
    void costPlacement(String profile, int findings) {
        List<Finding> found = check(profile, "产出指标", "成本指标");
        assertEquals(findings, found.size());
        found.forEach(f -> assertEquals("rule.TAXONOMY-LEVEL.isLevel1", f.messageKey()));
    }

    private static List<Finding> check(String profile, String level1, String level2) {
        String yaml = """
                格式版本: 2
                部门名称: 示例部门
                年度: 2024
                指标体系: %s
                金额单位: 万元
                项目:
                  - 项目名称: 示例项目
                    绩效指标:
                      - 一级指标: %s
                        二级指标: %s
                        三级指标: 示例指标
                        指标值: ≥90%%
                """.formatted(profile, level1, level2);
        Path file = Path.of("example.yaml");
        ParseResult parsed = new FilingParser().parse(file, yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.findings());
        return new RuleEngine(List.of(new TaxonomyLevelRule()), RuleConfig.DEFAULTS)
                .check(file, parsed.filing().orElseThrow(), parsed.positions(), Optional.empty());
    }
}
