package io.jixiao.render.layout.forms;

import io.jixiao.finding.Severity;
import io.jixiao.model.Duty;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Shandong duty layout reproduces the published 临沂 table")
class ShandongDutyLayoutTest {

    private static final Path LINYI = Path.of("../example-filings/filings/linyi-tongzhanbu/2023.yaml");
    private static final int FIRST_DATA_ROW = 5;

    private static Filing filing;
    private static Grid grid;

    @BeforeAll
    static void render() {
        filing = parse(new FilingParser().parse(LINYI));
        List<Grid> grids = new ShandongDutyLayout().tables(filing);
        assertEquals(1, grids.size());
        grid = grids.get(0);
    }

    @Test
    @DisplayName("one sheet 部门整体 under the filed title, fourteen columns wide")
    void sheetAndTitle() {
        assertEquals("部门整体", grid.name());
        assertEquals(14, grid.columnCount());
        Cell title = at(grid, 0, 0);
        assertEquals("2023年中共临沂市委统一战线工作部部门预算整体绩效目标表（1）", title.text());
        assertEquals(CellStyle.TITLE, title.style());
        assertEquals(14, title.colSpan());
    }

    @Test
    @DisplayName("the four header rows have the published merges and repeat on every printed page")
    void header() {
        assertEquals(List.of(
                "职责序号 @1,0 4x1", "部门职责 @1,1 4x2", "职责目标 @1,3 4x1", "绩效指标 @1,4 4x1",
                "指标解释 @1,5 4x1", "年度指标值 @1,6 4x1", "指标参考值 @1,7 1x6", "工作活动 @1,13 4x1",
                "标准值 (规划目标、行业标准或其他明确标准) @2,7 1x3",
                "历史值 (统计年鉴/统计公报/内部统计/其他需明确的来源) @2,10 1x3",
                "规划值 @3,7 2x1", "当年标准值 @3,8 1x2", "前三年均值 @3,10 2x1", "上年值 @3,11 2x1", "来源 @3,12 2x1",
                "标准值 @4,8 1x1", "来源 @4,9 1x1"),
                describeRows(grid, 1, 4));
        assertEquals(1, grid.firstHeaderRow());
        assertEquals(4, grid.headerRows());
        for (int row = 1; row <= 4; row++) {
            grid.cellsStartingIn(row).forEach(c -> assertAll(
                    () -> assertEquals(CellStyle.HEADER, c.style(), c.text()),
                    () -> assertNull(c.pointer(), c.text())));
        }
    }

    @Test
    @DisplayName("one row per indicator: 22 rows after the header")
    void oneRowPerIndicator() {
        assertEquals(22, filing.departmentTable().allIndicators().size());
        assertEquals(FIRST_DATA_ROW + 22, grid.rowCount());
    }

    @Test
    @DisplayName("职责序号 1 is one merged cell over both duties numbered 1")
    void numberMergedOverDutiesWithTheSameNumber() {
        Cell one = at(grid, FIRST_DATA_ROW, 0);
        assertEquals("1", one.text());
        assertEquals(6, one.rowSpan());
        assertEquals(CellStyle.GROUP, one.style());
        assertEquals("/部门整体/部门职责/0/职责序号", one.pointer());
        assertEquals("民主党派和无党派人士工作", at(grid, FIRST_DATA_ROW, 1).text());
        assertEquals("社会联系", at(grid, FIRST_DATA_ROW + 3, 1).text());
        assertEquals(one, at(grid, FIRST_DATA_ROW + 5, 0));
        assertEquals("2", at(grid, FIRST_DATA_ROW + 6, 0).text());
    }

    @Test
    @DisplayName("each duty, sub-duty and goal cell spans exactly the rows of its indicators")
    void dutySpansMatchIndicators() {
        List<Duty> duties = filing.departmentTable().dutyTree();
        for (int d = 0; d < duties.size(); d++) {
            Duty duty = duties.get(d);
            String dutyPointer = "/部门职责/" + d;
            assertCovers(byPointer(grid, "/部门整体" + dutyPointer + "/职责"), indicatorsOf(duty), duty.name());
            for (int s = 0; s < duty.subDuties().size(); s++) {
                Duty.SubDuty sub = duty.subDuties().get(s);
                List<Indicator> subIndicators = sub.goals().stream().flatMap(g -> g.indicators().stream()).toList();
                assertCovers(byPointer(grid, "/部门整体" + dutyPointer + "/子职责/" + s + "/名称"), subIndicators,
                        sub.name());
                for (Duty.DutyGoal goal : sub.goals()) {
                    assertCovers(byPointer(grid, goal.pointer() + "/目标"), goal.indicators(), goal.text());
                }
            }
        }
    }

    @Test
    @DisplayName("the first data row reads as in the published table")
    void firstDataRow() {
        assertEquals(List.of("1", "民主党派和无党派人士工作", "参政议政", "支持民主党派开展考察调研，向市委市政府提报高质量的建言报告。",
                        "建言报告数", "考核民主党派参政议政情况。", "15篇", "15篇", "15篇",
                        "市委办公室《民主党派、工商联和无党派人士向市委建言“直通车”制度》", "15.6篇", "15篇", "内部统计",
                        "协调有关部门落实民主党派参政议政的各项措施。"),
                texts(grid.cellsStartingIn(FIRST_DATA_ROW)));
    }

    @Test
    @DisplayName("the last data row is the second indicator of 党建引领, its duty cells merged from above")
    void lastDataRow() {
        int last = grid.rowCount() - 1;
        List<Cell> cells = grid.cellsStartingIn(last);
        assertEquals(4, cells.get(0).column());
        assertEquals(List.of("机关党员集中学习培训学时", "根据党建、党风廉政建设等工作要求，每年组织机关党员参加集中培训和集体学习累计学时。",
                        "56学时", "/", "32学时",
                        "1.《中国共产党党员教育管理条例》； 2.《2023年市直机关党建工作要点》； 3.《中共临沂市纪委、中共临沂市委市直机关工委印发"
                                + "〈关于加强市直部门单位机关纪委建设的实施意见〉的通知》（临纪发〔2021〕9号）。",
                        "57学时", "56学时", "内部统计", "具体活动前期筹备和开展相关工作。"),
                texts(cells));
        assertEquals("党建引领", at(grid, last, 2).text());
        assertEquals("统战部门自身建设", at(grid, last, 1).text());
        assertEquals("5", at(grid, last, 0).text());
    }

    @Test
    @DisplayName("each value cell points at its value in the filing")
    void valuePointers() {
        Indicator first = filing.departmentTable().allIndicators().get(0);
        List<Cell> row = grid.cellsStartingIn(FIRST_DATA_ROW);
        assertEquals(first.pointer() + "/三级指标", row.get(4).pointer());
        assertEquals(first.pointer() + "/指标值", row.get(6).pointer());
        assertEquals(first.pointer() + "/标准值/当年标准值", row.get(8).pointer());
        assertEquals(first.pointer() + "/历史值/来源", row.get(12).pointer());
        assertEquals(first.pointer() + "/工作活动", row.get(13).pointer());
        assertEquals("/部门整体/部门职责/0/子职责/0/职责目标/0/目标", row.get(3).pointer());
    }

    @Test
    @DisplayName("every text of the duty tree appears in a cell")
    void everyValueAppears() {
        Set<String> shown = grid.cells().stream().map(Cell::text).collect(Collectors.toSet());
        List<String> expected = new ArrayList<>();
        for (Duty duty : filing.departmentTable().dutyTree()) {
            expected.add(duty.number());
            expected.add(duty.name());
            for (Duty.SubDuty sub : duty.subDuties()) {
                expected.add(sub.name());
                for (Duty.DutyGoal goal : sub.goals()) {
                    expected.add(goal.text());
                    for (Indicator i : goal.indicators()) {
                        expected.addAll(List.of(i.name(), i.explanation(), i.value().written(),
                                i.standard().planned().written(), i.standard().current().written(),
                                i.standard().source(),
                                i.history().threeYearAverage().written(), i.history().lastYear().written(),
                                i.history().source(), i.activities()));
                    }
                }
            }
        }
        List<String> missing = expected.stream().filter(t -> t != null && !t.isBlank())
                .filter(t -> !shown.contains(t)).toList();
        assertEquals(List.of(), missing);
        assertTrue(expected.size() > 200, "walked the whole tree");
    }

    @Test
    @DisplayName("a hand-written filing: generated title, merged numbers, rows kept for goals without indicators")
    void handWritten() {
        String yaml = """
                格式版本: 1
                部门名称: 示例部门
                年度: 2024
                模板: shandong-duty
                金额单位: 万元
                填报信息:
                  填表人: 张三
                  联系电话: "0539-1234567"
                部门整体:
                  部门职责:
                    - 职责序号: 1
                      职责: 甲职责
                      子职责:
                        - 名称: 甲一
                          职责目标:
                            - 目标: 甲一目标
                              绩效指标:
                                - 三级指标: 甲一指标
                                  指标值: 3次
                    - 职责序号: 1
                      职责: 乙职责
                      子职责:
                        - 名称: 乙一
                          职责目标:
                            - 目标: 乙一目标一
                              绩效指标:
                                - 三级指标: 乙一指标一
                                  指标值: 1次
                                - 三级指标: 乙一指标二
                                  指标值: 2次
                            - 目标: 乙一目标二（尚无指标）
                    - 职责序号: 2
                      职责: 丙职责
                    - 职责: 丁职责
                    - 职责: 戊职责
                """;
        Filing own = parse(new FilingParser().parse(Path.of("own.yaml"), yaml.getBytes(StandardCharsets.UTF_8)));
        Grid g = new ShandongDutyLayout().tables(own).get(0);

        assertEquals("2024年示例部门部门预算整体绩效目标表", at(g, 0, 0).text());
        Cell one = at(g, FIRST_DATA_ROW, 0);
        assertEquals("1", one.text());
        assertEquals(4, one.rowSpan(), "甲 has one row, 乙 three (two indicators and a goal without any)");
        assertEquals(3, at(g, FIRST_DATA_ROW + 1, 1).rowSpan());
        Cell goalWithoutIndicators = at(g, FIRST_DATA_ROW + 3, 3);
        assertEquals("乙一目标二（尚无指标）", goalWithoutIndicators.text());
        assertEquals(1, goalWithoutIndicators.rowSpan());
        assertEquals("", at(g, FIRST_DATA_ROW + 3, 4).text());
        assertEquals("丙职责", at(g, FIRST_DATA_ROW + 4, 1).text());
        assertEquals(1, at(g, FIRST_DATA_ROW + 4, 1).rowSpan());
        assertEquals(1, at(g, FIRST_DATA_ROW + 5, 0).rowSpan(), "unnumbered duties are not merged with each other");
        assertEquals(1, at(g, FIRST_DATA_ROW + 6, 0).rowSpan());

        int footer = FIRST_DATA_ROW + 7;
        assertEquals(List.of("填表人：张三", "联系电话：0539-1234567"), texts(g.cellsStartingIn(footer)));
        assertEquals(CellStyle.FOOTER, g.cellsStartingIn(footer).get(0).style());
        assertEquals("/填报信息/填表人", g.cellsStartingIn(footer).get(0).pointer());
        assertEquals(footer + 1, g.rowCount());
    }

    static Filing parse(ParseResult result) {
        assertEquals(List.of(), result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        return result.filing().orElseThrow();
    }

    /** The cell covering a position, whether it starts there or spans into it. */
    static Cell at(Grid grid, int row, int column) {
        return grid.cells().stream()
                .filter(c -> c.row() <= row && row <= c.lastRow() && c.column() <= column && column <= c.lastColumn())
                .findFirst().orElseThrow(() -> new AssertionError("no cell at " + row + "," + column));
    }

    static Cell byPointer(Grid grid, String pointer) {
        return grid.cells().stream().filter(c -> pointer.equals(c.pointer())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell for " + pointer));
    }

    static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    static List<String> describeRows(Grid grid, int from, int to) {
        List<String> described = new ArrayList<>();
        for (int row = from; row <= to; row++) {
            grid.cellsStartingIn(row).forEach(c -> described.add(
                    c.text() + " @" + c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan()));
        }
        return described;
    }

    private static List<Indicator> indicatorsOf(Duty duty) {
        return duty.subDuties().stream().flatMap(s -> s.goals().stream()).flatMap(g -> g.indicators().stream())
                .toList();
    }

    /** The merged cell's rows are exactly the rows of the indicators' name cells. */
    private static void assertCovers(Cell merged, List<Indicator> indicators, String what) {
        List<Integer> rows = indicators.stream().map(i -> byPointer(grid, i.pointer() + "/三级指标").row()).toList();
        assertEquals(rows.size(), merged.rowSpan(), what);
        assertEquals(merged.row(), rows.get(0), what);
        assertEquals(merged.lastRow(), rows.get(rows.size() - 1), what);
    }
}
