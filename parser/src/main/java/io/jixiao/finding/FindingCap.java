package io.jixiao.finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * At most so many findings of one diagnostic for one file; the rest are counted in one {@link Diagnostic#LIMIT_FINDINGS}
 * finding. A hundred thousand copies of one indicator are one mistake: two hundred thousand lines of warnings
 * (and a 50 MB log) only bury it, and the memory they take grows with the file.
 */
public final class FindingCap {

    private FindingCap() {
    }

    /**
     * The findings with at most {@code max} of each diagnostic, in their order; for each diagnostic that had more,
     * one {@link Diagnostic#LIMIT_FINDINGS} finding where the first one left out was, with its severity and the
     * number left out. The same list when nothing is left out.
     */
    public static List<Finding> apply(List<Finding> findings, int max) {
        Map<Diagnostic, Integer> seen = new HashMap<>();
        boolean over = false;
        for (Finding f : findings) {
            if (seen.merge(f.diagnostic(), 1, Integer::sum) > max && f.diagnostic() != Diagnostic.LIMIT_FINDINGS) {
                over = true;
            }
        }
        if (!over) {
            return findings;
        }
        Map<Diagnostic, Integer> kept = new HashMap<>();
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int n = kept.merge(f.diagnostic(), 1, Integer::sum);
            if (n <= max || f.diagnostic() == Diagnostic.LIMIT_FINDINGS) {
                result.add(f);
            } else if (n == max + 1) {
                result.add(summary(f, seen.get(f.diagnostic()) - max, max));
            }
        }
        return result;
    }

    /** The finding that stands for {@code more} findings of {@code first}'s diagnostic, at {@code first}. */
    public static Finding summary(Finding first, int more, int max) {
        return Diagnostic.LIMIT_FINDINGS.finding(first.file(), first.line(), first.column(), first.pointer(),
                first.severity(), "more", first.ruleId(), more, max);
    }
}
