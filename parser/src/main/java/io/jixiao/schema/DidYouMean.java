package io.jixiao.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests the key a user meant. A synonym from another province's template (指标值及单位 → 指标值) is an exact
 * answer; otherwise the closest allowed key by edit distance, if it is close enough to be a typo.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> suggest(String unknown, Map<String, List<String>> allowed) {
        for (Map.Entry<String, List<String>> entry : allowed.entrySet()) {
            if (entry.getValue().contains(unknown)) {
                return Optional.of(entry.getKey());
            }
        }
        String stripped = unknown.strip();
        if (allowed.containsKey(stripped)) {
            return Optional.of(stripped);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed.keySet()) {
            int d = distance(unknown, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int tolerance = Math.max(1, Math.min(unknown.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
