package io.jixiao.model;

/**
 * One 审核意见 block under a table: who reviews (主管部门, 第三方机构, 财政部门业务科室 or 绩效科 …), the opinion, the
 * grade (优/良/中/差, 财预〔2015〕88号), who reviewed it, when, and the seal. Empty text means the form prints the line
 * and it was left blank.
 *
 * @param pointer  JSON pointer of the block
 * @param reviewer 审核单位 as printed
 */
public record Review(String pointer, String reviewer, String opinion, String grade, String person, String date,
                     String seal) {
}
