package io.jixiao.finding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in one filing: where it is, which rule found it and what to say about it.
 *
 * <p>A finding carries a message <em>key</em> and arguments rather than text, so the same finding can be shown in
 * Chinese or English and written to machine-readable reports without re-running the check.
 *
 * @param file      the filing, as the user named it (relative paths stay relative)
 * @param line      1-based line, or 0 when the finding concerns the whole file (empty file, unreadable bytes)
 * @param column    1-based column counted in Unicode code points, or 0 when unknown
 * @param pointer   JSON pointer of the value concerned (RFC 6901, e.g. {@code /项目/0/预算数}); empty for the document
 * @param diagnostic what was found: a declared {@link Diagnostic}, whose id ({@link #ruleId()}) such as
 *                  {@code YAML-DUPLICATE-KEY} or {@code VALUE-COST} the reports show
 * @param severity  error, warning or info: the diagnostic's default or the user's override
 * @param messageKey one of the diagnostic's declared message keys (see {@link Diagnostic#messageKey(String)})
 * @param arguments message arguments ({@link java.text.MessageFormat} placeholders {0}, {1} …)
 */
public record Finding(Path file, int line, int column, String pointer, Diagnostic diagnostic, Severity severity,
                      String messageKey, List<Object> arguments) {

    /** Made by {@link Diagnostic#finding}; the checks here keep an undeclared message from ever being emitted. */
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
        if (!diagnostic.declares(messageKey)) {
            throw new IllegalArgumentException(messageKey + " is not a declared message of " + diagnostic);
        }
        pointer = pointer == null ? "" : pointer;
        arguments = List.copyOf(arguments);
    }

    /** The stable id of the diagnostic, such as {@code VALUE-COST}. */
    public String ruleId() {
        return diagnostic.id();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding shown under another path (relative to a repository, for instance). */
    public Finding withFile(Path shownAs) {
        return new Finding(shownAs, line, column, pointer, diagnostic, severity, messageKey, arguments);
    }

    /** The same finding with the severity the user configured for its diagnostic. */
    public Finding withSeverity(Severity configured) {
        return new Finding(file, line, column, pointer, diagnostic, configured, messageKey, arguments);
    }
}
