package io.jixiao.model;

import java.util.List;

/**
 * Who answers for a project table and who reviewed it: 项目负责人 and 联系电话, the table's own 填报信息 (its
 * 单位(盖章) line), and the 审核意见 blocks. Empty text means a line printed and left blank.
 *
 * @param submission the table's own signature lines, or null when it uses the filing's
 */
public record SignOff(String leader, String leaderPhone, Submission submission, List<Review> reviews) {

    public SignOff {
        reviews = List.copyOf(reviews);
    }
}
