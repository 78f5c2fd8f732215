package io.jixiao.render.grid;

/**
 * The few kinds of cell an official performance-target table has. Writers map each to their own formatting
 * (a POI cell style, a CSS class), so a layout says what a cell is, not how it looks.
 */
public enum CellStyle {
    /** The table's title row: large, bold, centred, no border. */
    TITLE,
    /** The 填报单位 / 金额单位 line under the title: no border. */
    SUBTITLE,
    /** A column or row heading of the form (一级指标, 指标值 …): bold, centred, bordered, shaded. */
    HEADER,
    /** A category cell spanning its rows (产出指标, 数量指标, a duty): centred, bordered. */
    GROUP,
    /** Free text (goals, descriptions, 测算说明): left, wrapped, bordered. */
    TEXT,
    /** A short value (≥90%, 15篇, 2023年底): centred, bordered. */
    VALUE,
    /** An amount of money: a number, right-aligned, bordered, with the scale it was written with. */
    AMOUNT,
    /** The signature line under the table (单位负责人签字, 填表人, 联系电话): no border. */
    FOOTER
}
