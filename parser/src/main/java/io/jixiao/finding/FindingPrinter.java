package io.jixiao.finding;

import io.jixiao.text.DisplayWidth;
import io.jixiao.text.PathText;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints findings the way compilers do, so editors and CI logs can jump to them:
 * {@code path:line:col: 错误[RULE-ID] message}, then the source line and a caret under the column.
 *
 * <p>The caret is aligned for terminals: a wide character before the column ({@link DisplayWidth}: CJK, and the
 * symbols such as ≥ that a Chinese console shows in two cells) takes two, a tab is kept as a tab.
 */
public final class FindingPrinter {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private final Messages messages;

    public FindingPrinter(Messages messages) {
        this.messages = messages;
    }

    /** The one-line header of a finding. */
    public String header(Finding finding) {
        StringBuilder out = new StringBuilder();
        out.append(PathText.of(finding.file()));
        if (finding.line() > 0) {
            out.append(':').append(finding.line());
            if (finding.column() > 0) {
                out.append(':').append(finding.column());
            }
        }
        out.append(": ").append(messages.severity(finding.severity()))
                .append('[').append(finding.ruleId()).append("] ")
                .append(oneLine(messages.message(finding)));
        return out.toString();
    }

    /**
     * The header followed by the offending source line and a caret, when the line is known.
     *
     * @param sourceLines the lines of the file (may be empty when the file could not be decoded; a line may be null
     *                    when it was not kept)
     */
    public String print(Finding finding, List<String> sourceLines) {
        String header = header(finding);
        if (finding.line() == 0 || finding.line() > sourceLines.size()) {
            return header;
        }
        String line = sourceLines.get(finding.line() - 1);
        if (line == null) {
            return header;
        }
        return header + System.lineSeparator() + "  " + shorten(line) + System.lineSeparator()
                + "  " + caretPad(line, finding.column()) + "^";
    }

    /** Keeps the header on one line, so tools that read {@code path:line:col:} lines see the whole message. */
    private static String oneLine(String message) {
        return message.indexOf('\n') < 0 && message.indexOf('\r') < 0 ? message
                : LINE_BREAKS.matcher(message).replaceAll(" ");
    }

    private static String shorten(String line) {
        return line.codePointCount(0, line.length()) > 200
                ? line.substring(0, line.offsetByCodePoints(0, 200)) + "…" : line;
    }

    static String caretPad(String line, int column) {
        StringBuilder pad = new StringBuilder();
        int limit = Math.min(Math.max(column - 1, 0), 200);
        for (int i = 0, n = 0; i < line.length() && n < limit; n++) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                pad.append('\t');
            } else {
                pad.append(DisplayWidth.isWide(cp) ? "  " : " ");
            }
        }
        return pad.toString();
    }
}
