package io.jixiao.review.change;

import java.util.List;

/**
 * A text of the filing that changed — a goal, a use of funds, a point of a spending plan — with its character-level
 * diff.
 *
 * @param label   where the text is, as keys and names ({@code 项目 › 车辆保险费 › 绩效目标})
 * @param pointer JSON pointer of this year's text (last year's when it is gone)
 * @param before  last year's text, empty when there was none
 * @param after   this year's text, empty when there is none
 */
public record TextChange(List<String> label, String pointer, String before, String after,
                         List<TextDiff.Segment> diff) {

    public TextChange {
        label = List.copyOf(label);
        diff = List.copyOf(diff);
    }

    static TextChange of(List<String> label, String pointer, String before, String after) {
        String was = before == null ? "" : before;
        String is = after == null ? "" : after;
        return new TextChange(label, pointer, was, is, TextDiff.of(was, is));
    }
}
