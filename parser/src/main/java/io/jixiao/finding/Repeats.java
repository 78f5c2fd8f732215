package io.jixiao.finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows a repeated finding once. A reader acts on a message and a line; the same message again on the same line
 * tells them nothing new and buries the next real problem. Repeats arise where one defect is met several times:
 * one alias used nine times on a line, a schema error reached through several keywords, a value a rule visits
 * twice. Findings that differ in rule, line, message or any argument are all kept.
 */
public final class Repeats {

    private Repeats() {
    }

    /**
     * The findings without repeats, in their order; of findings with the same diagnostic, line, message and
     * arguments, the first (the leftmost when the list is in source order) is kept.
     */
    public static List<Finding> collapse(List<Finding> findings) {
        Set<Key> seen = new HashSet<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (seen.add(new Key(finding.diagnostic(), finding.file(), finding.line(), finding.messageKey(),
                    finding.arguments()))) {
                kept.add(finding);
            }
        }
        return kept.size() == findings.size() ? findings : kept;
    }

    /** What makes two findings read the same: everything but the column and the pointer. */
    private record Key(Diagnostic diagnostic, Path file, int line, String messageKey, List<Object> arguments) {
    }
}
