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
 * @param ruleId    stable rule id such as {@code YAML-DUPLICATE-KEY} or {@code SCHEMA-REQUIRED}
 * @param severity  error, warning or info
 * @param messageKey key in the {@code io.jixiao.finding.messages} bundle
 * @param arguments message arguments ({@link java.text.MessageFormat} placeholders {0}, {1} …)
 */
public record Finding(Path file, int line, int column, String pointer, String ruleId, Severity severity,
                      String messageKey, List<Object> arguments) {

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
        pointer = pointer == null ? "" : pointer;
        arguments = List.copyOf(arguments);
    }

    public static Finding error(Path file, int line, int column, String pointer, String ruleId, String messageKey,
                                Object... arguments) {
        return new Finding(file, line, column, pointer, ruleId, Severity.ERROR, messageKey, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
