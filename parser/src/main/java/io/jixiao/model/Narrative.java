package io.jixiao.model;

import java.util.List;

/**
 * The narrative part of the Hebei layout (总体绩效目标 / 分项绩效目标): a lead-in and one paragraph group per duty,
 * each with its JSON pointer in the filing.
 */
public record Narrative(String pointer, String lead, List<Duty> duties) {

    public Narrative {
        duties = List.copyOf(duties);
    }

    /** 主要职责是…, 职责目标是…, 绩效目标是…, 绩效指标是…, 绩效标准：… for one duty. */
    public record Duty(String pointer, String name, String mainDuties, String dutyGoal, String performanceGoal,
                       String indicators, String standard) {
    }
}
