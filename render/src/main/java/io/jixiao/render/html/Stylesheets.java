package io.jixiao.render.html;

/**
 * The inline stylesheets. Fonts are named, never downloaded: a reader's own 宋体 or Noto CJK is used, so the pages
 * make no request.
 *
 * <p>Printing. Pages print on A4 landscape like the official forms, each table on a new sheet as in the workbook,
 * with each table's header rows repeated on every page and no row cut in two. Findings stay on paper, in a smaller
 * type and without row tints: the workbook is what gets submitted, so a printed page is a review copy, and a review
 * copy without its findings would only be a worse workbook. Severity is spelt out in words, which survive a
 * black-and-white printer.
 */
final class Stylesheets {

    private static final String COMMON = """
            body { margin: 1.5em; color: #111; background: #fff; font-size: 14px; line-height: 1.45;
              font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
            h1 { font-size: 1.5em; margin: 0 0 .3em; }
            h2 { font-size: 1.1em; margin: 0 0 .5em; color: #444; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: .25em .4em; vertical-align: middle; overflow-wrap: anywhere; }
            th { background: #e8e8e8; font-weight: bold; text-align: center; }
            ul.finding-list { margin: 0; padding: 0; list-style: none; }
            li.finding { margin: 0 0 .3em; padding-left: .4em; border-left: 3px solid #888; }
            li.finding:last-child { margin-bottom: 0; }
            li.error { border-left-color: #c00; }
            li.warning { border-left-color: #d80; }
            li.info { border-left-color: #37c; }
            .severity { font-weight: bold; }
            .error .severity, .count.error { color: #c00; }
            .warning .severity, .count.warning { color: #a60; }
            .info .severity, .count.info { color: #256; }
            .rule { font-family: ui-monospace, "Consolas", "DejaVu Sans Mono", monospace; font-size: .9em;
              color: #555; }
            .line { color: #666; white-space: nowrap; }
            """;

    private static final String COMMON_PRINT = """
              body { margin: 0; font-size: 9pt; }
              thead { display: table-header-group; }
              tr, th, td { page-break-inside: avoid; break-inside: avoid; }
              h1, h2 { page-break-after: avoid; break-after: avoid; }
            """;

    static final String PAGE = COMMON + """
            header { margin-bottom: 1.5em; }
            .facts span, .summary span { margin-right: 1.5em; }
            section.file-findings, section.grid { margin: 0 0 2.5em; }
            caption { caption-side: top; margin-bottom: .4em; }
            caption p { margin: .2em 0; }
            caption p.title { font-size: 1.35em; font-weight: bold; text-align: center; }
            caption p.subtitle { display: flex; justify-content: space-between; gap: 2em; text-align: left; }
            td.group, td.value { text-align: center; }
            td.text { text-align: left; }
            td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.title, td.subtitle, td.footer, td.blank { border: none; background: none; }
            td.title { font-size: 1.2em; font-weight: bold; text-align: center; }
            td.footer { padding-top: .8em; }
            th.findings { background: #f0f0f0; font-weight: normal; }
            td.findings { font-size: .85em; vertical-align: top; background: #fafafa; }
            ul.table-findings { margin-top: .6em; }
            @media screen {
              tr.has-error > td:not(.findings):not(.blank):not([rowspan]) { background: #fff0f0; }
              tr.has-warning > td:not(.findings):not(.blank):not([rowspan]) { background: #fff8e6; }
            }
            @media print {
              @page { size: A4 landscape; margin: 10mm 10mm 14mm;
                @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }
            """ + COMMON_PRINT + """
              section.grid { margin: 0; }
              section.grid ~ section.grid { page-break-before: always; break-before: page; }
              td.findings, th.findings { font-size: 7pt; background: none; }
              li.finding { margin: 0; border-left-width: 2px; }
            }
            """;

    static final String INDEX = COMMON + """
            .summary span { margin-right: 1.5em; }
            td { vertical-align: top; }
            td.year, td.number, td.status, td.links { text-align: center; white-space: nowrap; }
            td.number.zero { color: #999; }
            td.status.passed { color: #060; }
            td.status.warned { color: #a60; }
            td.status.failed { color: #c00; font-weight: bold; }
            td.source { font-size: .9em; color: #444; }
            td.reason ul.finding-list li { border-left-color: #c00; }
            .more { color: #666; margin: .3em 0 0; }
            @media print {
              @page { size: A4 landscape; margin: 10mm; }
            """ + COMMON_PRINT + """
            }
            """;

    /**
     * The merge-request review: side by side old → new, changes marked by more than colour (▲ ▼ 新 删, struck-through
     * and underlined text), so they survive a black-and-white printer.
     */
    static final String REVIEW = COMMON + """
            section.filing { margin: 0 0 2.5em; }
            h3 { font-size: 1em; margin: 1.2em 0 .4em; }
            p.counts span { margin-right: 1.2em; }
            td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.shift { white-space: nowrap; text-align: center; }
            tr.stricter td.shift { color: #060; }
            tr.weaker td.shift { color: #c00; font-weight: bold; }
            del { background: #fdd; text-decoration: line-through; }
            ins { background: #dfd; text-decoration: underline; }
            li.existing { color: #555; }
            @media print {
              @page { size: A4 landscape; margin: 10mm; }
            """ + COMMON_PRINT + """
            }
            """;

    private Stylesheets() {
    }
}
