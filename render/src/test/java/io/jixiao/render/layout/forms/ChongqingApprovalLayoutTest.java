package io.jixiao.render.layout.forms;

import io.jixiao.finding.Messages;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** 重庆's 项目支出绩效目标审批表 read back from the workbook: the head in pairs, the money block, the scored indicators. */
@DisplayName("chongqing-approval prints the 重庆 审批表")
class ChongqingApprovalLayoutTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    private static final String FILING = """
            格式版本: 2
            部门名称: 奉节县云雾土家族乡人民政府
            年度: 2023
            模板: chongqing-approval
            指标体系: national-2021
            金额单位: 万元
            项目:
              - 标题: 2023年加工园配套设施建设项目支出绩效目标审批表
                预算单位名称: 奉节县云雾土家族乡人民政府
                项目名称: 加工园配套设施建设项目
                项目分类: 资产资源类--房屋类
                项目实施期: 2023年4月-2024年2月
                业务主管部门: 县民宗委
                实施单位: 云雾土家族乡
                项目负责人: 徐德迁
                联系电话: "13452649655"
                项目审批: 奉节民宗委发〔2022〕3号
                项目概况:
                  概述: 新建中药材晾晒房一座。
                绩效目标: 新建晾晒房。
                中期:
                  资金总额: 65
                预算数: 65
                财政资金: 60
                其他资金: 5
                财政资金预算分类: 一般公共预算
                功能科目编码: 21305
                预算执行:
                  年度预算执行率: 100%
                  分值: 10分
                指标分值:
                  合计: 90
                  一级指标:
                    成本指标: 0-20
                绩效指标:
                  - 一级指标: 成本指标
                    二级指标: 经济成本指标
                    三级指标: 项目建设成本
                    指标值: ≤65万元
                    分值: 10
                    指标解释: 不超预算
                  - 一级指标: 成本指标
                    二级指标: 社会成本指标
                    三级指标: 占地影响
                    指标值: 无
                    分值: 5
            """;

    @Test
    @DisplayName("the head in the county form's pairs, the money block merged over five rows, 年度绩效目标（90分）")
    void readsBack() throws IOException {
        ParseResult parsed = new FilingParser().parse(Path.of("cq.yaml"), FILING.getBytes(StandardCharsets.UTF_8));
        byte[] xlsx = new Renderer(Messages.chinese()).xlsx(parsed.filing().orElseThrow(
                () -> new AssertionError(parsed.findings())));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, book.getNumberOfSheets(), "nothing filed lacks a place on this form");
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("资产资源类--房屋类", right(sheet, find(sheet, "项目分类")));
            assertEquals(find(sheet, "项目名称").getRowIndex(), find(sheet, "项目分类").getRowIndex());
            assertEquals("2023年4月-2024年2月", right(sheet, find(sheet, "建设周期")));
            assertEquals("县民宗委", right(sheet, find(sheet, "业务主管部门")));
            Cell leader = find(sheet, "项目负责人");
            assertEquals(find(sheet, "实施单位").getRowIndex(), leader.getRowIndex());
            assertEquals("徐德迁", right(sheet, leader));
            assertEquals("13452649655", right(sheet, find(sheet, "联系电话")));
            assertEquals("新建中药材晾晒房一座。", right(sheet, find(sheet, "项目总体概况")));
            assertEquals("新建晾晒房。", right(sheet, find(sheet, "年度主要目标和成果")));

            Cell money = find(sheet, "项目资金\n预算执行\n10分");
            CellRangeAddress block = merged(sheet, money);
            assertEquals(5, block.getLastRow() - block.getFirstRow() + 1);
            List<String[]> rows = List.of(new String[]{"项目总预算", "65"}, new String[]{"当年年度预算", "65"},
                    new String[]{"其中：财政资金", "60"}, new String[]{"其中：其它资金", "5"},
                    new String[]{"年度预算执行率", "100%"});
            for (int i = 0; i < rows.size(); i++) {
                Cell label = sheet.getRow(money.getRowIndex() + i).getCell(1);
                assertEquals(rows.get(i)[0], FORMAT.formatCellValue(label));
                assertEquals(rows.get(i)[1], right(sheet, label), rows.get(i)[0]);
            }
            assertEquals("一般公共预算", right(sheet, find(sheet, "财政资金预算分类")));
            assertEquals("21305", right(sheet, find(sheet, "财政资金科目代码")));
            assertEquals("10分", right(sheet, find(sheet, "分值")));

            Cell goals = find(sheet, "年度绩效目标（90分）");
            Row head = sheet.getRow(goals.getRowIndex());
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"),
                    List.of(1, 2, 3, 4, 5, 6).stream().map(c -> FORMAT.formatCellValue(head.getCell(c))).toList());
            Cell cost = find(sheet, "成本指标（0-20）分");
            assertEquals(2, merged(sheet, cost).getLastRow() - merged(sheet, cost).getFirstRow() + 1);
            Row first = sheet.getRow(cost.getRowIndex());
            assertEquals("不超预算", FORMAT.formatCellValue(first.getCell(6)));
        }
    }

    private static Cell find(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).equals(text)) {
                    return cell;
                }
            }
        }
        return fail("no cell " + text);
    }

    private static String right(XSSFSheet sheet, Cell cell) {
        CellRangeAddress range = merged(sheet, cell);
        int next = range == null ? cell.getColumnIndex() + 1 : range.getLastColumn() + 1;
        Cell target = sheet.getRow(cell.getRowIndex()).getCell(next);
        assertNotNull(target, "nothing right of " + FORMAT.formatCellValue(cell));
        return FORMAT.formatCellValue(target);
    }

    private static CellRangeAddress merged(XSSFSheet sheet, Cell cell) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(cell)) {
                return range;
            }
        }
        return null;
    }
}
