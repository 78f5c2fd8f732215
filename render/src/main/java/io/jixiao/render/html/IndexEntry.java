package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.MoneyChange;

import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One filing's line in the index, built by whoever rendered (or declined to render) the filing.
 *
 * @param source        the filing file as the user knows it, e.g. {@code linyi-tongzhanbu/2023.yaml}; also the
 *                      sort key of the index, so the order never depends on how a folder was listed
 * @param department    the department's name, or null when it could not be read
 * @param year          the fiscal year, or null when it could not be read
 * @param pagePath      the filing's page relative to the index, or null when there is none
 * @param workbookPath  the filing's workbook relative to the index, or null when there is none
 * @param counts        findings of each severity
 * @param rendered      whether the page and workbook were written
 * @param errorMessages the filing's errors, most important first (the index shows the first few): why it was not
 *                      rendered, or what to fix in the tables it was rendered to
 * @param yearChange    how the filing differs from the department's previous-year filing, or null when there is none
 */
public record IndexEntry(String source, String department, Integer year, String pagePath, String workbookPath,
                         FindingCounts counts, boolean rendered, List<String> errorMessages, YearChange yearChange) {

    public IndexEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(counts, "counts");
        errorMessages = List.copyOf(errorMessages);
        if (rendered && pagePath == null) {
            throw new IllegalArgumentException("a rendered filing has a page: " + source);
        }
        if (pagePath != null) {
            RelativeHref.of(pagePath);
        }
        if (workbookPath != null) {
            RelativeHref.of(workbookPath);
        }
    }

    /** A filing whose page and workbook were written. */
    public static IndexEntry rendered(String source, String department, int year, String pagePath,
                                      String workbookPath, FindingCounts counts) {
        return rendered(source, department, year, pagePath, workbookPath, counts, List.of());
    }

    /** A filing whose page and workbook were written although it has errors, with the errors to show. */
    public static IndexEntry rendered(String source, String department, int year, String pagePath,
                                      String workbookPath, FindingCounts counts, List<String> errorMessages) {
        return new IndexEntry(source, department, year, pagePath, workbookPath, counts, true, errorMessages, null);
    }

    /** A filing left unrendered, with the reasons to show (see {@link #errorTexts}). */
    public static IndexEntry notRendered(String source, String department, Integer year, FindingCounts counts,
                                         List<String> errorMessages) {
        return new IndexEntry(source, department, year, null, null, counts, false, errorMessages, null);
    }

    /** The same entry with how the filing differs from last year's. */
    public IndexEntry withYearChange(YearChange change) {
        return new IndexEntry(source, department, year, pagePath, workbookPath, counts, rendered, errorMessages,
                change);
    }

    /**
     * Targets raised, lowered, new and dropped against the previous-year filing, and the budget's change: what the
     * index shows of a comparison, kept small so an up-to-date filing's line can be written again without reading
     * either year's filing (the site render records it beside the up-to-date state).
     *
     * @param budgetChange  the total's change in {@code budgetUnit}, or null when the two filings do not state a
     *                      total on the same basis or it did not change
     * @param budgetPercent the change in per cent of last year's total, or null when last year's was nil
     */
    public record YearChange(int previousYear, ChangeSet.Counts counts, BigDecimal budgetChange, MoneyUnit budgetUnit,
                             BigDecimal budgetPercent) {

        public YearChange {
            Objects.requireNonNull(counts, "counts");
        }

        /** The index's share of a change set: the counts and, when it changed, the total's change. */
        public static YearChange of(int previousYear, ChangeSet.Counts counts, MoneyChange budget) {
            return budget == null || !budget.changed() ? new YearChange(previousYear, counts, null, null, null)
                    : new YearChange(previousYear, counts, budget.difference(), budget.unit(), budget.percent());
        }
    }

    /**
     * The error findings as one line each ({@code 第 12 行 [RULE-ID] message}), in the order the page lists them,
     * for {@link #errorMessages}; empty when there is no error.
     */
    public static List<String> errorTexts(List<Finding> findings, Messages messages) {
        FindingList texts = new FindingList(messages);
        return findings.stream().filter(Finding::isError).sorted(FindingList.ORDER).map(texts::oneLineText).toList();
    }
}
