/**
 * Next year's filing from this year's, as a text-level edit: the year bumped, each indicator's 上年值 set from this
 * year's target, a stable 指标编号 added where missing, and everything else — comments, key order, quoting,
 * formatting — kept as the department wrote it.
 */
package io.jixiao.review.next;
