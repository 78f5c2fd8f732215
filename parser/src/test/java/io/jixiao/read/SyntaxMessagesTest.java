package io.jixiao.read;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A YAML syntax error reads entirely in the chosen language: the parser's English ("while scanning a quoted
 * scalar…") stays out of the Chinese text, and is kept as the technical detail of the English one.
 */
@DisplayName("YAML syntax errors")
class SyntaxMessagesTest {

    /** Words of snakeyaml-engine's messages: none may reach a Chinese message. */
    private static final Pattern PARSER_ENGLISH = Pattern.compile(
            "while|scanning|parsing|expected|found|could not|token|stream|scalar|mapping|sequence|block|escape");

    /** Broken inputs and the message each should get. */
    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("a: \"x\n", "yaml.syntax.unclosedQuote");
        CASES.put("a: [1, 2\n", "yaml.syntax.unclosedBracket");
        CASES.put("a: [1,,2]\n", "yaml.syntax.bracket");
        CASES.put("a: ]\n", "yaml.syntax.bracket");
        CASES.put("a: b: c\n", "yaml.syntax.colonInValue");
        CASES.put("a:\n  b: 1\n c: 2\n", "yaml.syntax.indentation");
        CASES.put("a: 1\n- b\n", "yaml.syntax.indentation");
        CASES.put("- - - a\n  b\n", "yaml.syntax.missingColon");
        CASES.put("a: @x\n", "yaml.syntax.reservedCharacter");
        CASES.put("a: `x\n", "yaml.syntax.reservedCharacter");
        CASES.put("a: &\n", "yaml.syntax.reservedCharacter");
        CASES.put("a: \"\\q\"\n", "yaml.syntax.escape");
        CASES.put("a: |x\n  b\n", "yaml.syntax.blockScalar");
        CASES.put("%YAML 1.2\n%YAML 1.2\n---\na: 1\n", "yaml.syntax");
        CASES.put("a: 1\n...\nb\n", "yaml.syntax");
    }

    @TestFactory
    List<DynamicTest> messages() {
        Messages chinese = Messages.chinese();
        Messages english = Messages.forLocale(Locale.ENGLISH);
        FilingParser parser = new FilingParser();
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey().replace("\n", "⏎"), () -> {
            List<Finding> findings = parser.parse(Path.of("t.yaml"), c.getKey().getBytes(StandardCharsets.UTF_8))
                    .findings();
            assertEquals(1, findings.size(), findings::toString);
            Finding f = findings.get(0);
            assertEquals("YAML-SYNTAX", f.ruleId());
            assertEquals(c.getValue(), f.messageKey());
            String zh = chinese.message(f);
            assertFalse(PARSER_ENGLISH.matcher(zh).find(), "English in the Chinese message: " + zh);
            String en = english.message(f);
            assertTrue(en.contains(String.valueOf(f.arguments().get(0))), "no technical detail in English: " + en);
        })).toList();
    }
}
