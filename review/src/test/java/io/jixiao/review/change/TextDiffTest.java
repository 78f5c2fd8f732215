package io.jixiao.review.change;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Character-level diff of Chinese text")
class TextDiffTest {

    @Test
    @DisplayName("one character replaced, one phrase deleted, text added at the end")
    void chinese() {
        assertEquals(List.of(
                new TextDiff.Segment(TextDiff.Kind.KEPT, "利用"),
                new TextDiff.Segment(TextDiff.Kind.DELETED, "年"),
                new TextDiff.Segment(TextDiff.Kind.INSERTED, "全"),
                new TextDiff.Segment(TextDiff.Kind.KEPT, "会平台，完成调研"),
                new TextDiff.Segment(TextDiff.Kind.DELETED, "、文史编辑"),
                new TextDiff.Segment(TextDiff.Kind.KEPT, "工作"),
                new TextDiff.Segment(TextDiff.Kind.INSERTED, "。")),
                TextDiff.of("利用年会平台，完成调研、文史编辑工作", "利用全会平台，完成调研工作。"));
    }

    @Test
    @DisplayName("a character outside the basic plane is one character, not two halves")
    void supplementary() {
        assertEquals(List.of(new TextDiff.Segment(TextDiff.Kind.KEPT, "𠀀"),
                new TextDiff.Segment(TextDiff.Kind.DELETED, "甲"), new TextDiff.Segment(TextDiff.Kind.INSERTED, "乙")),
                TextDiff.of("𠀀甲", "𠀀乙"));
    }

    @Test
    @DisplayName("identical and empty texts")
    void edges() {
        assertEquals(List.of(new TextDiff.Segment(TextDiff.Kind.KEPT, "同")), TextDiff.of("同", "同"));
        assertEquals(List.of(new TextDiff.Segment(TextDiff.Kind.INSERTED, "新")), TextDiff.of(null, "新"));
        assertEquals(List.of(), TextDiff.of("", ""));
    }
}
