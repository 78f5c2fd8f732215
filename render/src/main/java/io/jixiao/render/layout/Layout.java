package io.jixiao.render.layout;

import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;

import java.util.List;

/**
 * Turns a filing into the tables of one official layout (one per {@link io.jixiao.model.Template}). Every
 * non-empty value of the filing that the layout's form has a place for must appear in some cell.
 */
public interface Layout {

    /** The tables in the order the form prints them; each becomes one Excel sheet and one HTML table. */
    List<Grid> tables(Filing filing);

    /**
     * The tables with last year's targets beside this year's, where the form has a place for them; a form that has
     * none keeps its printed columns ({@link CompletedLayout} then adds the year-over-year sheet).
     */
    default List<Grid> tables(Filing filing, PreviousYear previous) {
        return tables(filing);
    }
}
