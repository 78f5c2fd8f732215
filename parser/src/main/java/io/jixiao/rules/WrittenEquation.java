package io.jixiao.rules;

import io.jixiao.value.Magnitude;
import io.jixiao.value.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calculation written in prose as "a op b (op c …) = d": {@code 8*50*100=40000元}, {@code 100元每人*200人=20000},
 * {@code 5个*5000元/个=2.5万元}. Operands may carry a unit (元, 个, 元/个, 元每人, 万元, %); 万 and 亿 scale the number,
 * % divides it by 100. Multiplication and division bind before addition, as on paper.
 *
 * @param text      the equation as written
 * @param operands  the left-hand operands, in order
 * @param operators the operators between them ({@code *} or {@code ÷} or {@code +}, normalised)
 * @param results   the stated results: {@code = d}, or {@code = d = e} when the writer converted the result
 */
record WrittenEquation(String text, List<Operand> operands, List<Character> operators, List<Operand> results) {

    /** Units after a number: money with its "per" parts (元/个, 元每人, 元/人/天), %, or a short counting word. */
    private static final String UNIT = "(?:%|(?:" + Magnitude.ANY + "?元|" + Magnitude.ALONE + ")"
            + "(?:[/每]\\p{IsHan}{1,2}){0,2}|\\p{IsHan}{1,2}(?:/\\p{IsHan}{1,2}){0,2})?";
    private static final Pattern ONE_OPERAND = Pattern.compile("(" + Numbers.IN_PROSE + ")\\s*(" + UNIT + ")");
    private static final Pattern SYMBOL = Pattern.compile("\\s*([*×xX+÷=])\\s*");
    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    WrittenEquation {
        operands = List.copyOf(operands);
        operators = List.copyOf(operators);
        results = List.copyOf(results);
    }

    /** A number with the unit written after it. */
    record Operand(BigDecimal number, String unit) {

        /** The number with 万/亿 applied when asked, and % always. */
        BigDecimal value(boolean withMagnitude) {
            BigDecimal value = unit.equals("%") ? number.multiply(PERCENT) : number;
            return withMagnitude ? value.multiply(Magnitude.factorOfUnit(unit)) : value;
        }

        boolean hasMagnitude() {
            return Magnitude.factorOfUnit(unit).compareTo(BigDecimal.ONE) != 0;
        }

        boolean isYuan() {
            return unit.contains("元");
        }

        String written() {
            return number.toPlainString() + unit;
        }
    }

    /**
     * Every equation in a text, left to right. The text is read token by token (operand, operator, operand, =,
     * result), so even a very long chain of numbers costs a single pass.
     */
    static List<WrittenEquation> find(String text) {
        List<WrittenEquation> found = new ArrayList<>();
        Matcher operand = ONE_OPERAND.matcher(text);
        Matcher symbol = SYMBOL.matcher(text);
        int from = 0;
        while (from < text.length() && operand.find(from)) {
            Scanned scanned = scan(text, operand.start(), operand, symbol);
            scanned.equation().ifPresent(found::add);
            from = scanned.resumeAt();
        }
        return found;
    }

    /** What reading from one starting number gave, and where to look for the next equation (always further on). */
    private record Scanned(Optional<WrittenEquation> equation, int resumeAt) {
    }

    private static Scanned scan(String text, int start, Matcher operand, Matcher symbol) {
        List<Operand> operands = new ArrayList<>();
        List<Character> operators = new ArrayList<>();
        int at = read(operand, start, operands);
        while (true) {
            if (!lookingAt(symbol, at)) {
                return new Scanned(Optional.empty(), at);
            }
            char op = symbol.group(1).charAt(0);
            at = symbol.end();
            if (op == '=') {
                break;
            }
            if (!lookingAt(operand, at)) {
                return new Scanned(Optional.empty(), at);
            }
            operators.add(op == '+' || op == '÷' ? op : '*');
            at = read(operand, at, operands);
        }
        if (operators.isEmpty()) {
            return new Scanned(Optional.empty(), at);
        }
        List<Operand> results = new ArrayList<>();
        int end = at;
        while (lookingAt(operand, at)) {
            int resultStart = at;
            end = read(operand, at, results);
            if (!lookingAt(symbol, end)) {
                break;
            }
            if (symbol.group(1).charAt(0) != '=') {
                return new Scanned(Optional.empty(), resultStart); // the "result" starts a new calculation
            }
            at = symbol.end();
        }
        if (results.isEmpty() || end < text.length() && Character.isDigit(text.charAt(end))) {
            return new Scanned(Optional.empty(), end);
        }
        String written = text.substring(start, end).strip();
        return new Scanned(Optional.of(new WrittenEquation(written, operands, operators, results)), end);
    }

    /** Whether the pattern matches at a position (the region always runs to the end of the text). */
    private static boolean lookingAt(Matcher matcher, int at) {
        return matcher.region(at, matcher.regionEnd()).lookingAt();
    }

    /** Reads the operand known to start at a position into a list; returns where it ends. */
    private static int read(Matcher operand, int at, List<Operand> into) {
        lookingAt(operand, at);
        into.add(new Operand(Numbers.parse(operand.group(1)), operand.group(2)));
        return operand.end();
    }

    /**
     * The left-hand side's value, or empty when it divides by zero.
     *
     * @param withMagnitude whether 万 and 亿 scale their numbers
     */
    Optional<BigDecimal> evaluate(boolean withMagnitude) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = operands.get(0).value(withMagnitude);
        for (int i = 0; i < operators.size(); i++) {
            BigDecimal next = operands.get(i + 1).value(withMagnitude);
            switch (operators.get(i)) {
                case '+' -> {
                    sum = sum.add(term);
                    term = next;
                }
                case '÷' -> {
                    if (next.signum() == 0) {
                        return Optional.empty();
                    }
                    term = term.divide(next, MathContext.DECIMAL128);
                }
                default -> term = term.multiply(next);
            }
        }
        return Optional.of(sum.add(term));
    }

    /**
     * The stated results the left-hand side does not equal. A result matches within half a unit of its last
     * written decimal place. When 万 is written on one side only and the other side names no 元, the writer
     * counted both sides in the same unit ({@code 2*3=6万元}: 2万 times 3), so the plain numbers are compared too.
     */
    List<Operand> wrongResults() {
        Optional<BigDecimal> scaled = evaluate(true);
        Optional<BigDecimal> plain = evaluate(false);
        if (scaled.isEmpty() || plain.isEmpty()) {
            return List.of();
        }
        boolean leftMagnitude = operands.stream().anyMatch(Operand::hasMagnitude);
        boolean leftYuan = operands.stream().anyMatch(Operand::isYuan);
        List<Operand> wrong = new ArrayList<>();
        for (Operand result : results) {
            BigDecimal magnitude = Magnitude.factorOfUnit(result.unit());
            boolean holds = WrittenPrecision.matches(result.value(false), scaled.get().divide(magnitude));
            if (!holds && leftMagnitude != result.hasMagnitude() && !(result.hasMagnitude() ? leftYuan
                    : result.isYuan())) {
                holds = WrittenPrecision.matches(result.value(false), plain.get());
            }
            if (!holds) {
                wrong.add(result);
            }
        }
        return wrong;
    }

    /** The left-hand side's value in the unit of a result, as a person would write it. */
    String computedIn(Operand result) {
        BigDecimal value = evaluate(true).orElseThrow().divide(Magnitude.factorOfUnit(result.unit()));
        if (result.unit().equals("%")) {
            value = value.multiply(BigDecimal.valueOf(100));
        }
        int places = Math.max(result.number().scale() + 2, 2);
        if (value.scale() > places) {
            value = value.setScale(places, RoundingMode.HALF_UP);
        }
        return WrittenPrecision.plain(value) + result.unit();
    }
}
