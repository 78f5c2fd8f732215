package io.jixiao.read;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.SortedSet;

/**
 * The lines of a filing's text, split as {@link String#lines()} splits them (at LF, CR or CRLF; no empty line after
 * a final line end), for the snippet under a finding.
 *
 * <p>Two forms. {@link #of(String)} cuts nothing up front: the line starts are found when a line is first asked
 * for, and only that line becomes a string. {@link #keep(SortedSet)} is what a run holds once a filing is checked:
 * the few lines its findings show, and the count of all of them; any other line is {@code null} (unknown).
 */
public final class SourceLines extends AbstractList<String> implements RandomAccess {

    /** No lines: a file that could not be read as text. */
    public static final SourceLines NONE = new SourceLines(null, new int[0], new String[0], 0);

    private final String text;
    private volatile int[] starts;
    /** For a kept copy: the line numbers (1-based, ascending) and their texts. */
    private final int[] keptNumbers;
    private final String[] keptTexts;
    private final int size;

    private SourceLines(String text, int[] keptNumbers, String[] keptTexts, int size) {
        this.text = text;
        this.keptNumbers = keptNumbers;
        this.keptTexts = keptTexts;
        this.size = size;
    }

    /** The lines of a text, found lazily. */
    public static SourceLines of(String text) {
        return new SourceLines(text, null, null, -1);
    }

    /** A copy of these lines as they are, for tests and callers that have a list. */
    public static SourceLines copyOf(java.util.List<String> lines) {
        if (lines instanceof SourceLines s) {
            return s;
        }
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 1;
        }
        return new SourceLines(null, numbers, lines.toArray(String[]::new), lines.size());
    }

    /**
     * Only the given lines (1-based; numbers outside the text are ignored), and the number of lines, so a printer
     * still knows which line numbers exist.
     */
    public SourceLines keep(SortedSet<Integer> lineNumbers) {
        int total = size();
        int[] numbers = lineNumbers.stream().mapToInt(Integer::intValue).filter(n -> n >= 1 && n <= total).toArray();
        String[] texts = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            texts[i] = get(numbers[i] - 1);
        }
        return new SourceLines(null, numbers, texts, total);
    }

    /** A kept copy as stored: the number of lines, and the kept lines' numbers (1-based, ascending) and texts. */
    public static SourceLines kept(int size, int[] numbers, String[] texts) {
        if (numbers.length != texts.length || size < 0) {
            throw new IllegalArgumentException("kept lines do not match");
        }
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] < 1 || numbers[i] > size || (i > 0 && numbers[i] <= numbers[i - 1])) {
                throw new IllegalArgumentException("kept line numbers out of order");
            }
        }
        return new SourceLines(null, numbers.clone(), texts.clone(), size);
    }

    /** The numbers (1-based, ascending) of the lines this copy has; every line for lines of a whole text. */
    public int[] keptNumbers() {
        if (text == null) {
            return keptNumbers.clone();
        }
        int[] all = new int[size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        return all;
    }

    /** How many characters the kept lines hold (all lines, for lines of a whole text): what keeping them costs. */
    public long keptChars() {
        if (text != null) {
            return text.length();
        }
        long chars = 0;
        for (String line : keptTexts) {
            chars += line.length();
        }
        return chars;
    }

    /** The texts of {@link #keptNumbers()}, in the same order. */
    public String[] keptTexts() {
        if (text == null) {
            return keptTexts.clone();
        }
        String[] all = new String[size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = get(i);
        }
        return all;
    }

    /**
     * The text of a line (index from 0), or {@code null} when this is a kept copy that did not keep it.
     *
     * @throws IndexOutOfBoundsException outside the text
     */
    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        if (text == null) {
            int at = Arrays.binarySearch(keptNumbers, index + 1);
            return at >= 0 ? keptTexts[at] : null;
        }
        int[] s = starts();
        int start = s[index];
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    @Override
    public int size() {
        return text == null ? size : starts().length;
    }

    private int[] starts() {
        int[] s = starts;
        if (s == null) {
            s = lineStarts(text);
            starts = s;
        }
        return s;
    }

    /*
     * Line ends found with indexOf rather than charAt one by one: the department's Maven runs with the quick JIT
     * only, where each charAt of a Chinese text is a call with a bounds check (JFR: 3% of a check).
     */
    private static int[] lineStarts(String text) {
        int n = text.length();
        int[] starts = new int[16];
        int count = 0;
        int cr = text.indexOf('\r');
        for (int start = 0; start < n; ) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
            int lf = text.indexOf('\n', start);
            if (lf < 0) {
                lf = n;
            }
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int end = cr >= 0 && cr < lf ? cr : lf;
            start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
