package io.jixiao.render.layout.forms;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national forms read back from the workbook: the 88号 project form with 中期 and 年度 side by side and two
 * indicator sets (六安 2024, 青山 2020), its annual-only variant (淮北 2025), the department-wide form (泸县 2024), and
 * the 101号 variant with 成本 first and scores (奉节 2023).
 */
@DisplayName("The national forms print as the published tables that use them")
class NationalLayoutTest {

    private static final Path V2 = Path.of("../parser/src/test/resources/io/jixiao/v2");
    private static final Renderer RENDERER = new Renderer(Messages.chinese());
    private static final DataFormatter FORMAT = new DataFormatter();

    private static XSSFWorkbook national2015;
    private static XSSFWorkbook national2021;
    private static XSSFWorkbook annual;

    @BeforeAll
    static void render() throws IOException {
        national2015 = workbook(new FilingParser().parse(V2.resolve("national-2015.yaml")).filing().orElseThrow());
        national2021 = workbook(new FilingParser().parse(V2.resolve("national-2021.yaml")).filing().orElseThrow());
        annual = workbook(new FilingParser().parse(Path.of("huaibei.yaml"), """
                格式版本: 2
                部门名称: 淮北市文化旅游体育局
                年度: 2025
                模板: national-2015
                金额单位: 万元
                项目:
                  - 标题: 项目支出绩效目标表
                    副标题: (2025年度)
                    项目名称: 农村文化建设配套补助经费
                    主管部门: 淮北市文化旅游体育局
                    主管部门编码: "077"
                    实施单位: 淮北市文化旅游体育局
                    项目来源: 本级申报项目
                    项目期: 1年
                    预算数: 5.00
                    财政资金: 5.00
                    资金来源:
                      上年结转: 0.00
                    其他资金: 0.00
                    绩效目标: 文化惠民工程，主要用于送戏进万村。
                    绩效指标:
                      - 一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 开展送戏进万村
                        指标值: ≥70村
                      - 一级指标: 产出指标
                        二级指标: 质量指标
                        三级指标: 送戏进万村活动完成率
                        指标值: ≥95%
                """.getBytes(StandardCharsets.UTF_8)).filing().orElseThrow());
    }

    private static XSSFWorkbook workbook(Filing filing) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(RENDERER.xlsx(filing)));
    }

    @Test
    @DisplayName("sheets: the department form, one project form per project; nothing unplaced in the 88 filing")
    void sheets() {
        assertEquals(List.of("部门整体", "项目1", "项目2"), names(national2015));
        assertEquals("项目1", national2021.getSheetName(0));
        assertEquals("本表样没有位置的内容", national2021.getSheetName(1),
                "the approval form's head cells the national form lacks are listed apart");
    }

    @Test
    @DisplayName("project head: title, year line as filed, the blank signature line, [code]name, 项目属性 beside 项目期")
    void projectHead() {
        XSSFSheet sheet = national2015.getSheet("项目1");
        Cell title = find(sheet, "项目支出绩效目标申报表");
        assertEquals(16, national2015.getFontAt(title.getCellStyle().getFontIndex()).getFontHeightInPoints());
        assertEquals("(  2024  年度)", text(sheet, title.getRowIndex() + 1, 0));
        Cell signature = find(sheet, "项目责任人（签字）：");
        assertEquals(title.getRowIndex() + 2, signature.getRowIndex());
        assertNotNull(find(sheet, "单位（盖章）："), "the stamp line printed blank, as filed");
        Cell supervisor = find(sheet, "主管部门及代码");
        assertEquals("[066]六安市农业农村局", text(sheet, supervisor.getRowIndex(), 1));
        assertEquals("实施单位", right(sheet, supervisor, 2));
        Cell nature = find(sheet, "项目属性");
        assertEquals("常年项目", text(sheet, nature.getRowIndex(), 1));
        assertEquals("3年", right(sheet, nature, 3));
    }

    @Test
    @DisplayName("money: 中期资金总额 beside 年度资金总额, each with 其中：财政拨款 and 其他资金, under a merged label")
    void money() {
        XSSFSheet sheet = national2015.getSheet("项目1");
        Cell label = find(sheet, "项目资金（万元）");
        CellRangeAddress merged = region(sheet, label);
        assertEquals(3, merged.getLastRow() - merged.getFirstRow() + 1);
        int row = label.getRowIndex();
        assertEquals("中期资金总额：", text(sheet, row, 1));
        Cell midTotal = sheet.getRow(row).getCell(2);
        assertEquals(CellType.NUMERIC, midTotal.getCellType());
        assertEquals(39.96, midTotal.getNumericCellValue());
        Cell annualLabel = find(sheet, "年度资金总额：");
        assertEquals("21.22", FORMAT.formatCellValue(sheet.getRow(row).getCell(annualLabel.getColumnIndex() + 1)));
        assertEquals(List.of("其中：财政拨款", "其中：财政拨款"), all(sheet, row + 1, "其中：财政拨款"));
        assertEquals(List.of("其他资金", "其他资金"), all(sheet, row + 2, "其他资金"));
        Cell header = sheet.getRow(row).getCell(1);
        assertTrue(national2015.getFontAt(header.getCellStyle().getFontIndex()).getBold());
        assertEquals(FillPatternType.SOLID_FOREGROUND, header.getCellStyle().getFillPattern());
    }

    @Test
    @DisplayName("goals: 中期目标 with its years beside 年度目标, under 总体目标")
    void goals() {
        XSSFSheet sheet = national2015.getSheet("项目1");
        Cell overall = find(sheet, "总体目标");
        assertEquals(2, rows(region(sheet, overall)));
        assertEquals("中期目标（2024年—2026年）", text(sheet, overall.getRowIndex(), 1));
        assertTrue(text(sheet, overall.getRowIndex() + 1, 1).startsWith("通过项目实施"));
    }

    @Test
    @DisplayName("two indicator sets side by side, paired by row, each headed as 青山 heads them")
    void twoSets() {
        XSSFSheet sheet = national2015.getSheet("项目1");
        Cell label = find(sheet, "绩效指标");
        int header = label.getRowIndex();
        List<String> headings = new ArrayList<>();
        sheet.getRow(header).forEach(c -> headings.add(FORMAT.formatCellValue(c)));
        assertTrue(headings.containsAll(List.of("二级指标（长期）", "三级指标（长期）", "指标值（长期）", "二级指标（年度）",
                "三级指标（年度）", "指标值（年度）")), headings.toString());
        assertEquals(6, rows(region(sheet, label)), "heading and five annual rows, the 中期 set paired beside");
        String firstRow = String.join("|", rowTexts(sheet, header + 1));
        assertTrue(firstRow.contains("新品种新技术示范推广|≥60个") && firstRow.contains("≥20个"), firstRow);
    }

    @Test
    @DisplayName("the annual-only variant: 项目来源, 年度资金总额 with 上年结转, 年度目标, one indicator set")
    void annualVariant() {
        XSSFSheet sheet = annual.getSheet("项目1");
        assertEquals("(2025年度)", text(sheet, 1, 0));
        Cell origin = find(sheet, "项目来源");
        assertEquals("本级申报项目", text(sheet, origin.getRowIndex(), 1));
        assertEquals("[077]淮北市文化旅游体育局", text(sheet, find(sheet, "主管部门及代码").getRowIndex(), 1));
        Cell money = find(sheet, "项目资金（万元）");
        assertEquals(4, rows(region(sheet, money)), "年度资金总额, 其中：财政拨款, 上年结转, 其他资金");
        assertEquals("上年结转", text(sheet, money.getRowIndex() + 2, 1));
        assertFalse(contains(sheet, "中期资金总额："));
        assertEquals("年度目标", text(sheet, find(sheet, "年度目标").getRowIndex(), 0));
        List<String> heading = rowTexts(sheet, find(sheet, "绩效指标").getRowIndex());
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), heading);
        assertEquals(2, rows(region(sheet, find(sheet, "产出指标"))), "一级 merged over its rows");
    }

    @Test
    @DisplayName("department form: 预算部门 with its code, 总体资金情况 by 基本支出 and 项目支出, tasks with 预算申请数")
    void department() {
        XSSFSheet sheet = national2015.getSheet("部门整体");
        assertEquals("2024年部门整体支出绩效目标申报表", text(sheet, 0, 0));
        assertEquals("（2024年度）", text(sheet, 1, 0));
        assertNotNull(find(sheet, "预算部门：[066]示例市农业农村局"));
        Cell funds = find(sheet, "总体资金情况（万元）");
        assertEquals(3, rows(region(sheet, funds)));
        List<String> parts = rowTexts(sheet, funds.getRowIndex() + 1);
        assertEquals(List.of("合计", "财政拨款", "专户资金", "单位资金", "合计", "财政拨款", "专户资金", "单位资金"),
                parts.stream().filter(t -> !t.isEmpty()).toList());
        assertTrue(rowTexts(sheet, funds.getRowIndex() + 2).containsAll(List.of("1695.55", "1478.75", "216.80")));
        Cell tasks = find(sheet, "年度主要任务");
        List<String> taskHeading = rowTexts(sheet, tasks.getRowIndex());
        assertTrue(taskHeading.containsAll(List.of("履职目标", "任务名称", "主要内容", "对应项目", "预算申请数")),
                taskHeading.toString());
        assertEquals(List.of("总额", "财政拨款", "其他资金"),
                rowTexts(sheet, tasks.getRowIndex() + 1).stream().filter(t -> !t.isEmpty()).toList());
        assertEquals("保障机关正常运转，完成全市农业技术推广任务。",
                text(sheet, find(sheet, "年度总体目标").getRowIndex(), 1));
        assertNotNull(find(sheet, "填报日期：2024年1月15日"));
    }

    @Test
    @DisplayName("101号: 成本指标 first with its score range, the total in the label, 分值 and 指标解释 columns")
    void national2021() {
        XSSFSheet sheet = national2021.getSheet("项目1");
        Cell label = find(sheet, "绩效指标（90分）");
        List<String> heading = rowTexts(sheet, label.getRowIndex());
        assertEquals(List.of("绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"), heading);
        Cell cost = find(sheet, "成本指标（0-20）分");
        assertEquals(label.getRowIndex() + 1, cost.getRowIndex(), "成本 is the first 一级");
        io.jixiao.render.grid.Grid grid = RENDERER.tables(new FilingParser().parse(V2.resolve("national-2021.yaml"))
                .filing().orElseThrow()).get(0);
        assertEquals(3, grid.cells().stream().filter(c -> c.text().equals("成本指标（0-20）分")).findFirst()
                .orElseThrow().rowSpan(), "成本 merged over its three rows on the form (a page break may cut it)");
        assertTrue(contains(sheet, "产出指标：40-50"), "a score whose 一级 has no row is printed apart");
        XSSFSheet extra = national2021.getSheet("本表样没有位置的内容");
        assertTrue(contains(extra, "项目第1项 › 项目分类"));
        assertTrue(contains(extra, "资产资源类--房屋类"));
    }

    @Test
    @DisplayName("every sheet's footer names the filing and numbers the pages")
    void footers() {
        XSSFSheet sheet = national2015.getSheet("项目1");
        assertEquals("示例市农业农村局　2024年度　金额单位：万元", sheet.getFooter().getLeft());
        assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter());
    }

    // ----- helpers -----------------------------------------------------------------------------------------

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Cell find(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(sheet.getSheetName() + ": no cell " + text);
    }

    private static boolean contains(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    /** The text of the {@code n}-th filled cell right of the given one. */
    private static String right(XSSFSheet sheet, Cell from, int n) {
        List<String> texts = new ArrayList<>();
        for (int c = from.getColumnIndex() + 1; c <= sheet.getRow(from.getRowIndex()).getLastCellNum(); c++) {
            String t = text(sheet, from.getRowIndex(), c);
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        return texts.get(n - 1);
    }

    private static List<String> all(XSSFSheet sheet, int row, String text) {
        return rowTexts(sheet, row).stream().filter(text::equals).toList();
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(row).forEach(c -> texts.add(FORMAT.formatCellValue(c)));
        List<String> filled = new ArrayList<>();
        for (String t : texts) {
            if (!t.isEmpty()) {
                filled.add(t);
            }
        }
        return filled;
    }

    private static CellRangeAddress region(XSSFSheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream()
                .filter(r -> r.getFirstRow() == cell.getRowIndex() && r.getFirstColumn() == cell.getColumnIndex())
                .findFirst().orElseThrow(() -> new AssertionError("not merged: " + FORMAT.formatCellValue(cell)));
    }

    private static int rows(CellRangeAddress region) {
        return region.getLastRow() - region.getFirstRow() + 1;
    }
}
