package io.jixiao.render.site;

/**
 * What a render run did.
 *
 * @param rendered    filings whose outputs were (re)written
 * @param upToDate    filings whose outputs were already current and were left untouched
 * @param notRendered filings that could not be read into the model, so have no tables (the index says why)
 * @param millis      how long rendering took (not counting the check it was given)
 */
public record RenderSummary(int filings, int rendered, int upToDate, int notRendered, long millis) {
}
