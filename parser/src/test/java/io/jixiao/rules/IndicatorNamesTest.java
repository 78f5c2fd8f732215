package io.jixiao.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("What an indicator's name says it measures")
class IndicatorNamesTest {

    @Test
    @DisplayName("a formula or a bracketed note after the name is not part of it")
    void core() {
        assertEquals("聘用人员工资发放到位率", IndicatorNames.core("聘用人员工资发放到位率=实际工资发放人数/计划发放工资人数*100%"));
        assertEquals("群众满意度", IndicatorNames.core("群众满意度（%）"));
        assertEquals("提升委员参政议政水平", IndicatorNames.core("提升委员参政议政水平。"));
        assertEquals("", IndicatorNames.core(null));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("names ending in 满意度 or 满意率 measure satisfaction")
    @ValueSource(strings = {"来访人员满意率", "服务对象的满意度", "统战成员对统战工作的认可度和满意度", "群众满意度（%）",
            "社会公众满意程度"})
    void satisfaction(String name) {
        assertTrue(IndicatorNames.measuresSatisfaction(name));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("names that only mention satisfaction measure something else")
    @ValueSource(strings = {"满意度调查次数", "提案和微建议办理", "满意度测评报告"})
    void notSatisfaction(String name) {
        assertFalse(IndicatorNames.measuresSatisfaction(name));
    }

    @Test
    @DisplayName("rates end in 率, 比例 or 占比, and a rate that speaks of time belongs under 时效")
    void rates() {
        assertTrue(IndicatorNames.isRate("设备采购完成率"));
        assertTrue(IndicatorNames.isRate("基层统战工作人员培训比例"));
        assertFalse(IndicatorNames.isRate("评估报告数量"));
        assertTrue(IndicatorNames.speaksOfTime("资金拨付及时率"));
        assertFalse(IndicatorNames.speaksOfTime("设备采购完成率"));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("completion and coverage rates measure how much of the planned output was delivered")
    @ValueSource(strings = {"设备采购完成率", "工资发放完成率（%）", "年度任务完成比例", "目标人群覆盖率"})
    void deliveredShare(String name) {
        assertTrue(IndicatorNames.isDeliveredShare(name));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("quality, timeliness and other rates are not a delivered share")
    @ValueSource(strings = {"验收达标率", "产品合格率", "按时完成率", "任务完成及时率", "疫苗使用率", "资金到位率",
            "预算执行率", "评估报告数量"})
    void notDeliveredShare(String name) {
        assertFalse(IndicatorNames.isDeliveredShare(name));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("the name suggests the counting unit, the most specific word first")
    @CsvSource(nullValues = "-", value = {
            "联系走访慰问活动人次, 人次",
            "法律法规普法宣传教育人数, 人",
            "调研报告数量, 篇",
            "社会主义学院培训班次, 期",
            "党外人士政治协商会次数, 次",
            "宣传品发放, -"})
    void countUnit(String name, String unit) {
        assertEquals(Optional.ofNullable(unit), IndicatorNames.countUnitHint(name));
    }
}
