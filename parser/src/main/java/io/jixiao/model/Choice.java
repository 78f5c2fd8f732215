package io.jixiao.model;

import java.util.List;

/**
 * A cell that offers options (项目属性, 项目类型, 资金用途): either the text that was written in it ({@code 一次性项目}),
 * or the options printed as tick boxes and which of them were ticked. Tick boxes keep every option, so a form with
 * none ticked (芜湖's 部门预算 □ 切块预算 □) says so instead of looking like an empty cell.
 *
 * @param pointer JSON pointer of the cell
 * @param written the text written in the cell, or null when the cell is tick boxes
 * @param options the printed options in form order (empty when written)
 * @param ticked  the ticked options (empty when none was ticked, or when written)
 */
public record Choice(String pointer, String written, List<String> options, List<String> ticked) {

    /** The mark printed after a ticked option. */
    public static final String TICKED = "√";
    /** The mark printed after an option left unticked. */
    public static final String UNTICKED = "□";

    public Choice {
        options = List.copyOf(options);
        ticked = List.copyOf(ticked);
    }

    public boolean isTickBoxes() {
        return written == null;
    }

    /**
     * The cell as printed: the written text, or each option followed by its box ({@code 新增项目□ 延续项目√}). A
     * ticked option that is not among the printed ones (a typo, or an option the form added by hand) still prints,
     * ticked, after them: a tick is never dropped.
     */
    public String text() {
        if (!isTickBoxes()) {
            return written;
        }
        StringBuilder text = new StringBuilder();
        for (String option : options) {
            append(text, option, ticked.contains(option) ? TICKED : UNTICKED);
        }
        for (String tick : ticked) {
            if (!options.contains(tick)) {
                append(text, tick, TICKED);
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String option, String mark) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(option).append(mark);
    }

    /** {@link #text()} of a choice that may be missing. */
    public static String text(Choice choice) {
        return choice == null ? null : choice.text();
    }
}
