/**
 * Across years: which table and which indicator of this year's filing are the same as one of last year's
 * ({@link io.jixiao.history.CrossYear}, the identity rules of SPEC §6), and how a target moved between the two
 * ({@link io.jixiao.history.TargetComparison}). The history rules judge a filing with them, and the review module
 * builds its change sets on them, so a rule and a reviewer's report never disagree on what "the same indicator" or
 * "lowered" means.
 */
package io.jixiao.history;
