package io.jixiao.rules;

import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The free text of a spending line where people show their working (测算说明 and 支出明细 of 支出明细及测算说明,
 * 湖南 附表3), and how numbers and money are written in it. The calculation rules read it as a finance reviewer does:
 * 万 scales by ten thousand, full-width digits and operators are ordinary ones.
 */
final class CalculationText {

    /** A number as written in prose: 8, 2.5, 59144, 1,200 (a thousands group only with an ASCII comma). */
    static final String NUMBER = "(?<![0-9.])(?<![0-9],)(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\\.[0-9]+)?";

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal QIAN = BigDecimal.valueOf(1_000);

    private CalculationText() {
    }

    /** A text to read and the JSON pointer of the value holding it. */
    record Source(String pointer, String text) {
    }

    /** The 测算说明 and 支出明细 of every spending line, in document order. */
    static List<Source> sources(Filing filing) {
        List<Source> sources = new ArrayList<>();
        for (SpendingDirection direction : filing.spendingDirections()) {
            for (SpendingDirection.Line line : direction.lines()) {
                add(sources, Pointers.child(line.pointer(), Keys.SpendingLine.DETAIL), line.detail());
                add(sources, Pointers.child(line.pointer(), Keys.SpendingLine.CALCULATION), line.calculation());
            }
        }
        return sources;
    }

    private static void add(List<Source> sources, String pointer, String text) {
        if (text != null && !text.isBlank()) {
            sources.add(new Source(pointer, fold(text)));
        }
    }

    /**
     * Full-width ASCII forms (０-９, ＊, ＋, ＝, ％, ．, （）…) as their ASCII forms, one character for one, so that
     * positions still point into the text as written. The full-width comma, semicolon and colon are kept: in
     * Chinese prose they separate items and never group digits.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean fullWidth = c >= '\uFF01' && c <= '\uFF5E' && c != '，' && c != '；' && c != '：';
            out.append(fullWidth ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }

    /** The number of a written number, thousands separators removed. */
    static BigDecimal number(String written) {
        return new BigDecimal(written.replace(",", ""));
    }

    /**
     * What a unit written after a number multiplies it by: 10000 for 万, 万元 or 万人, 1e8 for 亿, 1000 for 千元,
     * 1 otherwise (元, 个, 元/个 …).
     */
    static BigDecimal magnitude(String unit) {
        if (unit.startsWith("万")) {
            return WAN;
        }
        if (unit.startsWith("亿")) {
            return YI;
        }
        return unit.startsWith("千元") ? QIAN : BigDecimal.ONE;
    }
}
