package io.jixiao.render.xlsx;

import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Small tables shaped like the official forms: a title, a 填报单位/金额单位 line, a two-row header with merged
 * cells, 一级/二级 groups spanning rows, texts that look like formulas, amounts of several scales and a footer.
 */
final class SampleTables {

    /** 200 CJK characters: many printed lines in a 30-character column. */
    static final String LONG_TEXT = "围绕中心工作加强统一战线理论政策宣传教育".repeat(10);

    private SampleTables() {
    }

    /**
     * Columns: 一级指标, 二级指标, 指标名称, 指标值, 金额. Rows 2–3 are the header; rows 4–6 the indicators.
     */
    static Grid indicators() {
        GridBuilder g = new GridBuilder("附表1", List.of(10, 12, 30, 14, 12));
        g.row().wide("2023年度部门整体绩效目标表", CellStyle.TITLE);
        g.row().cell("填报单位：某某部", CellStyle.SUBTITLE, 1, 3, null)
                .cell("金额单位：万元", CellStyle.SUBTITLE, 1, 2, null);
        g.row().headerStartsHere(2)
                .cell("一级指标", CellStyle.HEADER, 2, 1, null)
                .cell("二级指标", CellStyle.HEADER, 2, 1, null)
                .cell("三级指标", CellStyle.HEADER, 1, 2, null)
                .cell("金额", CellStyle.HEADER, 2, 1, null);
        g.row().cell("指标名称", CellStyle.HEADER).cell("指标值", CellStyle.HEADER);
        g.row().cell("产出指标", CellStyle.GROUP, 3, 1, "/部门整体/年度绩效指标/0/一级指标")
                .cell("数量指标", CellStyle.GROUP, 2, 1, null)
                .cell("=HYPERLINK(\"http://example.com\",\"点我\")", CellStyle.TEXT, "/a")
                .cell("+1", CellStyle.VALUE, "/b")
                .amount(money("528.244101"), "/c");
        g.row().cell("-1", CellStyle.TEXT).cell("@SUM(A1:A2)", CellStyle.VALUE).amount(money("4000.00"), "/d");
        g.row().cell("质量指标", CellStyle.GROUP).cell(LONG_TEXT, CellStyle.TEXT).cell("≥90%", CellStyle.VALUE)
                .amount(money("12"), "/e");
        g.row().wide("单位负责人签字：        填表人：        联系电话：", CellStyle.FOOTER);
        return g.build();
    }

    /** A second, plainer table, so a workbook has more than one sheet. */
    static Grid summary() {
        GridBuilder g = new GridBuilder("附表2", List.of(20, 300));
        g.row().wide("专项资金汇总", CellStyle.TITLE);
        g.row().headerStartsHere(1).cell("项目", CellStyle.HEADER).cell("说明", CellStyle.HEADER);
        g.row().cell("甲", CellStyle.VALUE).cell("", CellStyle.TEXT);
        return g.build();
    }

    static Money money(String written) {
        return new Money(new BigDecimal(written), MoneyUnit.WAN_YUAN, written);
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
