package io.jixiao.render;

/**
 * A filing whose tables have more cells than {@link io.jixiao.read.Limits#maxRenderCells()}: drawing them would
 * take minutes and gigabytes (thirty thousand projects took four minutes and 4 GB). Thrown before anything is
 * written; the site render reports it as a {@code LIMIT-CELLS} finding naming the file.
 */
public final class TooManyCellsException extends RuntimeException {

    private final int cells;
    private final int limit;

    public TooManyCellsException(int cells, int limit) {
        super(null, null, false, false);
        this.cells = cells;
        this.limit = limit;
    }

    public int cells() {
        return cells;
    }

    public int limit() {
        return limit;
    }
}
