package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.Review;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;

import java.util.List;

/**
 * 审核意见 under a form: one block per reviewing body (主管部门, 第三方机构, 财政部门业务科室, 绩效科 …), the opinion beside
 * its name and, on the line under it, 审核结果, 审核人, 日期 and 签章 as far as they were filed — as the city form of
 * research/national-forms.md §4.3 prints them. A line filed blank is printed blank: the form leaves room to sign.
 */
public final class ReviewBlock {

    private ReviewBlock() {
    }

    /** Writes the blocks from a new row, under the label 审核意见 merged down the left; nothing when there are none. */
    public static void write(GridBuilder g, List<Review> reviews, int width) {
        if (reviews.isEmpty()) {
            return;
        }
        int rows = 0;
        for (Review review : reviews) {
            rows += details(review).isEmpty() ? 1 : 2;
        }
        g.row();
        g.cell("审核意见", CellStyle.HEADER, rows, 1, null);
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            LineParts details = details(review);
            if (i > 0) {
                g.row();
            }
            g.cell(CellText.of(review.reviewer()), CellStyle.GROUP, details.isEmpty() ? 1 : 2, 1,
                    Pointers.child(review.pointer(), Keys.Review.REVIEWER));
            g.cell(CellText.of(review.opinion()), CellStyle.TEXT, 1, width - 2,
                    Pointers.child(review.pointer(), Keys.Review.OPINION));
            if (!details.isEmpty()) {
                g.row();
                writeInline(g, details, width - 2);
            }
        }
    }

    /** Writes the parts on the current row (the cursor stands after the merged cells). */
    private static void writeInline(GridBuilder g, LineParts details, int width) {
        List<LineParts.Part> parts = details.parts();
        int remaining = width;
        int count = Math.min(parts.size(), width);
        for (int i = 0; i < parts.size(); i++) {
            int span = i >= count - 1 ? Math.max(1, remaining) : width / count;
            if (i >= count && remaining <= 0) {
                break;
            }
            LineParts.Part part = parts.get(i);
            if (i < count - 1) {
                g.cell(part.printed(), CellStyle.TEXT, 1, span, part.pointer());
                remaining -= span;
            } else {
                // The last cell holds the parts that do not get a column of their own.
                StringBuilder text = new StringBuilder(part.printed());
                for (int j = i + 1; j < parts.size(); j++) {
                    text.append('　').append(parts.get(j).printed());
                }
                g.cell(text.toString(), CellStyle.TEXT, 1, remaining, part.pointer());
                break;
            }
        }
    }

    private static LineParts details(Review review) {
        String p = review.pointer();
        return new LineParts()
                .add("审核结果：", review.grade(), Pointers.child(p, Keys.Review.GRADE))
                .add("审核人：", review.person(), Pointers.child(p, Keys.Review.PERSON))
                .add("日期：", review.date(), Pointers.child(p, Keys.Review.DATE))
                .add("签章：", review.seal(), Pointers.child(p, Keys.Review.SEAL));
    }
}
