package io.jixiao.schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests the key a user meant. A name from another province's form (指标值及单位 → 指标值) is an exact answer,
 * and may name a key further down ({@code 中期目标} → {@code 中期/目标}); otherwise the closest allowed key by edit
 * distance, if it is close enough to be a typo.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * @param allowed  the keys of the object, each with the other names that mean it
     * @param synonyms other names → the key or path of keys meant
     */
    public static Optional<String> suggest(String unknown, Map<String, ? extends Iterable<String>> allowed,
                                           Map<String, String> synonyms) {
        String target = synonyms.get(unknown);
        if (target == null) {
            target = synonyms.get(unknown.strip());
        }
        if (target != null) {
            return Optional.of(target);
        }
        return suggest(unknown, allowed);
    }

    /** The suggestion from the keys alone, with the names each lists as meaning it. */
    public static Optional<String> suggest(String unknown, Map<String, ? extends Iterable<String>> allowed) {
        for (Map.Entry<String, ? extends Iterable<String>> entry : allowed.entrySet()) {
            for (String synonym : entry.getValue()) {
                if (synonym.equals(unknown)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        String stripped = unknown.strip();
        if (allowed.containsKey(stripped)) {
            return Optional.of(stripped);
        }
        return closest(unknown, allowed.keySet());
    }

    private static Optional<String> closest(String unknown, Set<String> keys) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : keys) {
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
