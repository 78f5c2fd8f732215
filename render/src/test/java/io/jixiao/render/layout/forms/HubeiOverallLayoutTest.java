package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layouts;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.text.DisplayWidth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jixiao.render.layout.forms.GenericTestFilings.assertAmount;
import static io.jixiao.render.layout.forms.GenericTestFilings.assertSpan;
import static io.jixiao.render.layout.forms.GenericTestFilings.at;
import static io.jixiao.render.layout.forms.GenericTestFilings.find;
import static io.jixiao.render.layout.forms.GenericTestFilings.rowTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HubeiOverallLayoutTest {

    private static final Filing WUCHANG = GenericTestFilings.parse("wuchang-tongzhanbu/2020.yaml");
    private static final DepartmentTable TABLE = WUCHANG.departmentTable();

    private static Grid render() {
        assertEquals(Template.HUBEI_OVERALL, WUCHANG.template());
        List<Grid> grids = Layouts.forTemplate(WUCHANG.template()).tables(WUCHANG);
        assertEquals(List.of("部门整体"), grids.stream().map(Grid::name).toList());
        return grids.get(0);
    }

    @Test
    @DisplayName("one table of eight columns opens with 部门名称 and 填报人 / 联系电话")
    void heading() {
        Grid grid = render();
        assertEquals(8, grid.columnCount());
        assertEquals(List.of("部门名称", "武昌区委统一战线工作部"), rowTexts(grid, 0));
        assertEquals(List.of("填报人", "周军", "联系电话", "88936066"), rowTexts(grid, 1));
        assertEquals("/填报信息/填表人", at(grid, 1, 1).pointer());
        assertEquals("/填报信息/联系电话", at(grid, 1, 4).pointer());
    }

    @Test
    @DisplayName("部门总体资金情况 has its two-row heading over the years and the 收入构成 / 支出构成 blocks")
    void funding() {
        Grid grid = render();
        Cell label = find(grid, "部门总体资金情况（万元）");
        assertSpan(label, 2 + 6, 1);
        int top = label.row();
        assertEquals(List.of("部门总体资金情况（万元）", "总体资金情况", "当年预算收支", "占比", "近两年收支情况"),
                rowTexts(grid, top));
        assertSpan(at(grid, top, 1), 2, 2);
        assertSpan(at(grid, top, 3), 2, 2);
        assertSpan(at(grid, top, 5), 2, 1);
        assertSpan(at(grid, top, 6), 1, 2);
        assertEquals(List.of("2018年", "2019年"), rowTexts(grid, top + 1));
        assertEquals(List.of("收入构成", "财政拨款", "717.28", "82%", "502.4", "679.61"), rowTexts(grid, top + 2));
        assertSpan(at(grid, top + 2, 1), 3, 1);
        assertEquals(CellStyle.GROUP, at(grid, top + 2, 1).style());
        assertAmount(at(grid, top + 2, 3), "717.28");
        assertEquals("/部门整体/资金情况/收入构成/明细/0/当年预算", at(grid, top + 2, 3).pointer());
        assertAmount(at(grid, top + 2, 6), "502.4");
        assertEquals("/部门整体/资金情况/收入构成/明细/0/近两年/2018", at(grid, top + 2, 6).pointer());
        assertEquals("/部门整体/资金情况/收入构成/明细/0/占比", at(grid, top + 2, 5).pointer());
        assertEquals(List.of("合计", "717.28", "82%", "502.4", "679.61"), rowTexts(grid, top + 4));
        assertNull(at(grid, top + 4, 2).pointer(), "合计 is a label when the line has no name of its own");
        assertEquals(List.of("支出构成", "基本支出", "417.28", "65%", "206.4", "339.61"), rowTexts(grid, top + 5));
        assertEquals(List.of("项目支出", "300", "106%", "296", "340"), rowTexts(grid, top + 6));
    }

    @Test
    @DisplayName("部门职能概述, 年度工作任务 and 整体绩效目标 follow with their texts")
    void texts() {
        Grid grid = render();
        Cell duties = find(grid, "部门职能概述");
        assertEquals(TABLE.duties(), at(grid, duties.row(), 1).text());
        assertEquals("/部门整体/部门职责概述", at(grid, duties.row(), 1).pointer());
        assertEquals(List.of("年度工作任务", TABLE.annualTasks()), rowTexts(grid, duties.row() + 1));
        Cell overall = at(grid, duties.row() + 2, 0);
        assertEquals("整体绩效目标", overall.text());
        assertSpan(overall, 2, 1);
        assertEquals(List.of("整体绩效目标", "长期目标", "年度目标"), rowTexts(grid, overall.row()));
        assertEquals(List.of(CellText.of(TABLE.longTermGoal()), CellText.of(TABLE.annualGoal())),
                rowTexts(grid, overall.row() + 1));
        assertEquals("/部门整体/整体绩效目标/年度目标", at(grid, overall.row() + 1, 4).pointer());
    }

    @Test
    @DisplayName("each long-term goal has its 长期目标N： row and 一级 merged, 二级 on every row as the form prints it")
    void longTermTables() {
        Grid grid = render();
        Cell first = find(grid, "长期目标1：");
        assertEquals(List.of("长期目标1：", "统战业务补助经费"), rowTexts(grid, first.row()));
        int header = first.row() + 1;
        assertEquals(List.of("长期绩效目标", "一级指标", "二级指标", "指标名称", "指标值", "绩效标准"), rowTexts(grid, header));
        assertSpan(at(grid, header, 0), 1 + 8, 1);
        assertSpan(at(grid, header, 4), 1, 3);
        assertEquals(List.of("产出指标", "数量指标", "统战工作领导小组会议次数", "≥2次", "≥2次"), rowTexts(grid, header + 1));
        assertSpan(at(grid, header + 1, 1), 5, 1);
        assertSpan(at(grid, header + 1, 2), 1, 1);
        assertEquals(List.of("数量指标", "设备采购完成率", "100%", "100%"), rowTexts(grid, header + 2));
        assertEquals("/部门整体/长期绩效目标/0/绩效指标/0/指标值确定依据", at(grid, header + 1, 7).pointer());
        assertEquals(List.of("长期目标3：", "对台工作经费"), rowTexts(grid, find(grid, "长期目标3：").row()));
    }

    @Test
    @DisplayName("annual goal tables carry the title row, 近两年指标值 per year and 预期当年实现值")
    void annualTables() {
        Grid grid = render();
        Cell title = find(grid, "武昌区委统战部2020年部门整体支出绩效目标表");
        assertEquals(CellStyle.TITLE, title.style());
        assertSpan(title, 1, 8);
        assertEquals("/部门整体/年度绩效目标/0/标题", title.pointer());
        int row = title.row() + 1;
        assertEquals(List.of("年度目标1：", "统战业务补助经费"), rowTexts(grid, row));
        assertEquals(List.of("年度绩效目标", "一级指标", "二级指标", "指标名称", "指标值", "绩效标准"), rowTexts(grid, row + 1));
        assertSpan(at(grid, row + 1, 0), 3 + 14, 1);
        assertSpan(at(grid, row + 1, 1), 3, 1);
        assertSpan(at(grid, row + 1, 4), 1, 3);
        assertSpan(at(grid, row + 1, 7), 3, 1);
        assertEquals(List.of("近两年指标值", "预期当年实现值"), rowTexts(grid, row + 2));
        assertSpan(at(grid, row + 2, 4), 1, 2);
        assertSpan(at(grid, row + 2, 6), 2, 1);
        assertEquals(List.of("2018年", "2019年"), rowTexts(grid, row + 3));
        assertEquals(List.of("产出指标", "数量指标", "统战工作领导小组会议次数", "4次", "4次", "≥2次", "≥2次"),
                rowTexts(grid, row + 4));
        assertSpan(at(grid, row + 4, 1), 8, 1);
        assertEquals("/部门整体/年度绩效目标/0/绩效指标/0/历史值/2018", at(grid, row + 4, 4).pointer());
        assertEquals("/部门整体/年度绩效目标/0/绩效指标/0/指标值", at(grid, row + 4, 6).pointer());
        assertEquals(List.of("年度目标3：", "对台工作经费"), rowTexts(grid, find(grid, "年度目标3：").row()));
        int last = grid.rowCount() - 2;
        assertEquals(List.of("社会效益指标", "来访人员满意率", "100%", "100%", "100%", "100%"), rowTexts(grid, last));
    }

    @Test
    @DisplayName("ends with 备注, and every text of the department table appears in some cell")
    void notesAndCompleteness() {
        Grid grid = render();
        int last = grid.rowCount() - 1;
        assertEquals(List.of("备注", TABLE.notes()), rowTexts(grid, last));
        assertEquals("/部门整体/备注", at(grid, last, 1).pointer());
        GenericTestFilings.assertWellFormed(List.of(grid));
        GenericTestFilings.assertAllTextsShown(List.of(grid), WUCHANG.department(), WUCHANG.submission(), TABLE);
    }

    @Test
    @DisplayName("columns fit the headings and cap the long indicator names")
    void columnWidths() {
        Grid grid = render();
        assertEquals(30, grid.columnWidths().get(3));
        assertEquals(DisplayWidth.widestLine("一级指标") + 2, grid.columnWidths().get(1));
    }
}
