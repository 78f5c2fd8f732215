package io.jixiao.read;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The line lint")
class TextLintTest {

    private static final Path FILE = Path.of("t.yaml");
    private final TextLint lint = new TextLint(FilingSchema.get().allKeys());
    private final FilingParser parser = new FilingParser();

    /** The patterns the lint used to run on every line, kept here as the definition its loop must agree with. */
    private static final Pattern BLOCK_AFTER_KEY = Pattern.compile(".*[:\\-]\\s+[|>][+-]?[0-9]?(\\s+#.*)?$");
    private static final Pattern BLOCK_ALONE = Pattern.compile("^[|>][+-]?[0-9]?$");

    @Test
    @DisplayName("recognises a block scalar's opening line exactly as the former pattern did, for every short line")
    void blockScalarOpeningAgreesWithThePattern() {
        char[] alphabet = {':', '-', ' ', '|', '>', '+', '1', '#', 'a', '\t'};
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (int length = 1; length <= 5; length++) {
            int[] digits = new int[length];
            for (long n = 0, total = (long) Math.pow(alphabet.length, length); n < total; n++) {
                long rest = n;
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    line.append(alphabet[(int) (rest % alphabet.length)]);
                    rest /= alphabet.length;
                }
                lines.add(line.toString());
            }
        }
        lines.addAll(List.of("部门职责概述: |-", "  - >", "key: |2 # 注释", "key: |+ #", "key: |#x", "k:  >-   ",
                "\u3000key: |", "key: | \u3000"));
        for (String line : lines) {
            String t = line.strip();
            boolean expected = BLOCK_AFTER_KEY.matcher(t).matches() || BLOCK_ALONE.matcher(t).matches();
            assertEquals(expected, TextLint.opensBlockScalar(line, 0, line.length()), "line \"" + line + "\"");
        }
        assertTrue(lines.size() > 100_000);
    }

    @Test
    @DisplayName("a full-width space inside a block or a wrapped text is text: the filing reads without a finding")
    void fullWidthSpacesInTextAreText() {
        String filing = """
                格式版本: 1
                部门名称: 示例部门
                年度: 2024
                金额单位: 万元
                部门整体:
                  部门职责概述: |-
                    　　（一）负责全体会议的会务工作。
                    -（二）组织协调各专门委员会的工作。
                  年度工作任务: 全年完成调研
                    　　并形成报告
                  年度绩效指标:
                    - 一级指标: 产出指标
                      二级指标: 数量指标
                      三级指标: 开展评价
                      指标值: ≥10个
                """;
        ParseResult result = parser.parse(FILE, filing.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.findings());
        assertTrue(result.filing().isPresent());
    }

    @Test
    @DisplayName("full-width indentation is reported where the YAML or the schema breaks, not elsewhere")
    void fullWidthIndentationIsACandidate() {
        TextLint.Result found = lint.check(FILE, "a: 1\n\u3000\u3000b: 2\n  c\n\u3000\n");
        assertEquals(List.of("2:1"), where(found.wideSpaces()));
        assertEquals(List.of(), found.blocking());
    }

    @Test
    @DisplayName("a dash glued to its text is reported beside list items, not in a block, a mapping or a separator")
    void dashWithoutSpace() {
        String text = """
                a:
                  -x
                  - y
                b: |
                  -not structure
                  - either
                c:
                  - 一级指标: 产出指标
                    -二级指标: 数量指标
                ---
                d: -5
                e:
                  - one
                  -two
                  -three
                """;
        TextLint.Result found = lint.check(FILE, text);
        assertEquals(List.of("2:3", "14:3", "15:3"), where(found.blocking()));
        assertTrue(found.blocking().stream().allMatch(f -> f.diagnostic() == Diagnostic.YAML_LIST_DASH));
    }

    @Test
    @DisplayName("a hundred thousand dashed lines are linted in linear time, each one reported")
    void manyDashedLines() {
        String text = "g:\n  - a\n" + "  -b\n".repeat(100_000);
        TextLint.Result found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> lint.check(FILE, text));
        assertEquals(100_000, found.blocking().size());
    }

    @Test
    @DisplayName("lines end at LF, CR or CRLF, as the snippets number them")
    void lineEnds() {
        TextLint.Result found = lint.check(FILE, "a: 1\r\nb:\r  -x\n  - y\r\n");
        assertEquals(List.of("3:3"), where(found.blocking()));
        assertEquals(List.of("a: 1", "b:", "  -x", "  - y"), SourceLines.of("a: 1\r\nb:\r  -x\n  - y\r\n"));
        assertEquals("a: 1\r\nb:\r  -x\n  - y\r\n".lines().toList(), SourceLines.of("a: 1\r\nb:\r  -x\n  - y\r\n"));
        assertEquals(List.of("", "x", ""), SourceLines.of("\nx\n\n"));
        assertEquals(List.of(), SourceLines.of(""));
    }

    private static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column()).toList();
    }
}
