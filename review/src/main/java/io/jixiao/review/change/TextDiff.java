package io.jixiao.review.change;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.MyersDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level diff of two texts, for goals written in Chinese, where a word diff has no words to split on. The
 * algorithm is JGit's Myers diff (the one {@code git diff} is built on) over the texts' code points; this class only
 * adapts the texts to it and turns its edits into runs of kept, deleted and inserted text.
 */
public final class TextDiff {

    private TextDiff() {
    }

    /** What happened to a run of text. */
    public enum Kind { KEPT, DELETED, INSERTED }

    /** A run of text that was kept, deleted from the old text or inserted into the new one. */
    public record Segment(Kind kind, String text) {
    }

    /** The runs that turn {@code before} into {@code after}, in reading order: deletions before insertions. */
    public static List<Segment> of(String before, String after) {
        CodePoints a = new CodePoints(before == null ? "" : before);
        CodePoints b = new CodePoints(after == null ? "" : after);
        EditList edits = MyersDiff.INSTANCE.diff(CodePoints.COMPARATOR, a, b);
        List<Segment> segments = new ArrayList<>();
        int kept = 0;
        for (Edit edit : edits) {
            add(segments, Kind.KEPT, a.text(kept, edit.getBeginA()));
            add(segments, Kind.DELETED, a.text(edit.getBeginA(), edit.getEndA()));
            add(segments, Kind.INSERTED, b.text(edit.getBeginB(), edit.getEndB()));
            kept = edit.getEndA();
        }
        add(segments, Kind.KEPT, a.text(kept, a.size()));
        return List.copyOf(segments);
    }

    private static void add(List<Segment> segments, Kind kind, String text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(kind, text));
        }
    }

    /** A text as the sequence of its code points, so a character outside the BMP is one element, not two. */
    private static final class CodePoints extends Sequence {
        static final SequenceComparator<CodePoints> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(CodePoints a, int ai, CodePoints b, int bi) {
                return a.points[ai] == b.points[bi];
            }

            @Override
            public int hash(CodePoints seq, int ptr) {
                return seq.points[ptr];
            }
        };

        private final int[] points;

        CodePoints(String text) {
            this.points = text.codePoints().toArray();
        }

        @Override
        public int size() {
            return points.length;
        }

        String text(int from, int to) {
            return new String(points, from, to - from);
        }
    }
}
