package io.jixiao.model;

/**
 * An indicator value printed in three cells (Sichuan's budget-system export): 指标性质 (the comparator, ≥ = ≤),
 * 指标值 (the number) and 度量单位 (the unit). The cells are kept as written; the indicator's value is read from
 * them together ({@code ≥} {@code 95} {@code %} is {@code ≥95%}), so the rules judge it like any other.
 */
public record ValueSplit(String nature, String number, String unit) {

    /** The three cells as one value text: {@code ≥95%}. */
    public String joined() {
        return part(nature) + part(number) + part(unit);
    }

    private static String part(String text) {
        return text == null ? "" : text.strip();
    }
}
