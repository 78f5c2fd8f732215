package io.jixiao.model;

/**
 * Who files and signs: 填报单位, 单位负责人, 填表人, 联系电话, 填报日期. A part is null when the filing does not have
 * it, and empty when the form prints the line but it was left blank (not signed, not stamped): the key written
 * without a value.
 */
public record Submission(String filingUnit, String unitHead, String preparer, String phone, String date) {

    public static final Submission NONE = new Submission(null, null, null, null, null);
}
