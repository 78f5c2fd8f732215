package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layouts;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.text.DisplayWidth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jixiao.render.layout.forms.GenericTestFilings.assertAmount;
import static io.jixiao.render.layout.forms.GenericTestFilings.assertSpan;
import static io.jixiao.render.layout.forms.GenericTestFilings.at;
import static io.jixiao.render.layout.forms.GenericTestFilings.find;
import static io.jixiao.render.layout.forms.GenericTestFilings.rowTexts;
import static io.jixiao.render.layout.forms.GenericTestFilings.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HunanAppendixLayoutTest {

    private static final Filing TONGZHANBU = GenericTestFilings.parse("shifeng-tongzhanbu/2023.yaml");
    private static final Filing ZHENGXIE = GenericTestFilings.parse("shifeng-zhengxie/2023.yaml");

    private static List<Grid> render(Filing filing) {
        assertEquals(Template.HUNAN_APPENDIX, filing.template());
        return Layouts.forTemplate(filing.template()).tables(filing);
    }

    @Test
    @DisplayName("prints 附表1, 附表2 and one 附表3 per spending direction")
    void sheetNames() {
        assertEquals(List.of("附表1", "附表2", "附表3-1", "附表3-2"), render(TONGZHANBU).stream().map(Grid::name).toList());
        assertEquals(List.of("附表1", "附表2", "附表3-1", "附表3-2"), render(ZHENGXIE).stream().map(Grid::name).toList());
    }

    @Test
    @DisplayName("附表1 opens with the mark, the title and the 填报单位 / 金额 line")
    void departmentHeading() {
        Grid grid = sheet(render(TONGZHANBU), "附表1");
        assertEquals(5, grid.columnCount());
        assertEquals(List.of("附表1"), rowTexts(grid, 0));
        Cell title = at(grid, 1, 0);
        assertEquals("2023年部门整体支出绩效目标表", title.text());
        assertEquals(CellStyle.TITLE, title.style());
        assertEquals("/部门整体/标题", title.pointer());
        assertEquals(List.of("填报单位：（盖章）中共株洲市石峰区委员会统一战线工作部", "金额：万元"), rowTexts(grid, 2));
        assertEquals("/填报信息/填报单位", at(grid, 2, 0).pointer());
        assertEquals(List.of("部门名称", "中共株洲市石峰区委员会统一战线工作部"), rowTexts(grid, 3));
        assertEquals("/部门名称", at(grid, 3, 1).pointer());
    }

    @Test
    @DisplayName("附表1 shows the budget request as numbers under 按收入性质分 and 按支出性质分")
    void budgetRequest() {
        Grid grid = sheet(render(TONGZHANBU), "附表1");
        Cell label = find(grid, "年度预算申请（万元）");
        assertSpan(label, 5, 1);
        int top = label.row();
        assertEquals(List.of("年度预算申请（万元）", "资金总额：", "185.91"), rowTexts(grid, top));
        Cell total = at(grid, top, 2);
        assertAmount(total, "185.91");
        assertSpan(total, 1, 3);
        assertEquals("/部门整体/年度预算申请/资金总额", total.pointer());
        assertEquals(List.of("按收入性质分", "按支出性质分"), rowTexts(grid, top + 1));
        assertSpan(at(grid, top + 1, 1), 1, 2);
        assertEquals(List.of("其中：一般公共预算拨款", "185.91", "其中：基本支出", "142.51"), rowTexts(grid, top + 2));
        assertAmount(at(grid, top + 2, 2), "185.91");
        assertEquals("/部门整体/年度预算申请/按收入性质分/一般公共预算拨款", at(grid, top + 2, 2).pointer());
        assertAmount(at(grid, top + 2, 4), "142.51");
        assertEquals(List.of("政府性基金拨款", "", "项目支出", "43.4"), rowTexts(grid, top + 3));
        assertNull(at(grid, top + 3, 2).amount(), "an amount not filed is an empty cell");
        assertAmount(at(grid, top + 3, 4), "43.4");
        assertEquals(List.of("其他资金", "", "", ""), rowTexts(grid, top + 4));

        Grid zhengxie = sheet(render(ZHENGXIE), "附表1");
        int row = find(zhengxie, "政府性基金拨款").row();
        assertAmount(at(zhengxie, row, 2), "0");
        assertAmount(find(zhengxie, "528.244101"), "528.244101");
    }

    @Test
    @DisplayName("附表1 lists the work plan under 事项 | 责任单位/科室 | 工作目标")
    void workPlan() {
        Grid grid = sheet(render(TONGZHANBU), "附表1");
        Cell label = find(grid, "年度重点工作计划");
        assertSpan(label, 1 + 8, 1);
        assertEquals(List.of("年度重点工作计划", "事项", "责任单位/科室", "工作目标"), rowTexts(grid, label.row()));
        assertSpan(at(grid, label.row(), 3), 1, 2);
        assertEquals(List.of("学习活动", "统战部", "开展宣传贯彻“党的二十大”精神系列活动"), rowTexts(grid, label.row() + 1));
        assertEquals("/部门整体/年度重点工作计划/0/事项", at(grid, label.row() + 1, 1).pointer());
        assertEquals(List.of("统战工作建设", "统战部", "持续构建石峰大统战工作格局"), rowTexts(grid, label.row() + 8));
        assertEquals("/部门整体/年度重点工作计划/7/工作目标", at(grid, label.row() + 8, 3).pointer());
        assertEquals(List.of("部门职责概述", TONGZHANBU.departmentTable().duties()), rowTexts(grid, label.row() - 1));
    }

    @Test
    @DisplayName("附表1 merges 一级 and 二级 over their indicators, one row per indicator")
    void annualIndicators() {
        Grid grid = sheet(render(TONGZHANBU), "附表1");
        Cell label = find(grid, "年度绩效指标");
        assertSpan(label, 1 + 11, 1);
        int header = label.row();
        assertEquals(List.of("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位"), rowTexts(grid, header));
        assertEquals(List.of("产出指标", "数量指标", "搭建交流平台", "2个"), rowTexts(grid, header + 1));
        assertSpan(at(grid, header + 1, 1), 6, 1);
        assertEquals(CellStyle.GROUP, at(grid, header + 1, 1).style());
        assertSpan(at(grid, header + 1, 2), 3, 1);
        assertEquals(List.of("帮扶支部建设", "39个"), rowTexts(grid, header + 2));
        Cell benefit = at(grid, header + 7, 1);
        assertEquals("效益指标", benefit.text());
        assertSpan(benefit, 5, 1);
        assertEquals(List.of("生态效益指标", "", ""), rowTexts(grid, header + 9), "an empty indicator row stays empty");
        assertEquals(List.of("社会公众及服务对象满意度指标", "统战成员对统战工作的认可度和满意度", "95%"),
                rowTexts(grid, header + 11));
        assertEquals("/部门整体/年度绩效指标/10/指标值", at(grid, header + 11, 4).pointer());
    }

    @Test
    @DisplayName("every sheet ends with the signature lines")
    void footer() {
        for (Grid grid : render(ZHENGXIE)) {
            int last = grid.rowCount() - 1;
            assertEquals(List.of("单位负责人签字："), rowTexts(grid, last - 1), grid.name());
            assertEquals(List.of("填表人：赵萍", "联系电话：0731-22629970"), rowTexts(grid, last), grid.name());
            assertEquals("/填报信息/联系电话", at(grid, last, grid.cellsStartingIn(last).get(1).column()).pointer());
            assertEquals(CellStyle.FOOTER, grid.cellsStartingIn(last).get(0).style());
        }
        Grid tongzhanbu = sheet(render(TONGZHANBU), "附表1");
        assertEquals(List.of("填表人：", "联系电话："), rowTexts(tongzhanbu, tongzhanbu.rowCount() - 1));
    }

    @Test
    @DisplayName("附表2 lists the 合计, each fund and its spending directions with amounts and goals")
    void fundSummary() {
        Grid grid = sheet(render(TONGZHANBU), "附表2");
        assertEquals(List.of("附表2"), rowTexts(grid, 0));
        assertEquals(List.of("2023年区级专项资金绩效目标汇总表"), rowTexts(grid, 1));
        assertEquals(List.of("填报单位：（盖章）中共株洲市石峰区委员会统一战线工作部", "金额单位：万元"), rowTexts(grid, 2));
        assertEquals(List.of("序号", "名  称", "金  额", "实施期绩效目标", "年度绩效目标"), rowTexts(grid, 3));
        assertEquals(3, grid.firstHeaderRow());
        assertEquals(1, grid.headerRows());
        assertEquals(List.of("", "合  计", "43.4", "", ""), rowTexts(grid, 4));
        assertAmount(at(grid, 4, 2), "43.4");
        assertEquals("/专项资金汇总/合计", at(grid, 4, 2).pointer());
        assertEquals(List.of("一", "业务性专项经费", "37", "", ""), rowTexts(grid, 5));
        var direction = TONGZHANBU.fundSummary().funds().get(0).directions().get(0);
        assertEquals(List.of("1", "业务性专项经费", "37", direction.periodGoal().items().get(0),
                direction.annualGoal().items().get(0)), rowTexts(grid, 6));
        assertEquals("/专项资金汇总/专项/0/支出方向/0/年度绩效目标", at(grid, 6, 4).pointer());
        assertEquals("二", at(grid, 7, 0).text());
        assertAmount(at(grid, 8, 2), "6.4");

        Grid zhengxie = sheet(render(ZHENGXIE), "附表2");
        var fund = ZHENGXIE.fundSummary().funds().get(1);
        assertEquals(List.of("二", "政协委员界别活动经费", "53.1", "组织开展委员培训和\n界别活动",
                CellText.of(fund.annualGoal())), rowTexts(zhengxie, 6));
    }

    @Test
    @DisplayName("附表3 shows the direction beside its parent fund, goals, indicators with 绩效标准 and the spending lines")
    void spendingDirection() {
        Grid grid = sheet(render(TONGZHANBU), "附表3-1");
        assertEquals(6, grid.columnCount());
        assertEquals(List.of("附表3"), rowTexts(grid, 0));
        assertEquals(List.of("2023年区级专项资金支出方向绩效目标表"), rowTexts(grid, 1));
        assertEquals(List.of("支出方向（子项）", "业务性专项经费", "所属专项", "名称", "业务性专项经费"), rowTexts(grid, 3));
        assertSpan(at(grid, 3, 3), 2, 1);
        assertEquals(List.of("项目金额", "37", "金额", "37"), rowTexts(grid, 4));
        assertAmount(at(grid, 4, 1), "37");
        assertEquals("/支出方向/0/所属专项/金额", at(grid, 4, 5).pointer());
        assertEquals(List.of("项目实施期", "2023年全年"), rowTexts(grid, 5));
        assertEquals("实施期绩效目标", at(grid, 6, 0).text());
        assertEquals("年度绩效目标", at(grid, 7, 0).text());

        Cell indicators = find(grid, "年度绩效指标");
        assertSpan(indicators, 1 + 8, 1);
        assertEquals(List.of("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"),
                rowTexts(grid, indicators.row()));
        assertEquals(List.of("产出指标", "数量指标", "搭建交流平台", "2个", "计划标准"), rowTexts(grid, indicators.row() + 1));
        assertEquals("/支出方向/0/年度绩效指标/0/指标值确定依据", at(grid, indicators.row() + 1, 5).pointer());

        Cell lines = find(grid, "支出明细及测算说明");
        assertSpan(lines, 1 + 3 + 1, 1);
        assertEquals(List.of("支出明细及测算说明", "支出内容简介", "支出明细", "金额", "支出测算依据及过程说明"),
                rowTexts(grid, lines.row()));
        assertEquals("区新的社会阶层人士联合会", at(grid, lines.row() + 1, 1).text());
        assertWrittenWithUnit(at(grid, lines.row() + 1, 3), "12万元");
        assertSpan(at(grid, lines.row() + 1, 4), 1, 2);
        assertEquals(List.of("合  计", "37万", ""), rowTexts(grid, lines.row() + 4));
        assertWrittenWithUnit(at(grid, lines.row() + 4, 3), "37万");
        assertEquals("/支出方向/0/支出明细/合计", at(grid, lines.row() + 4, 3).pointer());
    }

    @Test
    @DisplayName("every text of the department table, fund summary and directions appears in some cell")
    void everyTextShown() {
        for (Filing filing : List.of(TONGZHANBU, ZHENGXIE)) {
            List<Grid> grids = render(filing);
            GenericTestFilings.assertWellFormed(grids);
            GenericTestFilings.assertAllTextsShown(grids, filing.department(), filing.submission(),
                    filing.departmentTable(), filing.fundSummary(), filing.spendingDirections());
        }
    }

    @Test
    @DisplayName("labels carry no pointer and every amount and indicator value carries its own")
    void pointers() {
        for (Grid grid : render(ZHENGXIE)) {
            for (Cell cell : grid.cells()) {
                if (cell.style() == CellStyle.HEADER) {
                    assertNull(cell.pointer(), grid.name() + " label with a pointer: " + cell);
                }
                if (cell.style() == CellStyle.AMOUNT) {
                    assertTrue(cell.pointer() != null && cell.pointer().startsWith("/"), grid.name() + ": " + cell);
                }
            }
        }
        long valuePointers = render(ZHENGXIE).stream().flatMap(g -> g.cells().stream())
                .filter(c -> c.pointer() != null && c.pointer().endsWith("/指标值")).count();
        assertEquals(ZHENGXIE.allIndicators().size(), valuePointers);
    }

    @Test
    @DisplayName("columns are wide enough for the headings and cap long text so it wraps")
    void columnWidths() {
        Grid grid = sheet(render(TONGZHANBU), "附表1");
        assertTrue(grid.columnWidths().get(1) >= DisplayWidth.widestLine("其中：一般公共预算拨款"), grid.columnWidths().toString());
        assertTrue(grid.columnWidths().get(4) >= DisplayWidth.widestLine("指标值及单位"), grid.columnWidths().toString());
        assertTrue(grid.columnWidths().stream().allMatch(w -> w >= ColumnWidths.MIN && w <= 40));
    }

    /** An amount written with its own unit is shown as written, as text: a bare 12 would drop the 万元. */
    private static void assertWrittenWithUnit(Cell cell, String written) {
        assertEquals(written, cell.text());
        assertEquals(null, cell.amount());
        assertEquals(io.jixiao.render.grid.CellStyle.VALUE, cell.style());
    }
}
