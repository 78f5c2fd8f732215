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
 * Line-level problems that make a YAML parser's own message useless to a finance clerk, caught before parsing:
 * merge-conflict markers left by Git, tabs used for indentation, and a key typed with the full-width colon that
 * Chinese input methods produce ({@code 部门名称：…}). Every such line is reported, not just the first.
 */
public final class TextLint {

    private static final Pattern CONFLICT = Pattern.compile("^(<{7}|={7}|>{7}|\\|{7})(\\s.*)?$");
    /** An optional list dash, a key made of non-space characters, then a full-width colon. */
    private static final Pattern FULL_WIDTH_KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:：#\"'{}\\[\\],]+?)\\s*：");

    private final Set<String> knownKeys;

    /** @param knownKeys every key and synonym the schema defines, used to recognise a mistyped colon */
    public TextLint(Set<String> knownKeys) {
        this.knownKeys = Set.copyOf(knownKeys);
    }

    public List<Finding> check(Path file, List<String> lines) {
        List<Finding> findings = new ArrayList<>();
        boolean inBlockScalar = false;
        int blockIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (CONFLICT.matcher(line).matches()) {
                findings.add(Diagnostic.YAML_MERGE_CONFLICT.finding(file, lineNo, 1, "", "mergeConflict",
                        line.substring(0, 7)));
                continue;
            }
            int indent = leadingSpaces(line);
            if (inBlockScalar) {
                if (line.isBlank() || indent > blockIndent) {
                    continue;
                }
                inBlockScalar = false;
            }
            int tab = leadingTab(line);
            if (tab >= 0) {
                findings.add(Diagnostic.YAML_TAB.finding(file, lineNo, tab + 1, "", "tab"));
                continue;
            }
            Matcher m = FULL_WIDTH_KEY.matcher(line);
            if (m.find() && knownKeys.contains(m.group(2)) && !line.substring(0, m.end()).contains(": ")) {
                int column = line.codePointCount(0, m.end()) ;
                findings.add(Diagnostic.YAML_FULLWIDTH_COLON.finding(file, lineNo, column, "", "fullWidthColon",
                        m.group(2)));
            }
            if (opensBlockScalar(line)) {
                inBlockScalar = true;
                blockIndent = indent;
            }
        }
        return findings;
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Index of a tab within the indentation (before the first non-blank character), or -1. */
    private static int leadingTab(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return line.substring(i).isBlank() ? -1 : i;
            }
            if (c != ' ' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean opensBlockScalar(String line) {
        String t = line.strip();
        return t.matches(".*[:\\-]\\s+[|>][+-]?[0-9]?(\\s+#.*)?$") || t.matches("^[|>][+-]?[0-9]?$");
    }
}
