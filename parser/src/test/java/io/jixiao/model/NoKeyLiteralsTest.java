package io.jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps key spellings in {@link Keys}: a string literal in the parser's main sources that is a schema property name
 * ({@code "指标值"}) or a pointer naming one ({@code "/历史值/上年值"}) would compile and keep working until the schema
 * renames the key, and then silently move findings to the wrong line. Such code must use {@code Keys} and
 * {@code Pointers}.
 */
class NoKeyLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path KEY_SOURCE = Path.of("io/jixiao/model/Keys.java");

    /**
     * Literals that are spelled like a filing key but are not one, by file (relative to {@code src/main/java}).
     * Each entry needs a reason; a key of the filing never belongs here.
     */
    private static final Map<String, Set<String>> NOT_KEYS = Map.of(
            // Keys of the taxonomy profiles in format-spec/profiles/*.yaml, a document with its own format.
            "io/jixiao/model/TaxonomyProfile.java", Set.of("一级指标", "二级指标", "名称"),
            // Keys of format-spec/templates.yaml, the templates' parts: a document with its own format.
            "io/jixiao/model/TemplateForm.java", Set.of("模板", "名称"),
            // A word an indicator's name ends in when it measures a share (设备占比), not the 占比 column.
            "io/jixiao/rules/IndicatorNames.java", Set.of("占比"),
            // What a message calls the total row of a funding block; a label, which moves to the bundles with the
            // rule's other words.
            "io/jixiao/rules/ShareOfTotalRule.java", Set.of("合计"));

    @Test
    @DisplayName("No main source of the parser spells a filing key or a pointer to one outside Keys")
    void keysAreSpelledOnlyInKeys() throws IOException {
        Set<String> keys = propertyNames();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.equals(KEY_SOURCE)) {
                    continue;
                }
                Set<String> allowed = NOT_KEYS.getOrDefault(slashes(relative), Set.of());
                for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (namesKey(literal.text(), keys) && !allowed.contains(literal.text())) {
                        offences.add(slashes(relative) + ":" + literal.line() + ": \"" + literal.text() + "\"");
                    }
                }
            }
        }
        assertTrue(offences.isEmpty(), "use Keys and Pointers instead of these literals:\n"
                + String.join("\n", offences));
    }

    @Test
    @DisplayName("The scan finds a key literal, a pointer literal and a key inside a pointer, but not prose")
    void scanSeesWhatItMustSee() {
        Set<String> keys = propertyNames();
        String source = """
                class X {
                    // "指标值" in a comment is fine
                    String a = "指标值";
                    String b = p + "/历史值/" + year;
                    String c = "/0/项目名称";
                    char q = '"'; String d = "以指标值为准";
                    /* "预算数" */ String e = "\\u6307\\u6807\\u503c";
                    String f = \"""
                        not a key
                        \""";
                }
                """;
        List<String> found = literals(source).stream().filter(l -> namesKey(l.text(), keys))
                .map(l -> l.line() + ":" + l.text()).toList();
        assertEquals(List.of("3:指标值", "4:/历史值/", "5:/0/项目名称", "7:指标值"), found);
    }

    /** A literal is a key when it equals a property name, or when it is a pointer and one of its tokens is one. */
    private static boolean namesKey(String text, Set<String> keys) {
        if (keys.contains(text)) {
            return true;
        }
        if (!text.startsWith("/")) {
            return false;
        }
        for (String token : text.substring(1).split("/", -1)) {
            if (keys.contains(token.replace("~1", "/").replace("~0", "~"))) {
                return true;
            }
        }
        return false;
    }

    /** Every property name of the filing schema, wherever it is defined. */
    private static Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        collect(FilingSchema.get().root(), names);
        assertTrue(names.size() > 50, "the schema should define the filing's keys: " + names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.path("properties").isObject()) {
            node.path("properties").fieldNames().forEachRemaining(names::add);
        }
        node.elements().forEachRemaining(child -> collect(child, names));
    }

    private record Literal(int line, String text) {
    }

    /**
     * The string literals of a Java source with their lines, escapes decoded; comments, character literals and text
     * blocks are skipped (a text block holds prose or data, not a key on its own).
     */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                int end = skipQuoted(source, i, '"');
                literals.add(new Literal(line, unescape(source.substring(i + 1, end - 1))));
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index just after the closing quote of the literal opening at {@code start}. */
    private static int skipQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String unescape(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                if (next == 'u') {
                    while (i + 1 < body.length() && body.charAt(i + 1) == 'u') {
                        i++;
                    }
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 's' -> ' ';
                        default -> next;
                    });
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
