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
        List<Part> parts = parts(submission);
        int perRow = Math.min(parts.size(), columnCount);
        for (int start = 0; start < parts.size(); start += perRow) {
            List<Part> line = parts.subList(start, Math.min(start + perRow, parts.size()));
            builder.row();
            int remaining = columnCount;
            for (int i = 0; i < line.size(); i++) {
                int span = i == line.size() - 1 ? remaining : columnCount / line.size();
                Part part = line.get(i);
                builder.cell(part.label() + "：" + part.text(), CellStyle.FOOTER, 1, span,
                        Pointers.child(SUBMISSION, part.key()));
                remaining -= span;
            }
        }
    }

    private static List<Part> parts(Submission submission) {
        List<Part> parts = new ArrayList<>();
        if (submission == null) {
            return parts;
        }
        add(parts, "填报单位", Keys.Submission.FILING_UNIT, submission.filingUnit());
        add(parts, "单位负责人", Keys.Submission.UNIT_HEAD, submission.unitHead());
        add(parts, "填表人", Keys.Submission.PREPARER, submission.preparer());
        add(parts, "联系电话", Keys.Submission.PHONE, submission.phone());
        return parts;
    }

    private static void add(List<Part> parts, String label, String key, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(label, key, text));
        }
    }

    /**
     * One signed item: the label printed before it and its key under 填报信息. The two are spelled alike today, but
     * the label is the form's word and the key the schema's, so renaming the key moves no printed text.
     */
    private record Part(String label, String key, String text) {
    }
}
