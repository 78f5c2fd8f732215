package io.jixiao.review.next;

import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Rolling a filing forward edits its text in place")
class RollForwardTest {

    private static final String HEAD = """
            # 注释保留
            格式版本: 1
            部门名称: 示例县财政局   # 行尾注释
            年度: 2025
            金额单位: 万元
            项目:
              - 标题: 2025年绩效评价经费绩效目标表
                项目名称: 绩效评价经费
                绩效指标:
            """;

    @Test
    @DisplayName("block style: year, title, date target, 上年值 (new and replaced), a by-year window, 指标编号")
    void blockStyle() {
        String text = HEAD + """
                      - 一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 评价项目数量
                        指标值: ≥10个   # 目标
                      - 一级指标: 产出指标
                        二级指标: 时效指标
                        三级指标: 报告完成时间
                        指标值: 2025年11月底
                        历史值:
                          上年值: 2024年12月底
                      - 指标编号: CZ-03
                        一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 培训次数
                        历史值:
                          2023: 3次
                          2024: 4次
                        指标值: '>4次'
                """;
        assertEquals(HEAD.replace("年度: 2025", "年度: 2026").replace("标题: 2025年", "标题: 2026年") + """
                      - 一级指标: 产出指标
                        指标编号: XM01-01
                        二级指标: 数量指标
                        三级指标: 评价项目数量
                        指标值: ≥10个   # 目标
                        历史值:
                          上年值: 10个
                      - 一级指标: 产出指标
                        指标编号: XM01-02
                        二级指标: 时效指标
                        三级指标: 报告完成时间
                        指标值: 2026年11月底
                        历史值:
                          上年值: 2025年11月底
                      - 指标编号: CZ-03
                        一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 培训次数
                        历史值:
                          2024: 4次
                          2025: 4次
                        指标值: '>4次'
                """, RollForward.next(text, parse(text)));
    }

    @Test
    @DisplayName("flow style and CRLF line ends are kept")
    void flowStyleAndCrlf() {
        String text = (HEAD + """
                      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 报告采纳率, 指标值: ≥60%}
                """).replace("\n", "\r\n");
        String expected = (HEAD.replace("年度: 2025", "年度: 2026").replace("标题: 2025年", "标题: 2026年") + """
                      - {指标编号: XM01-01, 一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 报告采纳率, 指标值: ≥60%, 历史值: {上年值: 60%}}
                """).replace("\n", "\r\n");
        assertEquals(expected, RollForward.next(text, parse(text)));
    }

    @Test
    @DisplayName("a 上年值 that would read differently unquoted is quoted by the YAML library, and reads back")
    void quoting() {
        String text = HEAD + """
                      - 二级指标: 质量指标
                        三级指标: 评价结论
                        指标值: '达到: 省级标准 #1'
                """;
        Filing next = parse(RollForward.next(text, parse(text)));
        assertEquals("达到: 省级标准 #1", next.projects().get(0).indicators().get(0).history().lastYear().written());
    }

    private static Filing parse(String text) {
        ParseResult result = new FilingParser().parse(Path.of("2025.yaml"), text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.isError()).toList());
        return result.filing().orElseThrow();
    }
}
