package io.jixiao.render;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.grid.Grid;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Nothing filed is left out of the outputs")
class CompletedLayoutTest {

    private final Renderer renderer = new Renderer(Messages.chinese());

    private static Filing parse(String yaml) {
        return new FilingParser().parse(Path.of("t.yaml"), yaml.getBytes(StandardCharsets.UTF_8)).filing()
                .orElseThrow();
    }

    @Test
    @DisplayName("a valid filing with no tables still renders: a blank official form, or a sheet that says so")
    void emptyFilingRenders() {
        for (String template : List.of("generic", "hunan-appendix", "hubei-overall", "shandong-duty", "hebei-project")) {
            Filing filing = parse("格式版本: 1\n部门名称: 空部门\n年度: 2024\n金额单位: 万元\n模板: " + template + "\n");
            assertTrue(!renderer.tables(filing).isEmpty(), template);
            assertTrue(renderer.xlsx(filing).length > 0, template);
        }
        Filing generic = parse("格式版本: 1\n部门名称: 空部门\n年度: 2024\n金额单位: 万元\n");
        assertEquals(List.of("说明"), renderer.tables(generic).stream().map(Grid::name).toList());
        assertTrue(renderer.html(generic, List.of()).contains("没有可以列成表格的内容"));
    }

    @Test
    @DisplayName("projects in a Hunan filing, whose form has no project table, follow as generic project sheets")
    void projectsInHunanFiling() {
        Filing filing = parse("""
                格式版本: 1
                部门名称: 测试部门
                年度: 2024
                模板: hunan-appendix
                金额单位: 万元
                项目:
                  - 项目名称: 车辆保险费
                    预算数: 0.4
                """);
        List<Grid> tables = renderer.tables(filing);
        assertEquals(List.of("项目1"), tables.stream().map(Grid::name).toList());
        assertTrue(tables.get(0).cells().stream().anyMatch(c -> c.text().equals("车辆保险费")));
    }

    @Test
    @DisplayName("a text longer than an Excel cell holds continues on further rows: whole in the workbook and the page")
    void overlongText() throws java.io.IOException {
        String goal = "长".repeat(19_000);
        Filing filing = parse("格式版本: 1\n部门名称: 测试部门\n年度: 2024\n金额单位: 万元\n项目:\n  - 项目名称: 甲\n"
                + "    绩效目标:\n      - " + goal + "\n      - " + goal + "1\n");
        StringBuilder cells = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(renderer.xlsx(filing)))) {
            // The goal's column; each printed page repeats its label 绩效目标 beside the part it holds.
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getColumnIndex() == 1) {
                    cells.append(cell.toString());
                }
            }));
        }
        assertTrue(cells.toString().replace("\n", "").contains(goal + goal + "1"),
                "both goals whole, in continuation rows");
        assertTrue(renderer.html(filing, List.of()).contains(goal + "1"));
    }
}
