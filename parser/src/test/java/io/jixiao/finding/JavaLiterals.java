package io.jixiao.finding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The string literals of a Java source file, each with its line and the calls it is an argument of, for tests that
 * look for user-visible text written outside the bundles. Comments, character literals and text blocks are told
 * apart from code; {@code \\uXXXX} escapes are decoded so a literal cannot hide its characters.
 */
final class JavaLiterals {

    /**
     * One string literal.
     *
     * @param text    its value, escapes decoded
     * @param line    1-based line where it starts
     * @param callees the calls it is (directly or nested) an argument of, innermost first, each as written before
     *                its parenthesis: {@code new IllegalArgumentException}, {@code log.accept}, {@code of}
     */
    record Literal(String text, int line, List<String> callees) {
    }

    private JavaLiterals() {
    }

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        Deque<String> calls = new ArrayDeque<>();
        StringBuilder code = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                code.append("' '");
                i = end + 1;
                continue;
            }
            if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int start = i + (block ? 3 : 1);
                int end = start;
                while (end < n && !(block ? source.startsWith("\"\"\"", end) : source.charAt(end) == '"')) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(unescape(source.substring(start, Math.min(end, n))), line,
                        List.copyOf(calls)));
                line += count(source, i, Math.min(end, n));
                code.append("\"\"");
                i = end + (block ? 3 : 1);
                continue;
            }
            if (c == '(') {
                calls.push(callee(code));
            } else if (c == ')' && !calls.isEmpty()) {
                calls.pop();
            }
            code.append(c);
            i++;
        }
        return literals;
    }

    /** What is written right before an opening parenthesis: {@code new Foo}, {@code a.b.c}, or nothing. */
    private static String callee(StringBuilder code) {
        int end = code.length();
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(code.charAt(start - 1)) || code.charAt(start - 1) == '.')) {
            start--;
        }
        String name = code.substring(start, end);
        String before = code.substring(Math.max(0, start - 4), start);
        return before.endsWith("new ") ? "new " + name : name;
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (next == 'u') {
                    int j = i + 1;
                    while (j < raw.length() && raw.charAt(j) == 'u') {
                        j++;
                    }
                    if (j + 4 <= raw.length()) {
                        out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
                        i = j + 3;
                        continue;
                    }
                }
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
