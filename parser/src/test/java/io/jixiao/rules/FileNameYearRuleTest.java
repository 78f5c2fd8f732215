package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("PLACE-YEAR reads the year a file is named for")
class FileNameYearRuleTest {

    private static final String FILING = """
            格式版本: 1
            部门名称: 示例县财政局
            年度: 2025
            金额单位: 万元
            """;

    @Test
    @DisplayName("2026.yaml saying 2025 names both years and both fixes, at 年度")
    void copiedFile() {
        List<Finding> found = check("filings/caizheng/2026.yaml");
        assertEquals(1, found.size());
        assertEquals("/年度", found.get(0).pointer());
        assertEquals(3, found.get(0).line());
        assertEquals("文件名「2026.yaml」表示 2026 年度，文件里却写着「年度: 2025」。一个部门一年一个文件"
                + "（filings/<部门>/<年度>.yaml）：如果这是 2026 年度的填报（比如复制上年文件后忘了改年度），请把年度改为 2026；"
                + "如果确是 2025 年度的，请把文件改名为「2025.yaml」。", Messages.chinese().message(found.get(0)));
    }

    @Test
    @DisplayName("the rename keeps the rest of the name: 2026-初稿.yml → 2025-初稿.yml")
    void renameKeepsTheRest() {
        List<Finding> found = check("2026-初稿.yml");
        assertEquals("2025-初稿.yml", found.get(0).arguments().get(3));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("names that agree, or say no single year, are not judged")
    @ValueSource(strings = {"2025.yaml", "2025-初稿.yaml", "filing.yaml", "2024-2026.yaml", "20260.yaml",
            "v12026.yaml", "draft.yaml"})
    void notJudged(String name) {
        assertEquals(List.of(), check(name));
    }

    private static List<Finding> check(String filedAs) {
        Path file = Path.of(filedAs);
        ParseResult parsed = new FilingParser().parse(file, FILING.getBytes(StandardCharsets.UTF_8));
        return new RuleEngine(List.of(new FileNameYearRule()), RuleConfig.DEFAULTS)
                .check(file, parsed.filing().orElseThrow(), parsed.positions(), Optional.empty());
    }
}
