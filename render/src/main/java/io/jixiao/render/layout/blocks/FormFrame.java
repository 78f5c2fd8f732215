package io.jixiao.render.layout.blocks;

import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.Submission;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;

/**
 * What surrounds a Hunan form and, by default, every generic table: the 附表 mark, the title, the
 * 填报单位 / 金额单位 line under it and the signature lines under the table; and the plain "label | value" row that
 * most of the form is made of.
 */
public final class FormFrame {

    private static final String SUBMISSION = Pointers.of(Keys.SUBMISSION);

    private FormFrame() {
    }

    /** The 附表1 / 附表2 / 附表3 mark above the title; nothing when {@code mark} is null. */
    public static void mark(GridBuilder g, String mark) {
        if (mark != null) {
            g.row().wide(mark, CellStyle.SUBTITLE);
        }
    }

    /** The title as filed (pointing at it), or the form's own title when the filing has none. */
    public static void title(GridBuilder g, String filed, String pointer, String fallback, int width) {
        g.row();
        if (CellText.isBlank(filed)) {
            g.cell(fallback, CellStyle.TITLE, 1, width, null);
        } else {
            g.cell(filed, CellStyle.TITLE, 1, width, pointer);
        }
    }

    /**
     * 填报单位：（盖章）… on the left and the money unit on the right ({@code 金额：万元} in 附表1,
     * {@code 金额单位：万元} elsewhere).
     */
    public static void unitLine(GridBuilder g, Filing filing, String unitLabel, int width) {
        int left = width - Math.max(1, width * 2 / 5);
        String unit = filing.submission().filingUnit();
        g.row();
        g.cell("填报单位：（盖章）" + CellText.of(unit), CellStyle.SUBTITLE, 1, left,
                pointerIf(unit, Keys.Submission.FILING_UNIT));
        g.cell(unitLabel + filing.moneyUnit().label(), CellStyle.SUBTITLE, 1, width - left,
                Pointers.of(Keys.MONEY_UNIT));
    }

    /** 单位负责人签字：… on one line, 填表人：… and 联系电话：… on the next. */
    public static void footer(GridBuilder g, Filing filing, int width) {
        Submission s = filing.submission();
        g.row();
        g.cell("单位负责人签字：" + CellText.of(s.unitHead()), CellStyle.FOOTER, 1, width,
                pointerIf(s.unitHead(), Keys.Submission.UNIT_HEAD));
        int left = Math.max(1, width / 2);
        g.row();
        g.cell("填表人：" + CellText.of(s.preparer()), CellStyle.FOOTER, 1, left,
                pointerIf(s.preparer(), Keys.Submission.PREPARER));
        g.cell("联系电话：" + CellText.of(s.phone()), CellStyle.FOOTER, 1, width - left,
                pointerIf(s.phone(), Keys.Submission.PHONE));
    }

    /** A row of a form label and the value beside it, spanning the rest of the table. */
    public static void labelled(GridBuilder g, String label, String text, CellStyle style, String pointer, int width) {
        g.row();
        g.cell(label, CellStyle.HEADER);
        g.cell(text, style, 1, width - 1, pointer);
    }

    /** The pointer of a 填报信息 entry, or none when it was not filed. */
    private static String pointerIf(String value, String key) {
        return CellText.isBlank(value) ? null : Pointers.child(SUBMISSION, key);
    }
}
