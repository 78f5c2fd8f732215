package io.jixiao.history;

import java.util.Objects;

/**
 * A table or an indicator of last year's filing and the one of this year's taken to be the same.
 *
 * @param similarity for a {@link MatchBasis#SIMILAR} match, the share of the names' character pairs in common, in
 *                   percent (50–99); 100 for every other basis
 */
public record Match<T>(T previous, T current, MatchBasis basis, Confidence confidence, int similarity) {

    public Match {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(confidence, "confidence");
    }

    static <T> Match<T> of(T previous, T current, MatchBasis basis) {
        return new Match<>(previous, current, basis, basis.confidence(), 100);
    }
}
