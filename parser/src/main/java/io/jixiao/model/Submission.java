package io.jixiao.model;

/** Who files and signs: 填报单位, 单位负责人, 填表人, 联系电话. Any part may be null when the form leaves it blank. */
public record Submission(String filingUnit, String unitHead, String preparer, String phone) {

    public static final Submission NONE = new Submission(null, null, null, null);
}
