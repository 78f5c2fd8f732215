package io.jixiao.model;

import java.util.List;

/**
 * A department duty in the Shandong duty-based layout: 职责序号, 部门职责, its sub-duties, each with 职责目标 and
 * their indicators. Adjacent duties with the same number share one merged number cell. Each level carries its
 * JSON pointer in the filing, so findings and rendered cells need not rebuild it from keys.
 */
public record Duty(String pointer, String number, String name, List<SubDuty> subDuties) {

    public Duty {
        subDuties = List.copyOf(subDuties);
    }

    /** 子职责, such as 参政议政 under 民主党派和无党派人士工作. */
    public record SubDuty(String pointer, String name, List<DutyGoal> goals) {
        public SubDuty {
            goals = List.copyOf(goals);
        }
    }

    /** 职责目标: the goal text and the indicators that measure it. */
    public record DutyGoal(String pointer, String text, List<Indicator> indicators) {
        public DutyGoal {
            indicators = List.copyOf(indicators);
        }
    }
}
