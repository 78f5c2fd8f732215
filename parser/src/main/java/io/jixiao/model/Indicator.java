package io.jixiao.model;

import io.jixiao.text.Whitespace;
import io.jixiao.value.Value;

/**
 * One performance indicator: its place in the taxonomy (一级 → 二级 → 三级), its target value and where that comes
 * from, and, where the template has them, reference standards and history.
 *
 * @param pointer     JSON pointer of this indicator in the filing, for findings
 * @param id          the optional stable 指标编号, or null
 * @param level1      一级指标 as written, or null (the Shandong duty layout has no categories)
 * @param level2      二级指标 as written, or null
 * @param name        三级指标 (the indicator's name), or null when the row was left empty
 * @param explanation 指标解释 / 绩效指标描述, or null
 * @param value       指标值, parsed; {@link Value.Blank} when not filled. When the form prints comparator and unit
 *                    in cells of their own ({@link #split()}), the value read from the three together
 * @param basis       指标值确定依据 / 绩效标准, or null
 * @param standard    标准值 (Shandong), or null
 * @param history     历史值, or null
 * @param activities  工作活动 (Shandong), or null
 * @param midTermValue 中期指标值 beside the annual value; {@link Value.Blank} when not filled
 * @param split       the 指标性质 / 指标值 / 度量单位 cells as written, or null when the value is one cell
 * @param direction   指标方向 (正向指标 / 反向指标), or null
 * @param score       分值 (score or weight); {@link Value.Blank} when not filled
 * @param adjustment  调整说明: why the target was lowered or made vague against last year, or null. It answers the
 *                    HISTORY-LOWERED question before a reviewer asks it, so it silences that warning
 */
public record Indicator(String pointer, String id, String level1, String level2, String name, String explanation,
                        Value value, String basis, Standard standard, History history, String activities,
                        Value midTermValue, ValueSplit split, String direction, Value score, String adjustment) {

    /** An indicator of a first-version form: one value cell, no 中期 value, no score, no 调整说明. */
    public Indicator(String pointer, String id, String level1, String level2, String name, String explanation,
                     Value value, String basis, Standard standard, History history, String activities) {
        this(pointer, id, level1, level2, name, explanation, value, basis, standard, history, activities,
                new Value.Blank(), null, null, new Value.Blank(), null);
    }

    /**
     * The key that matches this indicator with the same indicator in another year's filing: the explicit
     * 指标编号 when given, otherwise the table key with 二级 and 三级 names, whitespace removed.
     *
     * @param tableKey identifies the table across years (项目编码 or 项目名称, 支出方向 name, "部门整体")
     */
    public String identity(String tableKey) {
        if (id != null) {
            return "#" + id;
        }
        return tableKey + "|" + squeeze(level2) + "|" + squeeze(name);
    }

    private static String squeeze(String s) {
        return s == null ? "" : Whitespace.removeFrom(s);
    }
}
