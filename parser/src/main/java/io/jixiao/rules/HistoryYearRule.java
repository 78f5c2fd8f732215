package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * HISTORY-YEAR: a history value must belong to a year before the filing's 年度. History is what was actually
 * achieved or spent; a 2024 filing is written before 2024's outcome exists, so a year key of 2024 or later is a
 * mistyped year (or a wrong 年度 for the whole file), and every comparison a reviewer makes with it is wrong.
 */
@Checks(Diagnostic.HISTORY_YEAR)
final class HistoryYearRule implements Rule {

    @Override
    public void check(RuleContext context) {
        int year = context.filing().year();
        for (Indicator indicator : context.indicators()) {
            if (indicator.history() != null) {
                for (Integer y : indicator.history().byYear().keySet()) {
                    reportIfNotBefore(context, Pointers.child(indicator.pointer(), Keys.Indicator.HISTORY,
                            Keys.yearKey(y)), y, year);
                }
            }
        }
        for (FundingOverview.Row row : fundingRows(context.filing().departmentTable())) {
            for (Integer y : row.previousYears().keySet()) {
                reportIfNotBefore(context, Pointers.child(row.pointer(), Keys.FundRow.PREVIOUS_YEARS,
                        Keys.yearKey(y)), y, year);
            }
        }
    }

    private static void reportIfNotBefore(RuleContext context, String pointer, int historyYear, int filingYear) {
        if (historyYear >= filingYear) {
            context.report(pointer, "notBefore", String.valueOf(historyYear), String.valueOf(filingYear),
                    String.valueOf(filingYear - 1));
        }
    }

    private static List<FundingOverview.Row> fundingRows(DepartmentTable dept) {
        List<FundingOverview.Row> rows = new ArrayList<>();
        if (dept != null && dept.funding() != null) {
            Stream.of(dept.funding().income(), dept.funding().expenditure()).filter(Objects::nonNull)
                    .forEach(block -> {
                        rows.addAll(block.lines());
                        if (block.total() != null) {
                            rows.add(block.total());
                        }
                    });
        }
        return rows;
    }
}
