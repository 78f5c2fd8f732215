package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One report format. A report is a pure function of the check result and the {@link ReportOptions}: the same
 * findings give the same text, byte for byte (no timestamps, no machine paths unless the findings carry them, lines
 * ending in {@code \n}).
 *
 * <p>Every report is written one filing at a time ({@link #open}), so a run over a whole province can write it as
 * each department folder is checked and keep nothing but counts; {@link #render} is the same writer over a result
 * held in memory.
 */
public interface Report {

    /** Which format this is. */
    ReportFormat format();

    /**
     * Starts the report on {@code out}. Filings must be added in report order: by their shown paths, department
     * folder by department folder ({@link io.jixiao.check.FilingOrder#SHOWN}).
     */
    Sink open(OutputStream out) throws IOException;

    /** The whole report as text. */
    default String render(CheckResult result) {
        return new String(bytes(result), StandardCharsets.UTF_8);
    }

    /** The whole report in UTF-8, as it is written to a file. */
    byte[] bytes(CheckResult result);

    /** A report being written. */
    interface Sink {

        /** Adds one filing and its findings. */
        void add(FileCheck file) throws IOException;

        /** Writes what comes after the last filing (a summary, closing brackets) and flushes; does not close. */
        void finish() throws IOException;
    }
}
