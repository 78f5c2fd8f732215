package io.jixiao.value;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The relation a target states. Written forms include the ASCII and full-width operators and the Chinese words
 * finance staff use (不低于, 不超过, 以上, 以内 …); all map onto these five. The words are part of the value grammar
 * and listed once here, with what each means, so the pattern that finds them and the meaning given to them cannot
 * drift apart.
 */
public enum Comparator {
    GE("≥"),
    LE("≤"),
    GT(">"),
    LT("<"),
    EQ("=");

    /** The words written before the number ({@code 不低于95%}); full-width forms are read after NFKC folding. */
    private static final Map<String, Comparator> BEFORE = Map.ofEntries(
            Map.entry(">=", GE), Map.entry("≥", GE), Map.entry("≧", GE),
            Map.entry("不低于", GE), Map.entry("不少于", GE), Map.entry("不小于", GE),
            Map.entry("大于等于", GE), Map.entry("达到", GE),
            Map.entry("<=", LE), Map.entry("≤", LE), Map.entry("≦", LE),
            Map.entry("不高于", LE), Map.entry("不超过", LE), Map.entry("不大于", LE),
            Map.entry("小于等于", LE), Map.entry("控制在", LE),
            Map.entry(">", GT), Map.entry("大于", GT), Map.entry("高于", GT), Map.entry("超过", GT),
            Map.entry("<", LT), Map.entry("小于", LT), Map.entry("低于", LT), Map.entry("少于", LT),
            Map.entry("=", EQ), Map.entry("等于", EQ));

    /**
     * The words written after the number and its unit ({@code 100人以上}); 左右 ("about") states no relation. Read
     * only when no word before the number states one.
     */
    private static final Map<String, Optional<Comparator>> AFTER = Map.of(
            "以上", Optional.of(GE), "及以上", Optional.of(GE),
            "以下", Optional.of(LE), "及以下", Optional.of(LE), "以内", Optional.of(LE), "之内", Optional.of(LE),
            "左右", Optional.empty());

    /** Any word of {@link #before}, as a regular expression without groups, the longest first. */
    public static final String BEFORE_WORDS = alternatives(BEFORE.keySet());

    /** Any word of {@link #after}, as a regular expression without groups, the longest first. */
    public static final String AFTER_WORDS = alternatives(AFTER.keySet());

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The relation a word before the number states: GE for {@code 不低于}; empty for anything else. */
    public static Optional<Comparator> before(String word) {
        return Optional.ofNullable(BEFORE.get(word));
    }

    /** The relation a word after the number states: LE for {@code 以内}; empty for 左右 and anything else. */
    public static Optional<Comparator> after(String word) {
        return AFTER.getOrDefault(word, Optional.empty());
    }

    private static String alternatives(Set<String> words) {
        return words.stream()
                .sorted(java.util.Comparator.<String>comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
