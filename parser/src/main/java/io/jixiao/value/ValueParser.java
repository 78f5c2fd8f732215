package io.jixiao.value;

import io.jixiao.text.Memo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads indicator values written the way people write them into {@link Value}s. Full-width forms ({@code ＞}, {@code ％},
 * full-width digits) are read like their ASCII forms; the written text is always kept unchanged.
 *
 * <p>Anything that is not a recognisable number, tolerance, date or period is qualitative text: the parser never
 * rejects a value, because judging values is the job of the rules, which know the indicator's category.
 */
public final class ValueParser {

    private static final String NUMBER = "(" + Numbers.VALUE + ")";
    private static final Pattern QUANTITY = Pattern.compile("^(" + Comparator.BEFORE_WORDS + ")?\\s*" + NUMBER
            + "\\s*([^0-9\\s].*?)?\\s*(" + Comparator.AFTER_WORDS + ")?$");
    private static final Pattern TOLERANCE = Pattern.compile("^[±]\\s*" + NUMBER + "\\s*([^0-9\\s]*?)\\s*(以内|之内)?$");
    private static final Pattern FULL_DATE = Pattern.compile(
            "^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日(前|之前|以前)?$");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "^([0-9]{4})年([0-9]{1,2})月(底前|末前|底|末|初|前|上旬|中旬|下旬)?$");
    /** A year with what part of it is meant; 年底前 as 金安 2025 prints it ({@code 2025年年底前}). */
    private static final Pattern YEAR = Pattern.compile(
            "^((?:19|20)[0-9]{2})年(底前|末前|年底前|年末前|底|末|初|年底|年末|年初|内|前|上半年|下半年)?$");
    private static final Pattern MONTH_ONLY = Pattern.compile("^([0-9]{1,2})月(底前|末前|底|末|初|前)$");
    private static final Pattern DOTTED_DATE = Pattern.compile(
            "^((?:19|20)[0-9]{2})[./-]([0-9]{1,2})(?:[./-]([0-9]{1,2}))?$");
    private static final Pattern PERIOD = Pattern.compile(
            "^((?:19|20)[0-9]{2})[./年-]([0-9]{1,2})月?\\s*(?:-|–|—|~|～|至|到)\\s*(?:((?:19|20)[0-9]{2})[./年-])?([0-9]{1,2})月?(?:底|末)?$");
    /** Year to year, as 中期 headings print it: {@code 2024年—2026年}, {@code 2019年--2021年}. */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "^((?:19|20)[0-9]{2})年?\\s*(?:-|–|—|~|～|至|到)+\\s*((?:19|20)[0-9]{2})年?$");
    /** Year and month run together, as system exports print 项目起止时间: {@code 202001-202012}. */
    private static final Pattern COMPACT_PERIOD = Pattern.compile(
            "^((?:19|20)[0-9]{2})(0[1-9]|1[0-2])\\s*(?:-|–|—|~|～|至|到)\\s*((?:19|20)[0-9]{2})(0[1-9]|1[0-2])$");
    /** Day to day: {@code 2024年1月1日-2024年12月31日}; kept to the month, like every period. */
    private static final Pattern DAY_PERIOD = Pattern.compile(
            "^((?:19|20)[0-9]{2})[年./-]([0-9]{1,2})[月./-][0-9]{1,2}日?\\s*(?:-|–|—|~|～|至|到)\\s*"
                    + "((?:19|20)[0-9]{2})[年./-]([0-9]{1,2})[月./-][0-9]{1,2}日?$");
    /** Only digits, date words and separators: spaces inside ({@code 2019年  1 月 1日}) carry nothing. */
    private static final Pattern DATE_LIKE = Pattern.compile("^(?=.*[年月日])[0-9年月日./\\-–—~～至到\\s]+$");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:((?:19|20)[0-9]{2})年)?(?:全年|全年度|年度内)$");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("^[/／\\\\—–-]+$");
    /**
     * A deadline followed by the word for what is due then ({@code 12月底到位}, {@code 2024年6月底前完成}): the date
     * is the target. Only these words: a date followed by anything else is prose.
     */
    private static final Pattern DUE_BY = Pattern.compile("^(.+?)(完成|到位|办结|完工)$");

    /**
     * Values repeat ({@code ≥95%}, {@code 100%}, {@code 1次}) across indicators and filings, and a value is an
     * immutable record, so each written text is parsed once while it stays in the memo.
     */
    private static final Memo<Value> PARSED = new Memo<>(4096, ValueParser::parseUncached);

    private ValueParser() {
    }

    /** Parses raw value text; null or blank is {@link Value.Blank}. */
    public static Value parse(String raw) {
        return PARSED.apply(raw);
    }

    private static Value parseUncached(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Value.Blank();
        }
        String written = raw.strip();
        String text = Normalizer.normalize(spellUnits(written), Normalizer.Form.NFKC).strip();
        if (DATE_LIKE.matcher(text).matches()) {
            text = text.replaceAll("\\s+", "");
        }
        if (NOT_APPLICABLE.matcher(text).matches()) {
            return new Value.NotApplicable(written);
        }
        Matcher m;
        if ((m = WHOLE_YEAR.matcher(text)).matches()) {
            Integer year = integer(m.group(1));
            return new Value.Period(year, 1, year, 12, written);
        }
        if (!hasDigit(text)) {
            return new Value.Qualitative(written); // every form below has a number in it
        }
        if ((m = YEAR_RANGE.matcher(text)).matches()) {
            return new Value.Period(integer(m.group(1)), 1, integer(m.group(2)), 12, written);
        }
        if ((m = COMPACT_PERIOD.matcher(text)).matches() || (m = DAY_PERIOD.matcher(text)).matches()) {
            return new Value.Period(integer(m.group(1)), integer(m.group(2)), integer(m.group(3)),
                    integer(m.group(4)), written);
        }
        if ((m = PERIOD.matcher(text)).matches()) {
            Integer startYear = integer(m.group(1));
            Integer endYear = m.group(3) != null ? integer(m.group(3)) : startYear;
            return new Value.Period(startYear, integer(m.group(2)), endYear, integer(m.group(4)), written);
        }
        if ((m = FULL_DATE.matcher(text)).matches()) {
            return new Value.DateValue(integer(m.group(1)), integer(m.group(2)), integer(m.group(3)), m.group(4),
                    written);
        }
        if ((m = YEAR_MONTH.matcher(text)).matches()) {
            return new Value.DateValue(integer(m.group(1)), integer(m.group(2)), null, m.group(3), written);
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return new Value.DateValue(integer(m.group(1)), null, null, m.group(2), written);
        }
        if ((m = MONTH_ONLY.matcher(text)).matches()) {
            return new Value.DateValue(null, integer(m.group(1)), null, m.group(2), written);
        }
        if ((m = DOTTED_DATE.matcher(text)).matches()) {
            return new Value.DateValue(integer(m.group(1)), integer(m.group(2)), integer(m.group(3)), null, written);
        }
        if ((m = DUE_BY.matcher(text)).matches()
                && parse(m.group(1)) instanceof Value.DateValue d) {
            return new Value.DateValue(d.year(), d.month(), d.day(), d.qualifier(), written);
        }
        if ((m = TOLERANCE.matcher(text)).matches()) {
            String unit = m.group(2);
            return new Value.Tolerance(number(m.group(1)), unit.isEmpty() ? null : Unit.of(unit), written);
        }
        if ((m = QUANTITY.matcher(text)).matches()) {
            return quantity(m, written);
        }
        return new Value.Qualitative(written);
    }

    /** Unit symbols NFKC would turn into letters and digits (㎡ → m2), spelled as the units they are first. */
    private static String spellUnits(String text) {
        return text.replace("㎡", "平方米").replace("m²", "平方米").replace("㎥", "立方米").replace("m³", "立方米")
                .replace("㎞", "公里").replace("㎏", "千克").replace("㎎", "毫克").replace("℃", "摄氏度");
    }

    private static Value quantity(Matcher m, String written) {
        Comparator comparator = m.group(1) == null ? null : Comparator.before(m.group(1)).orElse(null);
        String suffix = m.group(4);
        if (comparator == null && suffix != null) {
            comparator = Comparator.after(suffix).orElse(null);
        }
        String rest = m.group(3) == null ? "" : m.group(3).strip();
        String magnitude = null;
        if (!rest.isEmpty() && !isKnownUnit(rest) && Magnitude.leading(rest).isPresent()) {
            magnitude = rest.substring(0, 1);
            rest = rest.substring(1).strip();
        }
        if (hasDigit(rest)) {
            return new Value.Qualitative(written); // "3个月内完成2次" and the like are prose, not one quantity
        }
        Unit unit = rest.isEmpty() ? null : Unit.of(rest);
        return new Value.Quantity(comparator, number(m.group(2)), magnitude, unit, written);
    }

    /** Whether the text has an ASCII digit (after NFKC, full-width digits are ASCII ones). */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnownUnit(String text) {
        return Unit.of(text).kind() != UnitKind.UNKNOWN;
    }

    private static BigDecimal number(String text) {
        return Numbers.parse(text);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
