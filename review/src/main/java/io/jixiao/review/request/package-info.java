/**
 * The merge-request review: every filing changed between the base and the working tree, each compared with its
 * version on the base (or, for a new file, with the department's previous-year filing), and its findings sorted into
 * new, already on the base, and fixed, so a merge request is judged by what it changes.
 */
package io.jixiao.review.request;
