package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code synonyms.yaml} — other forms' names for our keys — holds to the schema: each group is an object of the
 * schema, each answer is a key (or a path of keys) that exists, and no synonym is itself a key of its object. And
 * "did you mean" answers from it, also inside objects that only some values take (tick boxes, a period in two
 * cells) and with a key one level down.
 */
@DisplayName("Synonyms behind did-you-mean")
class SynonymsTest {

    private static final FilingSchema SCHEMA = FilingSchema.get();

    @Test
    @DisplayName("every group is a schema object, every answer a key there, and no synonym is a key itself")
    void synonymsHoldToTheSchema() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> group : SCHEMA.synonyms().entrySet()) {
            String place = group.getKey();
            if (!SCHEMA.resolve(place).equals(place)) {
                problems.add(place + " is a reference; name the object it refers to");
            }
            Map<String, List<String>> properties = SCHEMA.propertiesAt(place);
            if (properties.isEmpty()) {
                problems.add(place + " has no properties in the schema");
                continue;
            }
            group.getValue().forEach((synonym, target) -> {
                if (properties.containsKey(synonym)) {
                    problems.add(place + ": synonym " + synonym + " is a key of that object");
                }
                if (!resolves(place, target)) {
                    problems.add(place + ": " + synonym + " → " + target + " names no key");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /** Whether a key, or a path of keys, exists below the schema object at {@code place}. */
    private static boolean resolves(String place, String target) {
        String at = place;
        for (String key : target.split(FilingSchema.TARGET_SEPARATOR)) {
            JsonNode object = SCHEMA.root().at(SCHEMA.resolve(at));
            if (!object.path("properties").has(key)) {
                return false;
            }
            at = SCHEMA.resolve(at + "/properties/" + key);
        }
        return true;
    }

    @ParameterizedTest(name = "{1} in {0} → {2}")
    @DisplayName("other forms' names get our key, also one level down and inside tick boxes and periods")
    @CsvSource(delimiter = '|', value = {
            "项目:\\n  - 项目名称: x\\n    年度资金总额: 5                              | 年度资金总额 | 预算数",
            "项目:\\n  - 项目名称: x\\n    中期目标: 三年目标                           | 中期目标     | 中期 › 目标",
            "项目:\\n  - 项目名称: x\\n    项目责任人:                                  | 项目责任人   | 项目负责人",
            "项目:\\n  - 项目名称: x\\n    项目实施期:\\n      起始日期: 2019年1月1日     | 起始日期     | 开始时间",
            "项目:\\n  - 项目名称: x\\n    项目属性:\\n      选项: [新增项目]\\n      勾选: [] | 勾选 | 已选",
            "项目:\\n  - 项目名称: x\\n    绩效指标:\\n      - 权重: 10                   | 权重         | 分值",
            "部门整体:\\n  年度总体目标: 保障运转                                       | 年度总体目标 | 整体绩效目标 › 年度目标"})
    void didYouMean(String body, String key, String suggestion) {
        String yaml = "格式版本: 2\n部门名称: 示例部门\n年度: 2024\n金额单位: 万元\n" + body.replace("\\n", "\n") + "\n";
        ParseResult result = new FilingParser().parse(Path.of("x.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, result.findings().size(), result.findings().toString());
        Finding finding = result.findings().get(0);
        assertEquals("SCHEMA-UNKNOWN-KEY", finding.ruleId());
        String message = Messages.chinese().message(finding);
        assertTrue(message.contains("「" + key + "」") && message.contains("是否应为「" + suggestion + "」"), message);
    }

    @Test
    @DisplayName("a value of the wrong type is a type error also where a key takes a choice of types")
    void unionTypes() {
        String yaml = "格式版本: 2\n部门名称: 示例部门\n年度: 2024\n金额单位: 万元\n项目:\n  - 项目名称: x\n"
                + "    项目编码: [1, 2]\n    绩效指标:\n      - 指标值: {a: 1}\n";
        ParseResult result = new FilingParser().parse(Path.of("x.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("SCHEMA-TYPE", "SCHEMA-TYPE"), result.findings().stream().map(Finding::ruleId).toList());
        assertFalse(Messages.chinese().message(result.findings().get(0)).isBlank());
    }
}
