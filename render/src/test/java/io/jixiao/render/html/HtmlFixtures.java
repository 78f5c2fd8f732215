package io.jixiao.render.html;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.model.Template;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Small hand-made tables and findings shaped like the real forms: a title and subtitle, a two-row header with
 * merged cells, 一级/二级 categories spanning rows, an amount, a hole, a signature line, and a second table with no
 * repeating header and multi-line text.
 */
final class HtmlFixtures {

    static final Path FILE = Path.of("示例统战部/2023.yaml");
    static final String INDICATORS = "/部门整体/年度绩效指标";

    private HtmlFixtures() {
    }

    static PageHeading heading() {
        return new PageHeading("中共示例市委统一战线工作部", 2023, Template.HUBEI_OVERALL, MoneyUnit.WAN_YUAN);
    }

    static List<Grid> grids() {
        return List.of(indicatorTable(), projectTable());
    }

    /** 附表1: rows 0-1 title and subtitle, rows 2-3 header, rows 4-6 indicators, row 7 signatures. */
    static Grid indicatorTable() {
        GridBuilder b = new GridBuilder("附表1", List.of(10, 10, 16, 14, 10));
        b.row().wide("2023年度部门整体支出绩效目标表", CellStyle.TITLE);
        b.row().cell("填报单位：中共示例市委统一战线工作部", CellStyle.SUBTITLE, 1, 3, "/部门名称")
                .cell("金额单位：万元", CellStyle.SUBTITLE, 1, 2, null);
        b.row().headerStartsHere(2)
                .cell("一级指标", CellStyle.HEADER, 2, 1, null)
                .cell("二级指标", CellStyle.HEADER, 2, 1, null)
                .cell("三级指标", CellStyle.HEADER, 2, 1, null)
                .cell("目标", CellStyle.HEADER, 1, 2, null);
        b.row().cell("指标值", CellStyle.HEADER).cell("预算数", CellStyle.HEADER);
        b.row().cell("产出指标", CellStyle.GROUP, 3, 1, null)
                .cell("数量指标", CellStyle.GROUP, 2, 1, null)
                .cell("开展统战理论培训", CellStyle.TEXT, INDICATORS + "/0/三级指标")
                .cell("≥200人次", CellStyle.VALUE, INDICATORS + "/0/指标值")
                .amount(wan("12.50"), INDICATORS + "/0/预算数");
        b.row().cell("形成调研报告", CellStyle.TEXT, INDICATORS + "/1/三级指标")
                .cell("15篇", CellStyle.VALUE, INDICATORS + "/1/指标值")
                .amount(null, INDICATORS + "/1/预算数");
        b.row().cell("时效指标", CellStyle.GROUP, INDICATORS + "/2/二级指标")
                .cell("完成时间", CellStyle.TEXT, INDICATORS + "/2/三级指标")
                .cell("2023年底", CellStyle.VALUE, INDICATORS + "/2/指标值");
        b.row().cell("单位负责人：张三", CellStyle.FOOTER, 1, 3, "/填报信息/单位负责人")
                .cell("填表人：李四", CellStyle.FOOTER, 1, 2, "/填报信息/填表人");
        return b.build();
    }

    /** 项目1: a form without a repeating header, label cells beside their values. */
    static Grid projectTable() {
        GridBuilder b = new GridBuilder("项目1", List.of(12, 20, 12, 20));
        b.row().wide("项目支出绩效目标表", CellStyle.TITLE);
        b.row().cell("项目名称", CellStyle.HEADER).cell("统战宣传", CellStyle.TEXT, 1, 3, "/项目/0/项目名称");
        b.row().cell("年度目标", CellStyle.HEADER)
                .cell("1. 完成宣传册印制；\n2. 举办两次专题活动。", CellStyle.TEXT, 1, 3, "/项目/0/年度目标");
        b.row().cell("预算数", CellStyle.HEADER).amount(wan("4000.00"), "/项目/0/预算数")
                .cell("其中：财政资金", CellStyle.HEADER).amount(wan("3000"), "/项目/0/财政资金");
        return b.build();
    }

    static List<Finding> findings() {
        return List.of(
                finding(21, 7, INDICATORS + "/1/指标值", "VALUE-MISSING-UNIT", Severity.WARNING,
                        "rule.VALUE-MISSING-UNIT.count", "15", "形成调研报告", "15篇"),
                finding(15, 9, INDICATORS + "/0/预算数", "MONEY-SUM", Severity.ERROR,
                        "rule.MONEY-SUM.project", "12.50", "12.00", "0.50", "统战理论培训"),
                finding(16, 9, INDICATORS + "/0/指标值/单位", "VALUE-QUANTITY", Severity.INFO,
                        "rule.VALUE-QUANTITY.count", "≥200人次", "开展统战理论培训", "人次"),
                finding(0, 0, "", "FILE-EMPTY", Severity.ERROR, "file.empty"),
                finding(2, 1, "/部门名称", "SCHEMA-EMPTY", Severity.WARNING, "schema.empty", "部门名称"),
                finding(30, 5, INDICATORS + "/0/指标值X", "SCHEMA-EMPTY", Severity.INFO, "schema.empty", "指标值X"),
                finding(40, 3, "/项目/0/年度目标", "YAML-DUPLICATE-KEY", Severity.INFO, "yaml.duplicateKey", "年度目标", 38));
    }

    static Finding finding(int line, int column, String pointer, String ruleId, Severity severity, String key,
                           Object... arguments) {
        return new Finding(FILE, line, column, pointer, Diagnostic.byId(ruleId).orElseThrow(), severity, key,
                List.of(arguments));
    }

    static Money wan(String amount) {
        return new Money(new BigDecimal(amount), MoneyUnit.WAN_YUAN, amount);
    }

    static List<IndexEntry> indexEntries() {
        return List.of(
                IndexEntry.rendered("wuchang tongzhanbu/2020.yaml", "中共武汉市武昌区委统战部", 2020,
                        "wuchang tongzhanbu/2020.html", "wuchang tongzhanbu/2020.xlsx", new FindingCounts(0, 2, 1)),
                IndexEntry.notRendered("石峰区政协/2023.yaml", "株洲市石峰区政协", 2023, new FindingCounts(5, 1, 0),
                        List.of("第 12 行 [MONEY-SUM] 合计不等于各项之和",
                                "第 30 行 [SCHEMA-REQUIRED] 缺少「指标值」",
                                "第 31 行 [SCHEMA-TYPE] 「年度」应为整数",
                                "第 40 行 [VALUE-MISSING] 指标值为空")),
                IndexEntry.rendered("临沂统战部/2023.yaml", "中共临沂市委统一战线工作部", 2023,
                        "临沂统战部/2023.html", "临沂统战部/2023.xlsx", FindingCounts.NONE),
                IndexEntry.notRendered("broken/2024.yaml", null, null, new FindingCounts(1, 0, 0),
                        List.of("[FILE-EMPTY] 文件为空（或只有注释）")));
    }
}
