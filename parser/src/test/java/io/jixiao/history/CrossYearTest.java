package io.jixiao.history;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Tables and indicators matched across years (SPEC §6)")
class CrossYearTest {

    @Test
    @DisplayName("a project code that differs only in its year still matches, with high confidence")
    void yearBearingCode() {
        YearMatch match = CrossYear.match(filing(2025, project("2025-NY-001", "高标准农田建设", "")),
                filing(2026, project("2026-NY-001", "高标准农田建设（二期）", "")));
        assertEquals(1, match.tables().size());
        Match<?> table = match.tables().get(0).match();
        assertEquals(MatchBasis.CODE_YEAR, table.basis());
        assertEquals(Confidence.HIGH, table.confidence());
        assertEquals(List.of(), match.addedTables());
    }

    @Test
    @DisplayName("digits inside a longer code are not a year: 13030325X and 13030326X are different projects")
    void digitsInsideACodeAreNotAYear() {
        YearMatch match = CrossYear.match(filing(2025, project("13030325ABC", "甲项目", "")),
                filing(2026, project("13030326ABC", "乙项目", "")));
        assertEquals(List.of(), match.tables());
        assertEquals(1, match.addedTables().size());
        assertEquals(1, match.removedTables().size());
    }

    @Test
    @DisplayName("a project re-coded every year matches by name; a name that differs only in its year too")
    void namesAndYearBearingNames() {
        YearMatch match = CrossYear.match(
                filing(2025, project("A1", "车辆保险费", "") + project(null, "提前下达2025年省级少数民族发展资金", "")),
                filing(2026, project("B7", "车辆保险费", "") + project(null, "提前下达2026年省级少数民族发展资金", "")));
        assertEquals(List.of(MatchBasis.NAME_NEW_CODE, MatchBasis.NAME_YEAR),
                match.tables().stream().map(t -> t.match().basis()).toList());
    }

    @Test
    @DisplayName("indicators: by 指标编号, by name, moved to another category, renamed with a similar name")
    void indicatorPasses() {
        String before = indicator("TZ-06", "效益指标", "社会效益指标", "社会服务受益群众人次", "≥2000人次")
                + indicator(null, "产出指标", "数量指标", "活动开展次数", "≥3次")
                + indicator(null, "产出指标", "质量指标", "课题完成数", "≥3个")
                + indicator(null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%")
                + indicator(null, "产出指标", "时效指标", "完工及时率", "≥90%");
        String after = indicator(null, "产出指标", "数量指标", "活动开展次数", "≥4次")
                + indicator("TZ-06", "效益指标", "社会效益指标", "社会服务惠及群众人次", "≥2100人次")
                + indicator(null, "产出指标", "数量指标", "课题完成数", "≥3个")
                + indicator(null, "满意度指标", "服务对象满意度指标", "服务对象的满意度", "≥95%")
                + indicator(null, "产出指标", "时效指标", "正常使用率", "≥90%");
        YearMatch match = CrossYear.match(filing(2025, project("P", "项目", before)),
                filing(2026, project("P", "项目", after)));
        YearMatch.TablePair pair = match.tables().get(0);
        assertEquals(List.of("活动开展次数 NAME CERTAIN", "社会服务惠及群众人次 ID CERTAIN", "课题完成数 MOVED HIGH",
                        "服务对象的满意度 SIMILAR MEDIUM"),
                pair.indicators().stream().map(m -> m.current().name() + " " + m.basis() + " " + m.confidence())
                        .toList());
        assertEquals(76, pair.indicators().get(3).similarity());
        assertEquals(List.of("正常使用率"), pair.added().stream().map(Indicator::name).toList());
        assertEquals(List.of("完工及时率"), pair.removed().stream().map(Indicator::name).toList());
    }

    @Test
    @DisplayName("two indicators with different 指标编号 are never the same, whatever their names")
    void differentIdsNeverMatch() {
        YearMatch match = CrossYear.match(
                filing(2025, project("P", "项目", indicator("A-1", "产出指标", "数量指标", "培训人次", "≥100人次"))),
                filing(2026, project("P", "项目", indicator("A-2", "产出指标", "数量指标", "培训人次", "≥100人次"))));
        assertEquals(List.of(), match.tables().get(0).indicators());
    }

    @Test
    @DisplayName("similarity is the Dice coefficient of character pairs, in percent")
    void similarity() {
        assertEquals(76, CrossYear.similarity("服务对象满意度", "服务对象的满意度"));
        assertEquals(60, CrossYear.similarity("用户使用满意度", "用户满意度"));
        assertEquals(0, CrossYear.similarity("正常使用率", "完工及时率"));
        assertEquals(100, CrossYear.similarity("率", "率"));
        assertEquals(66, CrossYear.similarity("好好好", "好好")); // a pair written twice counts twice
        assertEquals(0, CrossYear.similarity("率", "率率")); // one character is not a pair
        assertEquals(100, CrossYear.similarity("𠀋𠀋率", "𠀋𠀋率")); // characters beyond the BMP are one each
    }

    @Test
    @DisplayName("the renames are paired most similar first, each name used once, the same on every run")
    void greedyAndDeterministic() {
        String before = indicator(null, "产出指标", "数量指标", "举办培训班次数", "≥3期")
                + indicator(null, "产出指标", "数量指标", "举办座谈会次数", "≥2次");
        String after = indicator(null, "产出指标", "数量指标", "举办座谈交流会次数", "≥2次")
                + indicator(null, "产出指标", "数量指标", "举办培训班期数", "≥3期");
        for (int run = 0; run < 3; run++) {
            YearMatch.TablePair pair = CrossYear.match(filing(2025, project("P", "项目", before)),
                    filing(2026, project("P", "项目", after))).tables().get(0);
            assertEquals(List.of("举办座谈交流会次数←举办座谈会次数", "举办培训班期数←举办培训班次数"),
                    pair.indicators().stream().map(m -> m.current().name() + "←" + m.previous().name()).toList());
            assertTrue(pair.indicators().stream().allMatch(m -> m.basis() == MatchBasis.SIMILAR));
        }
    }

    static String project(String code, String name, String indicators) {
        return "  - 项目名称: " + name + "\n" + (code == null ? "" : "    项目编码: \"" + code + "\"\n")
                + (indicators.isEmpty() ? "" : "    绩效指标:\n" + indicators);
    }

    static String indicator(String id, String level1, String level2, String name, String value) {
        return (id == null ? "      - " : "      - 指标编号: " + id + "\n        ") + "一级指标: " + level1 + "\n"
                + "        二级指标: " + level2 + "\n        三级指标: " + name + "\n        指标值: " + value + "\n";
    }

    static Filing filing(int year, String projects) {
        String text = "格式版本: 1\n部门名称: 示例县农业农村局\n年度: " + year + "\n金额单位: 万元\n项目:\n" + projects;
        ParseResult result = new FilingParser().parse(Path.of(year + ".yaml"), text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.findings());
        return result.filing().orElseThrow();
    }
}
