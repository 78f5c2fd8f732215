package io.jixiao.render.layout.forms;

import io.jixiao.finding.Severity;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Narrative;
import io.jixiao.model.ProjectTable;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.value.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Hebei project layout reproduces the published 山海关 narrative and project tables")
class HebeiProjectLayoutTest {

    private static final Path SHANHAIGUAN = Path.of("../example-filings/filings/shanhaiguan-tongzhanbu/2021.yaml");
    /** Row of the indicator header in a project table whose plan fits one row pair. */
    private static final int INDICATOR_HEADER = 8;

    private static Filing filing;
    private static List<Grid> grids;

    @BeforeAll
    static void render() {
        filing = parse(new FilingParser().parse(SHANHAIGUAN));
        grids = new HebeiProjectLayout().tables(filing);
    }

    @Test
    @DisplayName("the narrative sheet first, then one sheet per project named by its number and name")
    void sheetNames() {
        assertEquals(List.of("部门整体绩效目标", "1.车辆保险费", "2.提前下达2021年省级少数民族发展资金", "3.综合业务经费",
                        "4.提前下达省级2010年普惠金融发展专项资金（民贸民品企业贷", "5.宗教治理经费", "6.民贸民品贴息",
                        "7.民革、民盟、民建、民进、农工、九三，民主党派活动经费"),
                grids.stream().map(Grid::name).toList());
        assertEquals(grids.size(), new HashSet<>(grids.stream().map(Grid::name).toList()).size());
        grids.forEach(g -> assertTrue(g.name().length() <= 31, g.name()));
    }

    @Test
    @DisplayName("the narrative reads section by section: headings, lead-ins, numbered duties beside their paragraphs")
    void narrative() {
        Grid g = grids.get(0);
        Cell title = at(g, 0, 0);
        assertEquals("第一部分 部门整体绩效目标", title.text());
        assertEquals(CellStyle.TITLE, title.style());

        Cell overall = at(g, 1, 0);
        assertEquals("一、总体绩效目标", overall.text());
        assertEquals(CellStyle.HEADER, overall.style());
        assertEquals(2, overall.colSpan());
        assertEquals("本年度山海关区委统战部总体绩效目标：", at(g, 2, 0).text());

        Cell firstDuty = at(g, 3, 0);
        assertEquals("1、开展统战工作专项业务", firstDuty.text());
        assertEquals(CellStyle.GROUP, firstDuty.style());
        assertEquals(5, firstDuty.rowSpan());
        assertEquals(List.of("主要职责是", "职责目标是", "绩效目标是", "绩效指标是", "绩效标准："),
                Stream.of(3, 4, 5, 6, 7).map(row -> at(g, row, 1).text().substring(0, 5)).toList());
        assertEquals("绩效标准：反映党外干部遴选培养情况。", at(g, 12, 1).text());
        assertEquals("/部门整体/总体绩效目标/职责/1/绩效标准", at(g, 12, 1).pointer());
        assertEquals("3、统战事务管理工作。", at(g, 13, 0).text());

        assertEquals("二、分项绩效目标", at(g, 18, 0).text());
        assertEquals("/部门整体/分项绩效目标/说明", at(g, 19, 0).pointer());
        assertEquals("三、工作保障措施", at(g, 35, 0).text());
        assertEquals(List.of("始终把加强统战工", "一是强化组织领导", "二是强化制度保障", "三是强化载体建设"),
                Stream.of(36, 37, 38, 39).map(row -> at(g, row, 0).text().substring(0, 8)).toList());
        assertEquals(40, g.rowCount());
    }

    @Test
    @DisplayName("a project table: title, unit line, code and name, budget block, plan, goals and indicator header")
    void projectBlock() {
        Grid g = grids.get(1);
        assertEquals(List.of("1.车辆保险费绩效目标表"), texts(g.cellsStartingIn(0)));
        assertEquals(List.of("213001中共秦皇岛市山海关区委统战部本级", "单位：元"), texts(g.cellsStartingIn(1)));
        assertEquals(List.of("项目编码", "130303210B2L85R7NSB45", "项目名称", "车辆保险费"), texts(g.cellsStartingIn(2)));
        assertEquals(List.of("预算规模及资金用途", "预算数", "4000.00", "其中：财政资金", "4000.00", "其他资金", "0"),
                texts(g.cellsStartingIn(3)));
        assertEquals(2, at(g, 3, 0).rowSpan());
        assertEquals(List.of("公务用车正常运转"), texts(g.cellsStartingIn(4)));
        assertEquals(List.of("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"), texts(g.cellsStartingIn(5)));
        assertEquals(2, at(g, 5, 0).rowSpan());
        assertEquals(List.of("25.00%", "50.00%", "75.00%", "100.00%"), texts(g.cellsStartingIn(6)));
        assertEquals(List.of(3, 3, 3, 3), g.cellsStartingIn(6).stream().map(Cell::colSpan).toList(),
                "four months share the value columns evenly");
        assertEquals(List.of("绩效目标", "1.公务用车正常运转\n2.公务用车正常运转\n3.公务用车正常运转"),
                texts(g.cellsStartingIn(7)));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"),
                texts(g.cellsStartingIn(INDICATOR_HEADER)));
        assertEquals(INDICATOR_HEADER, g.firstHeaderRow());
        assertEquals(1, g.headerRows());
        for (int row : List.of(2, 3, 5, INDICATOR_HEADER)) {
            g.cellsStartingIn(row).stream().filter(c -> c.style() == CellStyle.HEADER)
                    .forEach(c -> assertNull(c.pointer(), c.text()));
        }
    }

    @Test
    @DisplayName("amounts are numbers keeping the text they were written with")
    void amounts() {
        Grid g = grids.get(2);
        ProjectTable project = filing.projects().get(1);
        List<Cell> amounts = g.cells().stream().filter(c -> c.style() == CellStyle.AMOUNT).toList();
        assertEquals(List.of("220000.00", "220000.00", "0"), texts(amounts));
        assertEquals(0, new BigDecimal("220000").compareTo(amounts.get(0).amount()));
        assertEquals(0, BigDecimal.ZERO.compareTo(amounts.get(2).amount()));
        assertEquals(List.of(project.pointer() + "/预算数", project.pointer() + "/财政资金", project.pointer() + "/其他资金"),
                amounts.stream().map(Cell::pointer).toList());
    }

    @Test
    @DisplayName("一级 and 二级 merge over their consecutive indicators; the first and last rows read as published")
    void indicatorRows() {
        Grid g = grids.get(2);
        int first = INDICATOR_HEADER + 1;
        assertEquals(List.of("产出指标", "数量指标", "评估报告数量", "评估报告数量", "≥90%", "冀财规【2020】26号"),
                texts(g.cellsStartingIn(first)));
        assertEquals(4, at(g, first, 0).rowSpan());
        assertEquals(4, at(g, first + 4, 0).rowSpan());
        assertEquals("效益指标", at(g, first + 4, 0).text());
        int last = g.rowCount() - 1;
        assertEquals(first + 8, last);
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "冀财规【2020】26号"),
                texts(g.cellsStartingIn(last)));
        Indicator lastIndicator = filing.projects().get(1).indicators().get(8);
        assertEquals(lastIndicator.pointer() + "/指标值", g.cellsStartingIn(last).get(4).pointer());
    }

    @Test
    @DisplayName("a plan written without % keeps its text")
    void planAsWritten() {
        assertEquals(List.of("25", "50", "75", "100"), texts(grids.get(6).cellsStartingIn(6)));
    }

    @Test
    @DisplayName("every text of the narrative and of each project appears in a cell")
    void everyValueAppears() {
        List<String> shown = grids.stream().flatMap(g -> g.cells().stream()).map(Cell::text).toList();
        List<String> expected = new ArrayList<>();
        DepartmentTable table = filing.departmentTable();
        for (Narrative narrative : List.of(table.overall(), table.perDuty())) {
            expected.add(narrative.lead());
            for (Narrative.Duty d : narrative.duties()) {
                expected.addAll(List.of(d.name(), d.mainDuties(), d.dutyGoal(), d.performanceGoal(), d.indicators(),
                        d.standard()));
            }
        }
        expected.addAll(table.safeguards().lines().toList());
        for (ProjectTable p : filing.projects()) {
            expected.addAll(List.of(p.title(), p.unitCode(), p.unitName(), p.code(), p.name(), p.use()));
            Stream.of(p.budget(), p.fiscalFunds(), p.otherFunds()).map(Money::written).forEach(expected::add);
            p.spendingPlan().forEach(point -> expected.add(point.cumulative().written()));
            expected.addAll(p.goals().items());
            for (Indicator i : p.indicators()) {
                expected.addAll(List.of(i.level1(), i.level2(), i.name(), i.explanation(), i.value().written(),
                        i.basis()));
            }
        }
        List<String> missing = expected.stream().filter(t -> t != null && !t.isBlank())
                .filter(t -> shown.stream().noneMatch(cell -> cell.contains(t))).toList();
        assertEquals(List.of(), missing);
        assertTrue(expected.size() > 400, "walked every record");
    }

    @Test
    @DisplayName("a hand-written filing: generated title, merges only across consecutive equal categories")
    void handWritten() {
        String yaml = """
                格式版本: 1
                部门名称: 示例部门
                年度: 2024
                模板: hebei-project
                金额单位: 万元
                填报信息:
                  单位负责人: 李四
                项目:
                  - 项目名称: "示例项目: 第一期"
                    预算数: 12
                    财政资金: 10
                    其他资金: 2万元
                    资金支出计划:
                      6月底: 50%
                      12月底: 100%
                    绩效目标: 完成示例工作
                    绩效指标:
                      - 一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 甲
                        指标值: 1次
                      - 一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 乙
                        指标值: 2次
                      - 一级指标: 产出指标
                        二级指标: 质量指标
                        三级指标: 丙
                        指标值: ≥90%
                      - 一级指标: 效益指标
                        二级指标: 质量指标
                        三级指标: 丁
                        指标值: 有所提升
                      - 一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 戊
                        指标值: 3次
                """;
        Filing own = parse(new FilingParser().parse(Path.of("own.yaml"), yaml.getBytes(StandardCharsets.UTF_8)));
        List<Grid> ownGrids = new HebeiProjectLayout().tables(own);
        assertEquals(List.of("1.示例项目_ 第一期"), ownGrids.stream().map(Grid::name).toList(),
                "no narrative sheet without a 部门整体; the colon Excel forbids is replaced");
        Grid g = ownGrids.get(0);
        assertEquals("1.示例项目: 第一期绩效目标表", at(g, 0, 0).text());
        assertEquals(List.of("", "单位：万元"), texts(g.cellsStartingIn(1)));
        List<Cell> amounts = g.cells().stream().filter(c -> c.style() == CellStyle.AMOUNT).toList();
        assertEquals(List.of("12", "10"), texts(amounts));
        assertTrue(g.cells().stream().anyMatch(c -> c.text().equals("2万元") && c.amount() == null),
                "an amount written with its own unit stays as written, as text");
        assertEquals(List.of(6, 6), g.cellsStartingIn(6).stream().map(Cell::colSpan).toList());
        assertEquals("完成示例工作", at(g, 7, 1).text(), "a single goal text is not numbered");

        int first = INDICATOR_HEADER + 1;
        assertAll(
                () -> assertEquals(List.of("产出指标 3", "效益指标 1", "产出指标 1"), groups(g, 0, first, first + 4)),
                () -> assertEquals(List.of("数量指标 2", "质量指标 1", "质量指标 1", "数量指标 1"),
                        groups(g, 1, first, first + 4)));

        Cell footer = at(g, first + 5, 0);
        assertEquals("单位负责人：李四", footer.text());
        assertEquals(CellStyle.FOOTER, footer.style());
        assertEquals(g.columnCount(), footer.colSpan());
    }

    @Test
    @DisplayName("a plan of five or of twelve months divides the value columns among them")
    void planWidths() {
        assertEquals(List.of(3, 3, 2, 2, 2), planSpans(5));
        assertEquals(java.util.Collections.nCopies(12, 1), planSpans(12));
    }

    private static List<Integer> planSpans(int months) {
        StringBuilder plan = new StringBuilder();
        for (int month = 13 - months; month <= 12; month++) {
            plan.append("      ").append(month).append("月底: ").append(100 * (month + months - 12) / months)
                    .append("%\n");
        }
        String yaml = """
                格式版本: 1
                部门名称: 示例部门
                年度: 2024
                模板: hebei-project
                金额单位: 元
                项目:
                  - 项目名称: 示例项目
                    资金支出计划:
                """ + plan;
        Grid g = new HebeiProjectLayout().tables(
                parse(new FilingParser().parse(Path.of("plan.yaml"), yaml.getBytes(StandardCharsets.UTF_8)))).get(0);
        assertEquals("资金支出计划（%）", at(g, 5, 0).text());
        assertEquals("100%", g.cellsStartingIn(6).get(months - 1).text());
        return g.cellsStartingIn(6).stream().map(Cell::colSpan).toList();
    }

    /** The merged cells of one column between two rows, as "text rowSpan". */
    private static List<String> groups(Grid grid, int column, int fromRow, int toRow) {
        return grid.cells().stream()
                .filter(c -> c.column() == column && c.row() >= fromRow && c.row() <= toRow)
                .sorted(java.util.Comparator.comparingInt(Cell::row))
                .map(c -> c.text() + " " + c.rowSpan()).toList();
    }

    private static Filing parse(ParseResult result) {
        assertEquals(List.of(), result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        return result.filing().orElseThrow();
    }

    /** The cell covering a position, whether it starts there or spans into it. */
    private static Cell at(Grid grid, int row, int column) {
        return grid.cells().stream()
                .filter(c -> c.row() <= row && row <= c.lastRow() && c.column() <= column && column <= c.lastColumn())
                .findFirst().orElseThrow(() -> new AssertionError("no cell at " + row + "," + column));
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }
}
