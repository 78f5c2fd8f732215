package io.jixiao.render.layout.forms;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.render.Renderer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each local form (地方表样) read back from the workbook: its own labels in the places of the form's, its funding
 * rows beside their amounts, merged as the published table merges them, and nothing it places left in the extra
 * sheet.
 */
@DisplayName("Local versions of a form (地方表样) print that form's own labels")
class FormVariantLayoutTest {

    private static final Renderer RENDERER = new Renderer(Messages.chinese());
    private static final DataFormatter FORMAT = new DataFormatter();

    private static final String PROJECT = """
            格式版本: 2
            部门名称: 某区卫生健康局
            年度: 2021
            %s
            金额单位: 万元
            项目:
              - 项目名称: 特困家庭再扶助
                预算单位名称: 区卫生健康局
                %s
                绩效目标: 对符合政策的家庭进行扶助。
                绩效指标:
                  - 一级指标: 产出指标
                    二级指标: 数量指标
                    三级指标: 扶助家庭数
                    指标值: 63户
                    分值: 10
                    指标方向: 正向指标
            """;

    @Test
    @DisplayName("sichuan-project: the 小计 tree under 年度资金总额 / 金额（万元）, 总体目标 over 年度目标")
    void sichuan() throws IOException {
        XSSFSheet sheet = sheet(filing("模板: national-2015\n地方表样: sichuan-project", """
                财政资金: 6.30
                    资金来源:
                      一般公共预算: 6.30
                      政府性基金: 0.00
                      自有资金: 0.00
                      经营收入: 0.00
                    其他资金: 0.00"""), 0);
        Cell head = find(sheet, "项目资金（万元）");
        assertEquals("年度资金总额", right(sheet, head));
        assertEquals("金额（万元）", FORMAT.formatCellValue(sheet.getRow(head.getRowIndex()).getCell(2)));
        List<String> rows = List.of("（一）财政拨款小计", "1、一般公共预算", "2、政府性基金", "3、国有资本经营预算",
                "（二）自有资金小计", "1、事业收入", "2、经营性收入", "（三）其他收入");
        List<String> amounts = List.of("6.30", "6.30", "0.00", "", "0.00", "", "0.00", "0.00");
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.getRow(head.getRowIndex() + 1 + i);
            assertEquals(rows.get(i), FORMAT.formatCellValue(row.getCell(1)), "row " + i);
            assertEquals(amounts.get(i), FORMAT.formatCellValue(row.getCell(2)), rows.get(i));
        }
        CellRangeAddress merged = merged(sheet, head);
        assertNotNull(merged, "项目资金 spans the head row and the eight rows");
        assertEquals(9, merged.getLastRow() - merged.getFirstRow() + 1);
        Cell over = find(sheet, "总体目标");
        assertEquals(2, merged(sheet, over).getLastRow() - merged(sheet, over).getFirstRow() + 1);
        assertEquals("年度目标", right(sheet, over));
        assertNotNull(find(sheet, "指标值（包含数字及文字描述）"));
        assertNull(findOrNull(sheet, "年度资金总额："), "the national wording is replaced");
        XSSFWorkbook book = sheets(filing("模板: national-2015\n地方表样: sichuan-project", "财政资金: 6.30\n"
                + "    资金来源:\n      一般公共预算: 6.30"));
        for (int i = 1; i < book.getNumberOfSheets(); i++) {
            assertFalse(texts(book.getSheetAt(i)).stream().anyMatch(t -> t.contains("资金来源")),
                    "the tree places 资金来源: not in " + book.getSheetName(i));
        }
    }

    @Test
    @DisplayName("sichuan-project: a filed 年度资金总额 prints in its row, an amount the rows do not name after them")
    void sichuanTotals() throws IOException {
        XSSFSheet sheet = sheet(filing("模板: national-2015\n地方表样: sichuan-project",
                "预算数: 9.00\n    财政资金: 6.30\n    资金来源:\n      上年结转: 1.50"), 0);
        Cell head = find(sheet, "项目资金（万元）");
        assertEquals("9.00", FORMAT.formatCellValue(sheet.getRow(head.getRowIndex()).getCell(2)));
        assertEquals("1.50", right(sheet, find(sheet, "上年结转")), "上年结转 has a place on the form: printed there");
        assertEquals(10, merged(sheet, head).getLastRow() - merged(sheet, head).getFirstRow() + 1);
    }

    @Test
    @DisplayName("sichuan-project with a 中期 part: the 中期 money above the 小计 tree, the annual totals printed once")
    void sichuanMidTermPrintsAnnualTotalsOnce() throws IOException {
        XSSFSheet sheet = sheet(filing("模板: national-2015\n地方表样: sichuan-project", """
                中期:
                      资金总额: 30.00
                      财政资金: 25.00
                      其他资金: 5.00
                      目标: 三年完成。
                    预算数: 9.00
                    财政资金: 6.30
                    资金来源:
                      一般公共预算: 6.30
                    其他资金: 2.70"""), 0);
        List<String> texts = texts(sheet);
        assertEquals(1, texts.stream().filter("年度资金总额"::equals).count(), "年度资金总额 once: " + texts);
        assertEquals(1, texts.stream().filter("其中：财政拨款"::equals).count(), "the 中期 block's only: " + texts);
        assertEquals("25.00", right(sheet, find(sheet, "其中：财政拨款")), "no annual column beside the 中期 one");
        assertEquals("30.00", right(sheet, find(sheet, "中期资金总额：")));
        assertEquals("9.00", right(sheet, find(sheet, "年度资金总额")));
        assertEquals("6.30", right(sheet, find(sheet, "1、一般公共预算")));
        assertTrue(texts.contains("25.00") && texts.contains("5.00") && texts.contains("2.70"), texts.toString());
    }

    @Test
    @DisplayName("guangdong-dongguan: 东莞's labels for the 中期 and annual money and the two indicator sets")
    void dongguan() throws IOException {
        XSSFSheet sheet = sheet(filing("模板: national-2015\n地方表样: guangdong-dongguan", """
                中期:
                      资金总额: 300
                      财政资金: 300
                      目标: 三年完成。
                      绩效指标:
                        - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 扶助家庭数, 指标值: 190户}
                    预算数: 100
                    财政资金: 100"""), 0);
        assertNotNull(find(sheet, "中期市财政预算（万元）"));
        assertNotNull(find(sheet, "本年度申请市财政预算资金（万元）"));
        assertNotNull(find(sheet, "中期滚动目标"));
        assertNotNull(find(sheet, "指标值（或计划水平）"));
        assertNotNull(find(sheet, "计划指标值（或计划水平）"));
        assertNull(findOrNull(sheet, "二级指标（长期）"));
        assertEquals("100", right(sheet, find(sheet, "本年度申请市财政预算资金（万元）")));
    }

    @Test
    @DisplayName("hubei-qingshan: 主管部门及编码, 当年资金总额：, 其中：当年财政拨款, 当年其他资金")
    void qingshan() throws IOException {
        XSSFSheet sheet = sheet(filing("模板: national-2015\n地方表样: hubei-qingshan",
                "中期:\n      资金总额: 300\n    预算数: 100\n    财政资金: 90\n    其他资金: 10"), 0);
        for (String label : List.of("主管部门及编码", "资金总额", "当年资金总额：", "其中：当年财政拨款", "当年其他资金")) {
            assertNotNull(find(sheet, label), label);
        }
        assertEquals("90", right(sheet, find(sheet, "其中：当年财政拨款")));
    }

    @Test
    @DisplayName("anhui-jinan: 项目责任人： in the sign-off line")
    void jinan() throws IOException {
        XSSFSheet sheet = sheet(filing("模板: national-2015\n地方表样: anhui-jinan", "项目负责人: 张三"), 0);
        assertTrue(texts(sheet).stream().anyMatch(t -> t.startsWith("项目责任人：")), texts(sheet).toString());
        assertFalse(texts(sheet).stream().anyMatch(t -> t.contains("项目责任人（签字）")));
    }

    @Test
    @DisplayName("ningxia-approval: the project headed 项目, its amount 绩效金额")
    void ningxia() throws IOException {
        XSSFSheet sheet = sheet(filing("地方表样: ningxia-approval", "预算数: 3000000"), 0);
        assertEquals("特困家庭再扶助", right(sheet, find(sheet, "项目")));
        assertEquals("3000000", right(sheet, find(sheet, "绩效金额")));
        assertNull(findOrNull(sheet, "项目名称"));
    }

    @Test
    @DisplayName("sichuan-export: 年度目标, and the indicator columns 指标方向性 and 权重")
    void sichuanExport() throws IOException {
        XSSFSheet sheet = sheet(filing("地方表样: sichuan-export", "预算数: 10"), 0);
        assertEquals("对符合政策的家庭进行扶助。", right(sheet, find(sheet, "年度目标")));
        Cell direction = find(sheet, "指标方向性");
        Cell weight = find(sheet, "权重");
        assertEquals(direction.getRowIndex(), weight.getRowIndex());
        Row first = sheet.getRow(direction.getRowIndex() + 1);
        assertEquals("正向指标", FORMAT.formatCellValue(first.getCell(direction.getColumnIndex())));
        assertEquals("10", FORMAT.formatCellValue(first.getCell(weight.getColumnIndex())));
    }

    @Test
    @DisplayName("shanghai-project: 开始时间 and 结束时间 each labelled beside its value, in one row")
    void shanghai() throws IOException {
        XSSFSheet sheet = sheet(filing("地方表样: shanghai-project",
                "项目实施期:\n      开始时间: 2019/1/1\n      结束时间: 2019/12/31"), 0);
        Cell start = find(sheet, "开始时间");
        Cell end = find(sheet, "结束时间");
        assertEquals(start.getRowIndex(), end.getRowIndex());
        assertEquals("2019/1/1", right(sheet, start));
        assertEquals("2019/12/31", right(sheet, end));
        XSSFSheet national = sheet(filing("", "项目实施期:\n      开始时间: 2019/1/1\n      结束时间: 2019/12/31"), 0);
        assertEquals("2019/1/1 至 2019/12/31", right(national, find(national, "项目实施期")),
                "the generic layout's own wording keeps the period in one cell");
    }

    private static Filing filing(String head, String money) {
        String yaml = PROJECT.formatted(head, money);
        ParseResult parsed = new FilingParser().parse(Path.of("variant.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.findings().stream().noneMatch(f -> f.severity().name().equals("ERROR")),
                parsed.findings() + "\n" + yaml);
        return parsed.filing().orElseThrow(() -> new AssertionError(parsed.findings() + "\n" + yaml));
    }

    private static XSSFWorkbook sheets(Filing filing) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(RENDERER.xlsx(filing)));
    }

    private static XSSFSheet sheet(Filing filing, int index) throws IOException {
        return sheets(filing).getSheetAt(index);
    }

    private static Cell find(XSSFSheet sheet, String text) {
        Cell cell = findOrNull(sheet, text);
        assertNotNull(cell, "no cell " + text + " in " + texts(sheet));
        return cell;
    }

    private static Cell findOrNull(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).equals(text)) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** The text of the next cell to the right that starts a cell of the grid (past the label's merged columns). */
    private static String right(XSSFSheet sheet, Cell cell) {
        CellRangeAddress range = merged(sheet, cell);
        int next = range == null ? cell.getColumnIndex() + 1 : range.getLastColumn() + 1;
        Cell target = sheet.getRow(cell.getRowIndex()).getCell(next);
        return target == null ? "" : FORMAT.formatCellValue(target);
    }

    private static CellRangeAddress merged(XSSFSheet sheet, Cell cell) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(cell)) {
                return range;
            }
        }
        return null;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(FORMAT.formatCellValue(cell))));
        return texts;
    }
}
