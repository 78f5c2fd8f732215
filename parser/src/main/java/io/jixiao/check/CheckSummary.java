package io.jixiao.check;

/**
 * What a check found, for the summary line and the build's verdict.
 *
 * @param failed whether the build should fail: an error, or a warning when warnings fail
 * @param millis how long this run took (a run that reused an earlier goal's result is quick)
 */
public record CheckSummary(int filings, long errors, long warnings, long infos, boolean failed, long millis) {
}
