package io.jixiao.render.layout.blocks;

import io.jixiao.model.Submission;
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

    private static final String POINTER = "/填报信息";

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
                builder.cell(part.key() + "：" + part.text(), CellStyle.FOOTER, 1, span, POINTER + "/" + part.key());
                remaining -= span;
            }
        }
    }

    private static List<Part> parts(Submission submission) {
        List<Part> parts = new ArrayList<>();
        if (submission == null) {
            return parts;
        }
        add(parts, "填报单位", submission.filingUnit());
        add(parts, "单位负责人", submission.unitHead());
        add(parts, "填表人", submission.preparer());
        add(parts, "联系电话", submission.phone());
        return parts;
    }

    private static void add(List<Part> parts, String key, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(key, text));
        }
    }

    /** One signed item: its key under 填报信息, which is also the label printed before it. */
    private record Part(String key, String text) {
    }
}
