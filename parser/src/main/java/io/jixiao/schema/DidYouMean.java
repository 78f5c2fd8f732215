package io.jixiao.schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests the key a user meant. A name from another province's form (指标值及单位 → 指标值) is an exact answer,
 * and may name a key further down ({@code 中期目标} → {@code 中期/目标}); otherwise the closest allowed key by edit
 * distance, if it is close enough to be a typo. Used for filing keys and for the values of the plugin's
 * parameters (rule ids, levels, formats, profiles).
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

    /**
     * Edit distance over code points, counting two neighbours typed the wrong way round as one edit
     * ({@code xslx} → {@code xlsx}), the commonest typo (optimal string alignment distance).
     */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
