package io.jixiao.build;

/**
 * What a check found, for the summary line and the build's verdict.
 *
 * @param failed whether the build should fail: an error, or a warning when warnings fail
 */
public record CheckSummary(int filings, long errors, long warnings, long infos, boolean failed, long millis) {
}
