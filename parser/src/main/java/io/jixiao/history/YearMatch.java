package io.jixiao.history;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.rules.IndicatorTable;

import java.util.List;

/**
 * Two consecutive years' filings of one department, table by table and indicator by indicator
 * ({@link CrossYear#match}).
 *
 * @param tables        the tables found in both years, in this year's order
 * @param addedTables   this year's tables that last year did not have
 * @param removedTables last year's tables that this year does not have
 */
public record YearMatch(Filing previous, Filing current, List<TablePair> tables, List<IndicatorTable> addedTables,
                        List<IndicatorTable> removedTables) {

    public YearMatch {
        tables = List.copyOf(tables);
        addedTables = List.copyOf(addedTables);
        removedTables = List.copyOf(removedTables);
    }

    /** Every matched indicator of every matched table, in this year's order. */
    public List<Match<Indicator>> indicators() {
        return tables.stream().flatMap(t -> t.indicators().stream()).toList();
    }

    /**
     * One table of both years.
     *
     * @param indicators the indicators found in both years, in this year's order
     * @param added      this year's named indicators not found last year
     * @param removed    last year's named indicators not found this year
     */
    public record TablePair(Match<IndicatorTable> match, List<Match<Indicator>> indicators, List<Indicator> added,
                            List<Indicator> removed) {
        public TablePair {
            indicators = List.copyOf(indicators);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }
}
