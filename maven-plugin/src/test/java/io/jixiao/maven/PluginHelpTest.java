package io.jixiao.maven;

import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("jixiao:help")
class PluginHelpTest {

    private final PluginHelp help = PluginHelp.load();
    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    @DisplayName("reads every goal from the plugin's descriptor, in the order a user meets them")
    void goals() {
        assertEquals(List.of("render", "check", "review", "diff", "next-year", "schema", "help"),
                help.goals().stream().map(PluginHelp.Goal::name).toList());
    }

    @Test
    @DisplayName("every goal and every parameter a user can set has its text in Chinese and in English")
    void everyTextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        Map<String, String> zh = Messages.bundle("goals", false);
        Map<String, String> en = Messages.bundle("goals", true);
        for (PluginHelp.Goal goal : help.goals()) {
            List<String> keys = new ArrayList<>(List.of("help.goal." + goal.name()));
            goal.parameters().forEach(p -> keys.add("help.parameter." + p.name()));
            for (String key : keys) {
                if (!zh.containsKey(key) || !en.containsKey(key) || zh.get(key).equals(en.get(key))) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("in Chinese by default: goals, phases, and with -Ddetail each parameter's property and default")
    void chinese() {
        String text = help.text(chinese, null, true);
        assertTrue(text.startsWith("jixiao Maven 插件 "), text);
        assertTrue(text.contains("jixiao:render（默认阶段：package）\n  把每一份能读出内容的填报文件渲染成"), text);
        assertTrue(text.contains("  failOnWarning（属性 jixiao.failOnWarning，默认 false）\n      严格模式：警告也使检查失败。"),
                text);
        assertTrue(text.contains("  reports（属性 jixiao.reports）\n"), text);
        assertFalse(text.contains("\n  basedir") || text.contains("buildDirectory"), "read-only parameters are not shown");
    }

    @Test
    @DisplayName("in English when asked, and one goal only with -Dgoal (with or without the prefix)")
    void englishOneGoal() {
        String text = help.text(english, "jixiao:schema", true);
        assertTrue(text.contains("jixiao:schema\n  Writes the current filing.schema.json"), text);
        assertTrue(text.contains("schemaFile (property jixiao.schemaFile, default ${basedir}/.jixiao/filing.schema.json)"),
                text);
        assertFalse(text.contains("jixiao:check"), text);
        assertFalse(help.text(english, null, false).contains("(property"), "parameters only with -Ddetail");
    }

    @Test
    @DisplayName("a goal that does not exist gets the closest one")
    void unknownGoal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> help.text(chinese, "chekc",
                false));
        assertEquals("没有名为「chekc」的目标（-Dgoal），是否应为「check」？可用：render, check, review, diff, next-year, schema, help。",
                e.getMessage());
    }
}
