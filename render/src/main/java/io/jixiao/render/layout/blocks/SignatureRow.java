package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.Submission;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;

import java.util.ArrayList;
import java.util.List;

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
        List<LabelledText> parts = parts(submission);
        int perRow = Math.min(parts.size(), columnCount);
        for (int start = 0; start < parts.size(); start += perRow) {
            List<LabelledText> line = parts.subList(start, Math.min(start + perRow, parts.size()));
            builder.row();
            int remaining = columnCount;
            for (int i = 0; i < line.size(); i++) {
                int span = i == line.size() - 1 ? remaining : columnCount / line.size();
                LabelledText part = line.get(i);
                builder.cell(part.label() + "：" + part.text(), CellStyle.FOOTER, 1, span,
                        Pointers.child(SUBMISSION, part.key()));
                remaining -= span;
            }
        }
    }

    /** The signed items that were filed, each with the label printed before it. */
    private static List<LabelledText> parts(Submission submission) {
        List<LabelledText> parts = new ArrayList<>();
        if (submission == null) {
            return parts;
        }
        LabelledText.addIfFiled(parts, "填报单位", Keys.Submission.FILING_UNIT, submission.filingUnit());
        LabelledText.addIfFiled(parts, "单位负责人", Keys.Submission.UNIT_HEAD, submission.unitHead());
        LabelledText.addIfFiled(parts, "填表人", Keys.Submission.PREPARER, submission.preparer());
        LabelledText.addIfFiled(parts, "联系电话", Keys.Submission.PHONE, submission.phone());
        return parts;
    }
}
