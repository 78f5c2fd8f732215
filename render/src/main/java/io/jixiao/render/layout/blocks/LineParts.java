package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.Submission;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of labelled parts side by side across the table, such as the head line 项目责任人（签字）：… 单位（盖章）：…
 * above a national project form or the 填表人：… 联系电话：… 填报日期：… line under a form. Each part keeps the pointer
 * of its own value. A part filed blank prints its label with nothing after it: the form prints the line and it was
 * left blank.
 */
public final class LineParts {

    /** One part: the printed label (with its colon), the value as filed, its pointer. */
    public record Part(String label, String text, String pointer) {

        String printed() {
            return label + CellText.of(text);
        }
    }

    private final List<Part> parts = new ArrayList<>();

    /**
     * 单位负责人：… 填表人：… 联系电话：… 填报日期：… as far as filed: the sign-off under a form, from the 填报信息
     * at {@code base} (the filing's, or a table's own).
     */
    public static LineParts signOff(Submission s, String base) {
        return new LineParts()
                .add("单位负责人：", s.unitHead(), Pointers.child(base, Keys.Submission.UNIT_HEAD))
                .add("填表人：", s.preparer(), Pointers.child(base, Keys.Submission.PREPARER))
                .add("联系电话：", s.phone(), Pointers.child(base, Keys.Submission.PHONE))
                .add("填报日期：", s.date(), Pointers.child(base, Keys.Submission.DATE));
    }

    /** Adds a part when it was filed (a key written blank counts: its line is printed empty). */
    public LineParts add(String label, String text, String pointer) {
        if (text != null) {
            parts.add(new Part(label, text, pointer));
        }
        return this;
    }

    List<Part> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * Writes the parts on new rows, as many side by side as the width allows (at most {@code perLine}), each line's
     * parts sharing the width evenly and the last taking what is left.
     */
    public void write(GridBuilder g, CellStyle style, int width, int perLine) {
        int each = Math.max(1, Math.min(Math.min(perLine, width), parts.size()));
        for (int start = 0; start < parts.size(); start += each) {
            List<Part> line = parts.subList(start, Math.min(start + each, parts.size()));
            g.row();
            int remaining = width;
            for (int i = 0; i < line.size(); i++) {
                int span = i == line.size() - 1 ? remaining : width / line.size();
                Part part = line.get(i);
                g.cell(part.printed(), style, 1, span, part.pointer());
                remaining -= span;
            }
        }
    }
}
