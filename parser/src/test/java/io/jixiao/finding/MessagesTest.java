package io.jixiao.finding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Localised texts")
class MessagesTest {

    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    @DisplayName("every topic has the same keys in Chinese and in English")
    void bothLanguagesComplete() {
        List<String> problems = new ArrayList<>();
        for (String topic : Messages.TOPICS) {
            TreeSetDiff diff = new TreeSetDiff(Messages.bundle(topic, false).keySet(),
                    Messages.bundle(topic, true).keySet());
            diff.onlyLeft.forEach(k -> problems.add(topic + ": no English text for " + k));
            diff.onlyRight.forEach(k -> problems.add(topic + ": no Chinese text for " + k));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("a key is defined in one topic only, so no text silently shadows another")
    void keysAreUnique() {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String topic : Messages.TOPICS) {
            for (String key : Messages.bundle(topic, false).keySet()) {
                String other = owner.putIfAbsent(key, topic);
                if (other != null) {
                    problems.add(key + " in " + other + " and " + topic);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("every text is a valid MessageFormat pattern in both languages")
    void patternsAgree() {
        List<String> problems = new ArrayList<>();
        for (String topic : Messages.TOPICS) {
            Map<String, String> zh = Messages.bundle(topic, false);
            Map<String, String> en = Messages.bundle(topic, true);
            for (String key : zh.keySet()) {
                if (!en.containsKey(key)) {
                    continue;
                }
                try {
                    new MessageFormat(zh.get(key), Locale.CHINESE);
                    new MessageFormat(en.get(key), Locale.ENGLISH);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("English counts say 1 error, 2 warnings, 1 filing: singular and plural right")
    void englishPlurals() {
        assertEquals("jixiao 1.0 (rules 1): checked 1 file, 1 error, 2 warnings, 0 infos.",
                english.format("report.summary", "1.0", "1", 1L, 1L, 2L, 0L));
        assertEquals("jixiao: checked 1 filing: 0 errors, 1 warning, 1,200 infos, in 0.3 s.",
                english.format("summary.check", 1, 0L, 1L, 1200L, "0.3"));
        assertEquals("2 filings", english.format("render.index.filings", 2));
        assertEquals("1 filing", english.format("render.index.filings", 1));
        assertEquals("1 error", english.format("render.page.errors", 1));
        assertEquals("3 infos", english.format("render.page.infos", 3));
        assertEquals("1 more error; see the check report.", english.format("render.index.more", 1));
        assertEquals("jixiao：检查了 1 份填报文件，错误 0 条，警告 1 条，提示 2 条，用时 0.3 秒。",
                chinese.format("summary.check", 1, 0L, 1L, 2L, "0.3"));
    }

    @Test
    @DisplayName("years and line numbers are not grouped in thousands")
    void yearsAndLinesUngrouped() {
        assertEquals("年度：2024", chinese.format("render.page.year", 2024));
        assertEquals("第 1234 行", chinese.format("render.findings.line", 1234));
        assertEquals("line 1234", english.format("render.findings.line", 1234));
    }

    @Test
    @DisplayName("a list argument is joined with the language's separator")
    void lists() {
        Finding unknown = Diagnostic.SCHEMA_UNKNOWN_KEY.finding(java.nio.file.Path.of("a.yaml"), 1, 1, "/x",
                "unknownKey", "x", "{root}", List.of("格式版本", "部门名称"));
        assertEquals("「文件最外层」中没有键「x」；可用的键：格式版本、部门名称。", chinese.message(unknown));
        assertTrue(english.message(unknown).endsWith("格式版本, 部门名称."), english.message(unknown));
    }

    @Test
    @DisplayName("Chinese is the default whatever the locale asked for, English only for English")
    void chineseByDefault() {
        assertEquals(Locale.CHINESE, Messages.forLocale(Locale.FRENCH).locale());
        assertEquals(Locale.CHINESE, Messages.forLocale(null).locale());
        assertEquals(Locale.ENGLISH, Messages.forLocale(Locale.UK).locale());
        assertFalse(chinese.severity(Severity.ERROR).equals(english.severity(Severity.ERROR)));
        assertEquals("zh-CN", chinese.languageTag());
        assertEquals("en", english.languageTag());
    }

    @Test
    @DisplayName("an unknown key shows as itself with its arguments, so nothing is lost")
    void unknownKey() {
        assertEquals("no.such.key [1, a]", chinese.format("no.such.key", 1, "a"));
        assertFalse(chinese.has("no.such.key"));
    }

    /** The keys only one side has. */
    private record TreeSetDiff(TreeSet<String> onlyLeft, TreeSet<String> onlyRight) {
        TreeSetDiff(java.util.Set<String> left, java.util.Set<String> right) {
            this(new TreeSet<>(left), new TreeSet<>(right));
            onlyLeft.removeAll(right);
            onlyRight.removeAll(left);
        }
    }
}
