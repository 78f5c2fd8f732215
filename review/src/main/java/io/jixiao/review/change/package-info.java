/**
 * The change set between two filings: amounts with their absolute and relative change, tables and indicators
 * matched by the identity rules of SPEC §6 with each target's move classified, goal texts diffed character by
 * character, spending plans point by point. Built from the parser's model only, in a deterministic order.
 */
package io.jixiao.review.change;
