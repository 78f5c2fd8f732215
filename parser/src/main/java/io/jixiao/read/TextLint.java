package io.jixiao.read;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level problems that make a YAML parser's own message useless to a finance clerk, or that a parser would
 * accept while losing what was meant: merge-conflict markers left by Git, tabs used for indentation, a list item
 * written {@code -全年抽检…} without the space after the dash (YAML folds it into the item above), a key typed with
 * the full-width colon Chinese input methods produce ({@code 部门名称：…}) and indentation typed with the full-width
 * space (U+3000) of the same input methods. Every such line is reported, not just the first.
 *
 * <p>One pass over the characters of the text, without cutting it into lines: a line becomes a string only when it
 * holds a full-width colon, the one check that needs a pattern. The text of a block scalar ({@code |}, {@code >}) is
 * text, not structure, and is skipped.
 */
public final class TextLint {

    /**
     * What the lint found.
     *
     * @param blocking    problems that stop reading: the YAML parser would only confuse the clerk, or silently
     *                    merge two values
     * @param colons      keys typed with a full-width colon; each is the likely cause of a YAML or schema error on
     *                    its line and is reported in its place, and is plain text when no error occurs there
     * @param wideSpaces  lines indented with full-width spaces, reported like {@code colons}: only where they break
     *                    the structure, since a wrapped text may begin with one
     */
    public record Result(List<Finding> blocking, List<Finding> colons, List<Finding> wideSpaces) {
    }

    /** An optional list dash, a key made of non-space characters, then a full-width colon. */
    private static final Pattern FULL_WIDTH_KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:：#\"'{}\\[\\],]+?)\\s*：");
    private static final char FULL_WIDTH_COLON = '\uFF1A';
    private static final char FULL_WIDTH_SPACE = '\u3000';
    private static final int CONFLICT_MARKER = 7;

    private static final int OTHER = 0;
    private static final int ITEM = 1;
    private static final int DASHED = 2;
    private static final int MAPPING_ITEM = 3;

    private final Set<String> knownKeys;

    /** @param knownKeys every key and synonym the schema defines, used to recognise a mistyped colon */
    public TextLint(Set<String> knownKeys) {
        this.knownKeys = Set.copyOf(knownKeys);
    }

    public Result check(Path file, String text) {
        List<Finding> blocking = new ArrayList<>(0);
        List<Finding> colons = new ArrayList<>(0);
        List<Finding> wideSpaces = new ArrayList<>(0);
        Lines lines = new Lines();
        boolean inBlockScalar = false;
        int blockIndent = -1;
        int n = text.length();
        // Read from an array: the department's Maven runs with the quick JIT only, where each String.charAt of
        // a Chinese text is a call with its own bounds check (JFR: most of this method's time).
        char[] chars = text.toCharArray();
        int lineNo = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && chars[end] != '\n' && chars[end] != '\r') {
                end++;
            }
            int next = end < n && chars[end] == '\r' && end + 1 < n && chars[end + 1] == '\n'
                    ? end + 2 : end + 1;
            lineNo++;
            int lineStart = start;
            start = next;

            if (isConflictMarker(text, lineStart, end)) {
                blocking.add(Diagnostic.YAML_MERGE_CONFLICT.finding(file, lineNo, 1, "", "mergeConflict",
                        text.substring(lineStart, lineStart + CONFLICT_MARKER)));
                continue;
            }
            int indent = leadingSpaces(text, lineStart, end);
            if (inBlockScalar) {
                if (isBlank(text, lineStart, end) || indent > blockIndent) {
                    continue;
                }
                inBlockScalar = false;
            }
            int tab = leadingTab(text, lineStart, end);
            if (tab >= 0) {
                blocking.add(Diagnostic.YAML_TAB.finding(file, lineNo, tab + 1, "", "tab"));
                continue;
            }
            int wide = leadingWideSpace(text, lineStart, end);
            if (wide >= 0) {
                wideSpaces.add(Diagnostic.YAML_FULLWIDTH_SPACE.finding(file, lineNo, wide + 1, "",
                        "fullWidthSpace"));
            }
            boolean colon = false;
            boolean hash = false;
            int last = -1; // the last character that is not a space
            for (int i = lineStart; i < end; i++) {
                char c = chars[i];
                colon |= c == FULL_WIDTH_COLON;
                hash |= c == '#';
                if (c > ' ' && c < 0x7F || !Character.isWhitespace(c)) { // printable ASCII is never whitespace
                    last = c;
                }
            }
            if (colon) {
                fullWidthColon(file, text, lineStart, end, lineNo, colons);
            }
            int content = lineStart + indent;
            if (content < end && text.charAt(content) != '#' && !isBlank(text, content, end)) {
                lines.add(lineNo, indent, kind(text, content, end));
            }
            boolean mayOpenBlock = hash || last == '|' || last == '>' || last == '+' || last == '-'
                    || (last >= '0' && last <= '9');
            if (mayOpenBlock && opensBlockScalar(text, lineStart, end)) {
                inBlockScalar = true;
                blockIndent = indent;
            }
        }
        lines.dashesWithoutSpace(file, blocking);
        return new Result(blocking, colons, wideSpaces);
    }

    private void fullWidthColon(Path file, String text, int start, int end, int lineNo, List<Finding> colons) {
        Matcher m = FULL_WIDTH_KEY.matcher(text).region(start, end);
        if (m.find() && knownKeys.contains(m.group(2)) && !text.substring(start, m.end()).contains(": ")) {
            int column = text.codePointCount(start, m.end());
            colons.add(Diagnostic.YAML_FULLWIDTH_COLON.finding(file, lineNo, column, "", "fullWidthColon",
                    m.group(2)));
        }
    }

    /** Seven {@code <}, {@code =}, {@code >} or {@code |} at the start of the line, then nothing or a space. */
    private static boolean isConflictMarker(String text, int start, int end) {
        if (end - start < CONFLICT_MARKER) {
            return false;
        }
        char c = text.charAt(start);
        if (c != '<' && c != '=' && c != '>' && c != '|') {
            return false;
        }
        for (int i = start + 1; i < start + CONFLICT_MARKER; i++) {
            if (text.charAt(i) != c) {
                return false;
            }
        }
        return start + CONFLICT_MARKER == end || isAsciiSpace(text.charAt(start + CONFLICT_MARKER));
    }

    private static int leadingSpaces(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** Offset of a tab within the indentation (before the first non-blank character), or -1. */
    private static int leadingTab(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return isBlank(text, i, end) ? -1 : i - start;
            }
            if (c != ' ' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** Offset of the first full-width space among the spaces a line starts with, when text follows, or -1. */
    private static int leadingWideSpace(String text, int start, int end) {
        int first = -1;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c == FULL_WIDTH_SPACE) {
                if (first < 0) {
                    first = i - start;
                }
            } else if (c != ' ') {
                break;
            }
        }
        return i < end ? first : -1;
    }

    /**
     * A list item ({@code - x} or a lone {@code -}), one that starts a mapping ({@code - 一级指标: …}), a dash glued
     * to its text ({@code -x}), or anything else.
     */
    private static int kind(String text, int content, int end) {
        if (text.charAt(content) != '-') {
            return OTHER;
        }
        if (content + 1 == end) {
            return ITEM;
        }
        char after = text.charAt(content + 1);
        if (after == ' ' || after == '\t') {
            for (int i = content + 2; i < end; i++) {
                if (text.charAt(i) == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                    return MAPPING_ITEM;
                }
            }
            return ITEM;
        }
        return after == '-' ? OTHER : DASHED;
    }

    /**
     * Whether the line ends in a block scalar indicator: {@code key: |}, {@code - >-}, {@code key: |2 # note}, or
     * is one alone. The same lines as the pattern {@code .*[:-]\s+[|>][+-]?[0-9]?(\s+#.*)?$} on the stripped line,
     * without a regular expression.
     */
    static boolean opensBlockScalar(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return false;
        }
        if (indicatorThenComment(text, s, e) == e && !contains(text, '#', s, e)) {
            return true; // the whole line is the indicator
        }
        for (int i = s + 1; i < e; i++) {
            char c = text.charAt(i);
            if ((c == '|' || c == '>') && isAsciiSpace(text.charAt(i - 1))) {
                int k = i - 1;
                while (k > s && isAsciiSpace(text.charAt(k - 1))) {
                    k--;
                }
                if (k > s && (text.charAt(k - 1) == ':' || text.charAt(k - 1) == '-')
                        && indicatorThenComment(text, i, e) == e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String text, char c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * From an indicator {@code |} or {@code >} at {@code i}: skips an optional chomping sign and digit, then an
     * optional comment (whitespace, {@code #}, anything); returns where that leaves off ({@code e} when the line
     * ends there).
     */
    private static int indicatorThenComment(String text, int i, int e) {
        char c = text.charAt(i);
        if (c != '|' && c != '>') {
            return -1;
        }
        int j = i + 1;
        if (j < e && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
            j++;
        }
        if (j < e && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        if (j == e) {
            return e;
        }
        int k = j;
        while (k < e && isAsciiSpace(text.charAt(k))) {
            k++;
        }
        return k > j && k < e && text.charAt(k) == '#' ? e : j;
    }

    /** Whitespace as a regular expression's {@code \s} means it: space, tab, line feed, vertical tab, form feed, CR. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The lines with content, by indentation and kind, to find a dash glued to its text among the items of a list.
     * Kept as three int arrays: a filing has a few hundred lines.
     */
    private static final class Lines {
        private int[] number = new int[64];
        private int[] indent = new int[64];
        private int[] kind = new int[64];
        private int size;
        private boolean anyDashed;

        void add(int lineNo, int lineIndent, int lineKind) {
            if (size == number.length) {
                number = java.util.Arrays.copyOf(number, size * 2);
                indent = java.util.Arrays.copyOf(indent, size * 2);
                kind = java.util.Arrays.copyOf(kind, size * 2);
            }
            number[size] = lineNo;
            indent[size] = lineIndent;
            kind[size] = lineKind;
            anyDashed |= lineKind == DASHED;
            size++;
        }

        /**
         * A line {@code -x} is a list item missing its space when the nearest line before or after it at the same
         * or a lesser indentation is a list item at the same indentation (or another such line that is), or when it
         * sits under a list item's text, between its dash and its first character: YAML folds it into that item's
         * text, makes one text of the whole list, or fails on it, but never makes it an item of its own. Two passes
         * with a stack of indentations, so a file of a million such lines costs a million steps.
         */
        void dashesWithoutSpace(Path file, List<Finding> findings) {
            if (!anyDashed) {
                return;
            }
            boolean[] itemBefore = reachesItem(0, size, 1, true);
            boolean[] itemAfter = reachesItem(size - 1, -1, -1, false);
            for (int i = 0; i < size; i++) {
                if (kind[i] == DASHED && (itemBefore[i] || itemAfter[i])) {
                    findings.add(Diagnostic.YAML_LIST_DASH.finding(file, number[i], indent[i] + 1, "", "dashWithoutSpace"));
                }
            }
        }

        /**
         * For each line, walking from {@code from} towards {@code to}: whether the nearest earlier line at the same
         * or a lesser indentation is a list item at the same indentation, or a dashed line for which that holds;
         * with {@code underText}, also a list item of text (not of a mapping) whose dash is at most two columns to
         * the left.
         */
        private boolean[] reachesItem(int from, int to, int step, boolean underText) {
            boolean[] reaches = new boolean[size];
            int[] stackIndent = new int[Math.min(size, 64) + 1];
            int[] stackItem = new int[stackIndent.length];
            int depth = 0;
            for (int i = from; i != to; i += step) {
                while (depth > 0 && stackIndent[depth - 1] > indent[i]) {
                    depth--;
                }
                boolean sameIndent = depth > 0 && stackIndent[depth - 1] == indent[i];
                reaches[i] = depth > 0 && (sameIndent ? stackItem[depth - 1] != OTHER
                        : underText && stackItem[depth - 1] == ITEM && indent[i] - stackIndent[depth - 1] <= 2);
                int item = kind[i] == DASHED ? (reaches[i] ? ITEM : OTHER) : kind[i];
                if (sameIndent) {
                    stackItem[depth - 1] = item;
                } else {
                    if (depth == stackIndent.length) {
                        stackIndent = java.util.Arrays.copyOf(stackIndent, depth * 2);
                        stackItem = java.util.Arrays.copyOf(stackItem, depth * 2);
                    }
                    stackIndent[depth] = indent[i];
                    stackItem[depth] = item;
                    depth++;
                }
            }
            return reaches;
        }
    }
}
