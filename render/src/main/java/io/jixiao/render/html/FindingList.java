package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders findings as a list a clerk can act on: severity, rule id, the message in the reader's language and the
 * line of the filing to open.
 */
final class FindingList {

    /** Errors first, then by place in the file; the remaining keys only make the order total, hence stable. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::messageKey)
            .thenComparing(f -> f.arguments().toString());

    private final Messages messages;

    FindingList(Messages messages) {
        this.messages = messages;
    }

    /** A {@code <ul>} of the findings in {@link #ORDER}. */
    Element list(List<Finding> findings) {
        Element list = new Element("ul").addClass("finding-list");
        findings.stream().sorted(ORDER).forEach(finding -> item(list, finding));
        return list;
    }

    private void item(Element list, Finding finding) {
        Element item = list.appendElement("li").addClass("finding").addClass(severityClass(finding.severity()));
        item.appendElement("span").addClass("severity").text(messages.severity(finding.severity()));
        item.appendText(" ");
        item.appendElement("span").addClass("rule").text(finding.ruleId());
        item.appendText(" ");
        item.appendElement("span").addClass("message").text(oneLine(messages.message(finding)));
        if (finding.line() > 0) {
            item.appendText(" ");
            item.appendElement("span").addClass("line").text(lineLabel(finding.line()));
        }
    }

    /** The line in the findings' own language, as it is part of the finding. */
    String lineLabel(int line) {
        return messages.format("render.findings.line", line);
    }

    /** The language of the page. */
    Messages messages() {
        return messages;
    }

    /**
     * An error as one line of text ({@code 第 12 行 [RULE-ID] message}), for the index, which shows why a filing was
     * not rendered.
     */
    String oneLineText(Finding finding) {
        return (finding.line() > 0 ? lineLabel(finding.line()) + " " : "") + "[" + finding.ruleId() + "] "
                + oneLine(messages.message(finding));
    }

    /** The CSS class of a severity, also used to tint the row a finding concerns. */
    static String severityClass(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
