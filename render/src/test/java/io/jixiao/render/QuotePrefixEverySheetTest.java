package io.jixiao.render;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Excel's quote prefix on every sheet a workbook can have: the official form, the extra table of what the form has
 * no place for (本表样没有位置的内容), the 与上年对比 sheet, and the continuation rows of a cell too tall for one
 * printed row. Text that begins like a formula stays text when a clerk edits the cell or saves the sheet as CSV,
 * wherever the layout puts it.
 */
@DisplayName("Formula-looking text is quote-prefixed on every sheet of a workbook")
class QuotePrefixEverySheetTest {

    /** Formula-leading text in the form's cells, in a part the Hebei form lacks (标准值) and in a very tall goal. */
    private static final String FILING = """
            格式版本: 1
            部门名称: 示例县统战部
            年度: {year}
            模板: hebei-project
            金额单位: 万元
            项目:
              - 项目名称: =统战工作经费
                预算数: 10
                绩效目标: |
            {goal}
                绩效指标:
                  - 一级指标: 产出指标
                    二级指标: 数量指标
                    三级指标: '@联谊活动次数'
                    指标值: '{value}'
                    标准值:
                      当年标准值: +4次
                  - 一级指标: 产出指标
                    二级指标: 质量指标
                    三级指标: -活动满意度
                    指标值: ≥90%
            """;

    @Test
    @DisplayName("the form, the unplaced parts, last year's comparison and continuation rows all carry the prefix")
    void everySheet() throws IOException {
        Filing lastYear = parse(2024, "≥3次");
        Filing filing = parse(2025, "≥4次");

        byte[] workbook = new Renderer(Messages.chinese()).xlsx(filing, lastYear, List.of());

        Map<String, Integer> prefixedPerSheet = new TreeMap<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (int s = 0; s < read.getNumberOfSheets(); s++) {
                XSSFSheet sheet = read.getSheetAt(s);
                int prefixed = 0;
                for (Row row : sheet) {
                    for (Cell any : row) {
                        XSSFCell cell = (XSSFCell) any;
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getReference());
                        if (cell.getCellType() == CellType.STRING && formulaLike(cell.getStringCellValue())) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + "!"
                                    + cell.getReference() + " " + cell.getStringCellValue());
                            prefixed++;
                        }
                    }
                }
                prefixedPerSheet.put(sheet.getSheetName(), prefixed);
            }
            assertTrue(read.getNumberOfSheets() >= 3, prefixedPerSheet::toString);
            prefixedPerSheet.forEach((sheet, count) -> assertTrue(count > 0, sheet + ": " + prefixedPerSheet));
            XSSFSheet form = read.getSheetAt(0);
            assertTrue(continuationRows(form) > 0, "the goal was not split over continuation rows");
        }
    }

    private static Filing parse(int year, String value) {
        StringBuilder goal = new StringBuilder();
        for (int line = 1; line <= 80; line++) {
            goal.append("          =第").append(line).append("项工作，按计划完成，并报送统战工作领导小组审定\n");
        }
        String text = FILING.replace("{year}", String.valueOf(year)).replace("{value}", value)
                .replace("{goal}\n", goal.toString());
        ParseResult parsed = new FilingParser().parse(Path.of("tongzhan", year + ".yaml"),
                text.getBytes(StandardCharsets.UTF_8));
        return parsed.filing().orElseThrow(() -> new AssertionError(parsed.findings() + "\n" + text));
    }

    private static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@＝＋－＠\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Rows of the form whose goal cell continues the text of the one above (TallRows). */
    private static int continuationRows(XSSFSheet sheet) {
        int rows = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=第")
                        && !cell.getStringCellValue().startsWith("=第1项")) {
                    rows++;
                }
            }
        }
        return rows;
    }
}
