package io.jixiao.history;

import io.jixiao.rules.Category;
import io.jixiao.value.ValueParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("How a target moved from last year")
class TargetComparisonTest {

    @ParameterizedTest(name = "{0}: {1} → {2} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            数量指标     | ≥3次       | ≥5次        | 活动次数       | RAISED
            数量指标     | ≥2万亩     | ≥1.5万亩    | 新建面积       | LOWERED
            数量指标     | ≥5万人     | ≥48000人    | 宣传人数       | LOWERED
            数量指标     | 15篇       | 15篇        | 报告数         | UNCHANGED
            数量指标     | 15篇       | ≥15篇       | 报告数         | EQUIVALENT
            数量指标     | ≥15篇      | >15篇       | 报告数         | RAISED
            质量指标     | 100%       | 95%         | 验收合格率     | LOWERED
            质量指标     | ≥90%       | 90%以上     | 使用率         | EQUIVALENT
            质量指标     | ≥90%       | ≥ 90%       | 使用率         | UNCHANGED
            质量指标     | ≥90%       | 不低于95%   | 使用率         | RAISED
            质量指标     | ≤1%        | ≤2%         | 工程质量差错率 | LOOSENED
            质量指标     | 2%         | 1%          | 工程质量差错率 | TIGHTENED
            质量指标     | ≥90%       | ≤10%        | 使用率         | RESTATED
            成本指标     | ≤20万元    | ≤18万元     | 活动经费       | TIGHTENED
            成本指标     | ≤4000元    | ≤0.5万元    | 保险费         | LOOSENED
            成本指标     | ≤20万元    | ≤200000元   | 活动经费       | EQUIVALENT
            成本指标     | 4000元     | 3800元      | 保险费         | TIGHTENED
            成本指标     | 31.5万     | ≤36万元     | 成本控制数     | LOOSENED
            数量指标     | 5万        | ≥5万人      | 宣传人数       | RESTATED
            成本指标     | ≤1500元/亩 | ≤1600元/亩  | 亩均成本       | LOOSENED
            时效指标     | ≤5个工作日 | ≤3个工作日  | 办结时限       | TIGHTENED
            时效指标     | 5个工作日  | 7个工作日   | 办结时限       | LOOSENED
            时效指标     | ≥90%       | ≥95%        | 完成及时率     | RAISED
            社会效益指标 | ≥3000户    | 明显增加    | 受益农户数     | MADE_VAGUE
            社会效益指标 | 有所提升   | ≥5%         | 群众知晓率     | MADE_MEASURABLE
            社会效益指标 | 有所提升   | 明显提升    | 社会影响       | REWORDED
            社会效益指标 | 有所提升   | 有所 提升   | 社会影响       | UNCHANGED
            数量指标     | ≥3次       | ≥90%        | 活动次数       | RESTATED
            数量指标     | ≥3次       | ≥3场        | 活动次数       | RESTATED
            满意度指标   | ≥90%       | ±3%         | 满意度         | RESTATED
            质量指标     | ±3%        | ±2%         | 误差           | TIGHTENED
            """)
    void numbersAndWords(String level2, String before, String after, String name, TargetShift expected) {
        assertEquals(expected, compare(before, 2025, after, 2026, level2, name).shift());
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            反向指标 | 5次  | 3次  | TIGHTENED
            反向指标 | 5次  | 8次  | LOOSENED
            正向指标 | 5次  | 3次  | LOWERED
            反向指标 | ≥5次 | ≥8次 | RAISED
            """)
    void directionOfTheNationalForms(String direction, String before, String after, TargetShift expected) {
        assertEquals(expected, TargetComparison.compare(ValueParser.parse(before), 2025, ValueParser.parse(after), 2026,
                Category.QUANTITY, "信访件数", direction).shift());
    }

    @ParameterizedTest(name = "{0} in {1} → {2} in {3} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2025年10月底  | 2025 | 2026年10月底  | 2026 | UNCHANGED
            2025年10月底  | 2025 | 10月底        | 2026 | EQUIVALENT
            2025年10月底  | 2025 | 2026年12月底  | 2026 | LOWERED
            2025年10月底  | 2025 | 2026年6月底   | 2026 | RAISED
            2025年底      | 2025 | 12月底        | 2026 | EQUIVALENT
            2025年底      | 2025 | 2025年底      | 2026 | UNCHANGED
            2025年6月30日前 | 2025 | 2026年7月15日前 | 2026 | LOWERED
            2025年全年    | 2025 | 全年          | 2026 | EQUIVALENT
            2025年全年    | 2025 | 2026年全年    | 2026 | UNCHANGED
            2025.03-2025.06 | 2025 | 2026.03-2026.09 | 2026 | LOWERED
            2025年11月底  | 2025 | 及时          | 2026 | MADE_VAGUE
            2025年11月底  | 2025 | ≥95%          | 2026 | RESTATED
            """)
    void deadlinesAgainstEachFilingsYear(String before, int beforeYear, String after, int afterYear,
                                         TargetShift expected) {
        assertEquals(expected, compare(before, beforeYear, after, afterYear, "时效指标", "完成时间").shift());
    }

    @ParameterizedTest(name = "{0} → {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''       | ≥3次 | SET
            ≥3次     | ''   | CLEARED
            /        | /    | UNCHANGED
            ≥3次     | /    | CLEARED
            """)
    void blanks(String before, String after, TargetShift expected) {
        assertEquals(expected, compare(before, 2025, after, 2026, "数量指标", "次数").shift());
    }

    @ParameterizedTest(name = "{0} → {1} compares {2} with {3} in {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤4000元    | ≤0.5万元   | 4000   | 5000   | 元
            ≤31.5万元  | ≤30万元    | 315000 | 300000 | 元
            ≥5万人     | ≥4.8万人   | 50000  | 48000  | 人
            ≤800元/人  | ≤0.1万元/人 | 800   | 1000   | 元/人
            """)
    void amountsInOneUnit(String before, String after, String a, String b, String unit) {
        TargetComparison comparison = compare(before, 2025, after, 2026, "成本指标", "费用");
        assertEquals(unit, comparison.unit());
        assertEquals(0, new BigDecimal(a).compareTo(comparison.before()));
        assertEquals(0, new BigDecimal(b).compareTo(comparison.after()));
    }

    private static TargetComparison compare(String before, int beforeYear, String after, int afterYear,
                                            String level2, String name) {
        return TargetComparison.compare(ValueParser.parse(before), beforeYear, ValueParser.parse(after), afterYear,
                Category.of(level2), name);
    }
}
