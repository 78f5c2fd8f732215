package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layouts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static io.jixiao.render.layout.forms.GenericTestFilings.assertAmount;
import static io.jixiao.render.layout.forms.GenericTestFilings.assertSpan;
import static io.jixiao.render.layout.forms.GenericTestFilings.at;
import static io.jixiao.render.layout.forms.GenericTestFilings.find;
import static io.jixiao.render.layout.forms.GenericTestFilings.rowTexts;
import static io.jixiao.render.layout.forms.GenericTestFilings.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericLayoutTest {

    private static List<Grid> renderSpecExample() throws IOException {
        Filing filing = GenericTestFilings.specExample();
        assertEquals(Template.GENERIC, filing.template());
        return Layouts.forTemplate(filing.template()).tables(filing);
    }

    @Test
    @DisplayName("the SPEC example prints the department table, its project, the fund summary and its direction")
    void sheetNames() throws IOException {
        assertEquals(List.of("部门整体", "项目1", "专项资金汇总", "支出方向1"),
                renderSpecExample().stream().map(Grid::name).toList());
    }

    @Test
    @DisplayName("the department table shows the budget request, duties, work plan, indicators and signatures")
    void departmentTable() throws IOException {
        Grid grid = sheet(renderSpecExample(), "部门整体");
        assertEquals(List.of("2024年部门整体支出绩效目标表"), rowTexts(grid, 0));
        assertEquals("/部门整体/标题", at(grid, 0, 0).pointer());
        assertEquals(List.of("填报单位：（盖章）示例县财政局", "金额单位：万元"), rowTexts(grid, 1));
        assertEquals(List.of("部门名称", "示例县财政局"), rowTexts(grid, 2));
        Cell budget = find(grid, "年度预算申请（万元）");
        assertSpan(budget, 5, 1);
        assertAmount(at(grid, budget.row(), 2), "120.5");
        assertAmount(find(grid, "100.5"), "100.5");
        assertAmount(find(grid, "90.5"), "90.5");
        assertEquals("（一）负责全县财政收支管理。\n（二）负责预算绩效管理工作。",
                at(grid, find(grid, "部门职责概述").row(), 1).text());
        assertEquals(List.of("预算绩效评价", "绩效股", "完成重点项目绩效评价"),
                rowTexts(grid, find(grid, "年度重点工作计划").row() + 1));
        Cell indicators = find(grid, "年度绩效指标");
        assertSpan(indicators, 1 + 4, 1);
        assertEquals(List.of("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), rowTexts(grid, indicators.row()));
        assertEquals(List.of("产出指标", "数量指标", "开展重点项目绩效评价", "≥10个"), rowTexts(grid, indicators.row() + 1));
        assertSpan(at(grid, indicators.row() + 1, 1), 2, 1);
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%"), rowTexts(grid, indicators.row() + 4));
        int last = grid.rowCount() - 1;
        assertEquals(List.of("单位负责人签字：王五"), rowTexts(grid, last - 1));
        assertEquals(List.of("填表人：李四", "联系电话：0123-4567890"), rowTexts(grid, last));
    }

    @Test
    @DisplayName("a project sheet shows code, amounts, use, the spending plan, goals and every filed indicator field")
    void project() throws IOException {
        Grid grid = sheet(renderSpecExample(), "项目1");
        assertEquals(List.of("1.绩效评价经费绩效目标表"), rowTexts(grid, 0));
        assertEquals(List.of("项目名称", "绩效评价经费"), rowTexts(grid, 2));
        assertEquals(List.of("项目编码", "2024-CZ-001"), rowTexts(grid, 3));
        assertEquals("/项目/0/项目编码", at(grid, 3, 1).pointer());
        Cell money = find(grid, "项目资金（万元）");
        assertSpan(money, 3, 1);
        assertEquals(List.of("项目资金（万元）", "预算数", "30"), rowTexts(grid, money.row()));
        assertAmount(at(grid, money.row(), 2), "30");
        assertEquals(List.of("其中：财政资金", "30"), rowTexts(grid, money.row() + 1));
        assertEquals(List.of("其他资金", "0"), rowTexts(grid, money.row() + 2));
        assertEquals(List.of("资金用途", "委托第三方开展重点项目绩效评价"), rowTexts(grid, money.row() + 3));
        Cell plan = find(grid, "资金支出计划（%）");
        assertEquals(List.of("资金支出计划（%）", "3月底", "6月底", "9月底", "12月底"), rowTexts(grid, plan.row()));
        assertEquals(List.of("25%", "50%", "75%", "100%"), rowTexts(grid, plan.row() + 1));
        assertEquals("/项目/0/资金支出计划/3月底", at(grid, plan.row() + 1, 1).pointer());
        assertEquals(List.of("绩效目标", "完成10个重点项目的绩效评价\n评价结果应用于下年预算安排"), rowTexts(grid, plan.row() + 2));
        Cell indicators = find(grid, "绩效指标");
        assertEquals(List.of("绩效指标", "指标编号", "一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值确定依据",
                "历史值"), rowTexts(grid, indicators.row()));
        assertEquals(List.of("CZ-PJ-01", "产出指标", "数量指标", "评价项目数量", "当年完成绩效评价的重点项目个数", "≥10个",
                "年度工作计划", "上年值：8个"), rowTexts(grid, indicators.row() + 1));
        assertEquals("/项目/0/绩效指标/0/历史值", at(grid, indicators.row() + 1, 8).pointer());
        assertEquals(List.of("", "成本指标", "评价经费", "", "≤30万元", "预算批复", ""), rowTexts(grid, indicators.row() + 2));
    }

    @Test
    @DisplayName("the fund summary and direction are the Hunan tables without the 附表 mark")
    void summaryAndDirection() throws IOException {
        List<Grid> grids = renderSpecExample();
        Grid summary = sheet(grids, "专项资金汇总");
        assertEquals(List.of("2024年县级专项资金绩效目标汇总表"), rowTexts(summary, 0));
        assertEquals(List.of("序号", "名  称", "金  额", "实施期绩效目标", "年度绩效目标"), rowTexts(summary, 2));
        assertEquals(List.of("", "合  计", "15", "", ""), rowTexts(summary, 3));
        assertEquals(List.of("1", "绩效管理培训", "15", "提升全县预算单位绩效管理能力", "举办绩效管理培训3期"), rowTexts(summary, 5));

        Grid direction = sheet(grids, "支出方向1");
        assertEquals(List.of("2024年县级专项资金支出方向绩效目标表"), rowTexts(direction, 0));
        assertEquals(List.of("支出方向（子项）", "绩效管理培训", "所属专项", "名称", "绩效管理专项"), rowTexts(direction, 2));
        Cell indicators = find(direction, "年度绩效指标");
        assertEquals(List.of("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"),
                rowTexts(direction, indicators.row()));
        Cell lines = find(direction, "支出明细及测算说明");
        assertEquals(List.of("绩效管理培训", "场地、资料、师资", "15万元", "3期*5万元/期=15万元"), rowTexts(direction, lines.row() + 1));
        assertEquals(null, at(direction, lines.row() + 1, 3).amount(), "written with its own unit: kept as text");
        assertEquals(List.of("合  计", "15", ""), rowTexts(direction, lines.row() + 2));
    }

    @Test
    @DisplayName("every text of the SPEC example appears in some cell")
    void specExampleComplete() throws IOException {
        Filing filing = GenericTestFilings.specExample();
        List<Grid> grids = renderSpecExample();
        GenericTestFilings.assertWellFormed(grids);
        GenericTestFilings.assertAllTextsShown(grids, filing.department(), filing.submission(),
                filing.departmentTable(), filing.projects(), filing.fundSummary(), filing.spendingDirections());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"linyi-tongzhanbu/2023.yaml", "shanhaiguan-tongzhanbu/2021.yaml",
            "wuchang-tongzhanbu/2020.yaml", "shifeng-tongzhanbu/2023.yaml", "shifeng-zhengxie/2023.yaml"})
    @DisplayName("any example filing printed in the generic layout loses none of its texts")
    void everyExampleComplete(String file) {
        Filing filing = GenericTestFilings.parse(file);
        List<Grid> grids = new GenericLayout().tables(filing);
        GenericTestFilings.assertWellFormed(grids);
        GenericTestFilings.assertAllTextsShown(grids, filing.department(), filing.submission(),
                filing.departmentTable(), filing.projects(), filing.fundSummary(), filing.spendingDirections());
    }

    @Test
    @DisplayName("the duty tree prints as flat rows with the duty, sub-duty and goal merged over their indicators")
    void dutyTree() {
        Filing filing = GenericTestFilings.parse("linyi-tongzhanbu/2023.yaml");
        Grid grid = sheet(new GenericLayout().tables(filing), "部门整体");
        Cell label = find(grid, "部门职责");
        assertEquals(List.of("部门职责", "职责序号", "部门职责", "子职责", "职责目标", "三级指标"),
                rowTexts(grid, label.row()).subList(0, 6));
        Cell duty = find(grid, "民主党派和无党派人士工作");
        assertEquals(CellStyle.GROUP, duty.style());
        assertEquals("/部门整体/部门职责/0/职责", duty.pointer());
        assertTrue(duty.rowSpan() > 1, duty.toString());
        assertEquals(filing.departmentTable().dutyTree().get(0).subDuties().get(0).goals().get(0).pointer() + "/目标",
                at(grid, duty.row(), duty.column() + 2).pointer());
        assertFalse(grid.cells().stream().anyMatch(c -> c.text().equals("一级指标")),
                "no empty 一级 column when the duty tree has no categories");
    }

    @Test
    @DisplayName("the narrative goals print one labelled text per duty and part")
    void narrative() {
        Filing filing = GenericTestFilings.parse("shanhaiguan-tongzhanbu/2021.yaml");
        Grid grid = sheet(new GenericLayout().tables(filing), "部门整体");
        Cell overall = find(grid, "总体绩效目标");
        assertEquals(filing.departmentTable().overall().lead(), at(grid, overall.row(), 1).text());
        Cell duty = at(grid, overall.row() + 1, 1);
        assertEquals(filing.departmentTable().overall().duties().get(0).name(), duty.text());
        assertEquals(List.of("主要职责", filing.departmentTable().overall().duties().get(0).mainDuties()),
                rowTexts(grid, overall.row() + 1).subList(1, 3));
        assertEquals("/部门整体/总体绩效目标/职责/0/主要职责", at(grid, overall.row() + 1, 3).pointer());
    }
}
