package io.jixiao.rules;

import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.List;

/**
 * The free text of a spending line where people show their working (测算说明 and 支出明细 of 支出明细及测算说明,
 * 湖南 附表3). The calculation rules read it as a finance reviewer does: full-width digits and operators are
 * ordinary ones, and numbers and magnitudes follow the value grammar ({@link io.jixiao.value.Numbers},
 * {@link io.jixiao.value.Magnitude}), so 万 scales by ten thousand here as it does in a target.
 */
final class CalculationText {

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
}
