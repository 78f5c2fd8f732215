package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;

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
 */
public record IndexEntry(String source, String department, Integer year, String pagePath, String workbookPath,
                         FindingCounts counts, boolean rendered, List<String> errorMessages) {

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
        return new IndexEntry(source, department, year, pagePath, workbookPath, counts, true, errorMessages);
    }

    /** A filing left unrendered, with the reasons to show (see {@link #errorTexts}). */
    public static IndexEntry notRendered(String source, String department, Integer year, FindingCounts counts,
                                         List<String> errorMessages) {
        return new IndexEntry(source, department, year, null, null, counts, false, errorMessages);
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
