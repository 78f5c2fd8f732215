package io.jixiao.rules;

import io.jixiao.text.Whitespace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("An indicator name's core, cut with loops instead of patterns compiled per call")
class IndicatorNameCoreTest {

    /** The former implementation, kept as the definition the loops must agree with. */
    private static String formerCore(String name) {
        String core = name.replaceAll("\\s+", "");
        int formula = -1;
        for (String needle : new String[] {"=", "＝"}) {
            int at = core.indexOf(needle);
            if (at >= 0 && (formula < 0 || at < formula)) {
                formula = at;
            }
        }
        if (formula > 0) {
            core = core.substring(0, formula);
        }
        core = core.replaceAll("[（(][^（()）]*[)）]$", "");
        return core.replaceAll("[。.，,；;：:、！!]+$", "");
    }

    @Test
    @DisplayName("agrees with the former patterns on every short name over the characters that matter")
    void agreesWithThePatterns() {
        String alphabet = "率 （()）=＝。,；x\t";
        List<String> names = new ArrayList<>();
        names.add("");
        collect(alphabet, "", 5, names);
        names.addAll(List.of("工资发放到位率=实际发放人数/计划人数*100%", "群众满意度（%）", "满意度（（x）", "调研报告。；",
                "a (b) c (d)", "(全部)", "率（x)）"));
        for (String name : names) {
            assertEquals(formerCore(name), IndicatorNames.core(name), "name \"" + name + "\"");
        }
    }

    @Test
    @DisplayName("removing whitespace keeps full-width spaces, as \\s did, and returns the same text when there is none")
    void whitespace() {
        assertEquals("a\u3000b", Whitespace.removeFrom(" a\t\u3000b\r\n\f\u000B"));
        String clean = "满意度";
        assertSame(clean, Whitespace.removeFrom(clean));
    }

    private static void collect(String alphabet, String prefix, int depth, List<String> out) {
        if (depth == 0) {
            return;
        }
        for (char c : alphabet.toCharArray()) {
            String name = prefix + c;
            out.add(name);
            collect(alphabet, name, depth - 1, out);
        }
    }
}
