package io.jixiao.rules;

import io.jixiao.value.Magnitude;
import io.jixiao.value.Numbers;
import io.jixiao.value.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calculation stated in words instead of symbols: "全区政协委员177人，每人每年的经费是3000元，预算金额为53.1万元",
 * "走访慰问200人次/年，每次500元，合计10万". A sentence is read only when it has exactly this shape — one count (a
 * number with a counting unit), one unit price (an amount after 每… or followed by /人, 每人 …), one total (an amount
 * after 合计, 共计, 总计, 预算金额为 …) and no other number. Any other sentence is left alone: prose is too varied
 * to guess at, and a wrong guess would be a false alarm.
 *
 * @param sentence the sentence as written
 * @param count    the count, such as 177 (人)
 * @param price    the unit price in 元
 * @param total    the stated total
 */
record ProseCalculation(String sentence, Amount count, Amount price, Amount total) {

    /** Sentences end at 。；; and at a colon, which introduces the working ("委员活动经费53.1万元：…"). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;:：\\n]");
    private static final Pattern EXPRESSION = Pattern.compile("[*×÷=]|[0-9]\\s*[xX+]\\s*[0-9]");
    private static final Pattern MONEY = Pattern.compile(
            "\\s*(?:(" + Magnitude.ANY + "?)元|(" + Magnitude.ALONE + ")(?!\\p{IsHan}))");
    private static final Pattern MAGNITUDE = Pattern.compile("\\s*(" + Magnitude.ALONE + "?)");
    private static final Pattern PER = Pattern.compile("[/每]");
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:合计|共计|总计|预算金额|预算为|共需|总额)[为是约:：]?\\s*$");
    private static final Pattern CLAUSE_START = Pattern.compile(".*[，,、]", Pattern.DOTALL);
    private static final List<String> COUNT_UNITS = Unit.QUANTITY_UNITS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** A number with the unit written after it (人, 人次, 元, 万元, 万). */
    record Amount(BigDecimal number, String unit) {

        /** The count, or the amount in 元: 万 and 亿 applied. */
        BigDecimal value() {
            return number.multiply(Magnitude.factorOfUnit(unit));
        }

        String written() {
            return number.toPlainString() + unit;
        }
    }

    private enum Kind { COUNT, PRICE, TOTAL, OTHER }

    private record Token(Kind kind, Amount amount) {
    }

    /** Every sentence of a text that states count × unit price = total. */
    static List<ProseCalculation> find(String text) {
        List<ProseCalculation> found = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            read(sentence.strip()).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<ProseCalculation> read(String sentence) {
        if (sentence.isEmpty() || EXPRESSION.matcher(sentence).find()) {
            return Optional.empty();
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = Numbers.IN_PROSE_PATTERN.matcher(sentence);
        while (m.find()) {
            if (tokens.size() == 3) {
                return Optional.empty(); // a fourth number: not the shape, and no need to read on
            }
            tokens.add(token(sentence, m));
        }
        Optional<Amount> count = only(tokens, Kind.COUNT);
        Optional<Amount> price = only(tokens, Kind.PRICE);
        Optional<Amount> total = only(tokens, Kind.TOTAL);
        if (tokens.size() != 3 || count.isEmpty() || price.isEmpty() || total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProseCalculation(sentence, count.get(), price.get(), total.get()));
    }

    private static Optional<Amount> only(List<Token> tokens, Kind kind) {
        List<Amount> of = tokens.stream().filter(t -> t.kind() == kind).map(Token::amount).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    /** What one number in a sentence is, judged by the unit after it and the words before it. */
    private static Token token(String sentence, Matcher number) {
        BigDecimal value = Numbers.parse(number.group());
        String after = sentence.substring(number.end());
        String before = sentence.substring(0, number.start());
        Matcher money = MONEY.matcher(after);
        if (money.lookingAt()) {
            String unit = money.group(1) != null ? money.group(1) + "元" : money.group(2);
            Amount amount = new Amount(value, unit);
            String rest = after.substring(money.end());
            if (TOTAL_BEFORE.matcher(before).find()) {
                return new Token(Kind.TOTAL, amount);
            }
            boolean perUnit = PER.matcher(rest).lookingAt() || clause(before).contains("每");
            return new Token(perUnit ? Kind.PRICE : Kind.OTHER, amount);
        }
        Matcher magnitude = MAGNITUDE.matcher(after);
        magnitude.lookingAt();
        String rest = after.substring(magnitude.end());
        for (String unit : COUNT_UNITS) {
            if (rest.startsWith(unit)) {
                return new Token(Kind.COUNT, new Amount(value, magnitude.group(1) + unit));
            }
        }
        return new Token(Kind.OTHER, null);
    }

    /** The part of the text before a number that belongs to the same clause (after the last comma or 、). */
    private static String clause(String before) {
        Matcher m = CLAUSE_START.matcher(before);
        return m.lookingAt() ? before.substring(m.end()) : before;
    }

    /** count × price, in 元. */
    private BigDecimal computedYuan() {
        return count.value().multiply(price.value());
    }

    /** Whether the stated total is count × price, to the places it is written with. */
    boolean holds() {
        return WrittenPrecision.matches(total.number(), computedInTotalUnit());
    }

    /** count × price in the unit of the stated total (万 when the total is in 万元). */
    BigDecimal computedInTotalUnit() {
        return computedYuan().divide(Magnitude.factorOfUnit(total.unit()));
    }
}
