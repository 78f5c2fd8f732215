package io.jixiao.value;

import java.util.Optional;

/**
 * When a time target falls due, counted from the start of the filing's own year, so that two years' deadlines
 * compare as the department means them: {@code 2025年11月底} in the 2025 filing and {@code 11月底} or
 * {@code 2026年11月底} in the 2026 one fall due at the same point of their years. A period falls due at its end.
 * Days are counted in 31-day months, enough to order deadlines, which is all it is used for.
 */
public final class Deadline {

    private static final int MONTH = 31;
    private static final int YEAR = 12 * MONTH;

    private Deadline() {
    }

    /** The deadline as a day number from the start of {@code filingYear}; empty for a value that is not a time. */
    public static Optional<Integer> of(Value value, int filingYear) {
        if (value instanceof Value.DateValue d) {
            return Optional.of(date(d, filingYear));
        }
        if (value instanceof Value.Period p) {
            int year = p.endYear() == null ? 0 : p.endYear() - filingYear;
            int month = p.endMonth() == null ? 12 : p.endMonth();
            return Optional.of(year * YEAR + (month - 1) * MONTH + MONTH);
        }
        return Optional.empty();
    }

    private static int date(Value.DateValue d, int filingYear) {
        int year = d.year() == null ? 0 : d.year() - filingYear;
        String qualifier = d.qualifier() == null ? "" : d.qualifier();
        if (d.month() == null) {
            return switch (qualifier) {
                case "初", "年初" -> year * YEAR + 1;
                case "前" -> year * YEAR;
                case "上半年" -> year * YEAR + 6 * MONTH;
                default -> year * YEAR + YEAR;
            };
        }
        int monthStart = year * YEAR + (d.month() - 1) * MONTH;
        if (d.day() != null) {
            return monthStart + d.day();
        }
        return switch (qualifier) {
            case "初" -> monthStart + 1;
            case "前" -> monthStart;
            case "上旬" -> monthStart + 10;
            case "中旬" -> monthStart + 20;
            default -> monthStart + MONTH;
        };
    }
}
