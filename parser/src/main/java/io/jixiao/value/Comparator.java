package io.jixiao.value;

/**
 * The relation a target states. Written forms include the ASCII and full-width operators and the Chinese words
 * finance staff use (不低于, 不超过, 以上, 以内 …); all map onto these five.
 */
public enum Comparator {
    GE("≥"),
    LE("≤"),
    GT(">"),
    LT("<"),
    EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
