package io.jixiao.value;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain forms a value written another way may stand for, so that a check that rejects it can say what to write
 * instead. People type a year as {@code 二〇二三}, {@code 二零二三年}, {@code ２０２３} or {@code 2023年度}, an amount as
 * {@code ￥4,000.00} or {@code 5万元整}, a month-end as {@code 三月底} or {@code 3月末}; each has one plain form a
 * reader would accept at once ({@code 2023}, {@code 4,000.00}, {@code 5万元}, {@code 3月底}). Part of the value
 * grammar: the words of those habits (年度, 整, 月末 and the Chinese numerals) are listed here once.
 *
 * <p>The forms are candidates only: the caller keeps the first that its own rule (a pattern, "an integer") accepts,
 * so a text that merely contains a numeral ({@code 一般公共预算}) never yields a suggestion.
 */
public final class PlainForms {

    /** Chinese numerals read digit by digit ({@code 二〇二三} is 2023): 〇, 零 and the circle ○ all mean 0. */
    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('〇', 0), Map.entry('零', 0), Map.entry('○', 0), Map.entry('一', 1), Map.entry('二', 2),
            Map.entry('两', 2), Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6),
            Map.entry('七', 7), Map.entry('八', 8), Map.entry('九', 9));
    private static final char TEN = '十';
    private static final Pattern NUMERALS = Pattern.compile("[〇零○一二两三四五六七八九十]+");
    private static final Pattern CURRENCY = Pattern.compile("^(?:¥|RMB|人民币)");
    private static final Pattern WHOLE = Pattern.compile("整$");
    private static final Pattern YEAR_WORD = Pattern.compile("(?<=[0-9])年度?$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=[0-9])");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainForms() {
    }

    /**
     * Plain forms the text may stand for, the most literal first: full-width characters folded ({@code ２０２３}),
     * Chinese numerals as digits, then without spaces, a currency sign, a trailing 整 or 年/年度 after a number, with
     * 月末 as 月底 and without leading zeros. The text itself is not among them.
     */
    public static List<String> of(String written) {
        List<String> forms = new ArrayList<>();
        if (written == null) {
            return forms;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        String digits = numeralsAsDigits(folded);
        for (String base : List.of(folded, digits)) {
            add(forms, written, base);
            String tidy = SPACE.matcher(base).replaceAll("");
            tidy = CURRENCY.matcher(tidy).replaceFirst("");
            tidy = WHOLE.matcher(tidy).replaceFirst("");
            tidy = YEAR_WORD.matcher(tidy).replaceFirst("");
            tidy = tidy.replace("月末", "月底");
            tidy = LEADING_ZEROS.matcher(tidy).replaceFirst("");
            add(forms, written, tidy);
        }
        return forms;
    }

    private static void add(List<String> forms, String written, String form) {
        if (!form.isEmpty() && !form.equals(written) && !forms.contains(form)) {
            forms.add(form);
        }
    }

    /**
     * Each run of Chinese numerals as digits: digit by digit ({@code 二〇二三} → 2023), or by place when it has 十
     * ({@code 十二} → 12, {@code 二十} → 20; runs up to 99).
     */
    static String numeralsAsDigits(String text) {
        Matcher m = NUMERALS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String run) {
        int ten = run.indexOf(TEN);
        if (ten < 0) {
            StringBuilder digits = new StringBuilder();
            run.chars().forEach(c -> digits.append(DIGITS.get((char) c)));
            return digits.toString();
        }
        if (run.indexOf(TEN, ten + 1) >= 0 || ten > 1 || run.length() - ten > 2) {
            return run; // not a number up to 99 written by place: leave it as written
        }
        int tens = ten == 0 ? 1 : DIGITS.get(run.charAt(0));
        int units = ten == run.length() - 1 ? 0 : DIGITS.get(run.charAt(ten + 1));
        return String.valueOf(tens * 10 + units);
    }
}
