package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.Submission;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;


/**
 * The signature line under a Shandong or Hebei table (填报单位, 单位负责人, 填表人, 联系电话). Neither published form
 * prints one, so it appears only when the filing states who signs; then every printed table carries it, as a
 * signed paper form would.
 */
public final class SignatureRow {

    private static final String SUBMISSION = Pointers.of(Keys.SUBMISSION);

    private SignatureRow() {
    }

    /** Adds the footer rows after the table, the parts side by side as far as the columns allow. */
    public static void append(GridBuilder builder, Submission submission, int columnCount) {
        LineParts parts = new LineParts();
        if (submission != null) {
            // A part left blank is not printed: neither published form prints the line.
            parts.add("填报单位：", filed(submission.filingUnit()), Pointers.child(SUBMISSION, Keys.Submission.FILING_UNIT))
                    .add("单位负责人：", filed(submission.unitHead()),
                            Pointers.child(SUBMISSION, Keys.Submission.UNIT_HEAD))
                    .add("填表人：", filed(submission.preparer()), Pointers.child(SUBMISSION, Keys.Submission.PREPARER))
                    .add("联系电话：", filed(submission.phone()), Pointers.child(SUBMISSION, Keys.Submission.PHONE));
        }
        parts.write(builder, CellStyle.FOOTER, columnCount, Math.max(1, parts.parts().size()));
    }

    private static String filed(String text) {
        return CellText.isBlank(text) ? null : text;
    }
}
