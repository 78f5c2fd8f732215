package io.jixiao.model;

import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Pointers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The department table, its work-plan rows, duties and narratives carry the pointer of the node they were bound
 * from, so a finding or a rendered cell about one of them lands on its own line rather than on a parent's.
 */
class ModelPointersTest {

    private static final String FILING = """
            格式版本: 1
            部门名称: 测试部门
            年度: 2024
            金额单位: 元
            部门整体:
              年度重点工作计划:
                - 事项: 甲
                - 事项: 乙
                  工作目标: 完成
              部门职责:
                - 职责: 民族工作
                  子职责:
                    - 名称: 参政议政
                      职责目标:
                        - 目标: 建言献策
              总体绩效目标:
                说明: 围绕中心
                职责:
                  - 名称: 统战工作
                    主要职责: 联络
            """;

    private final ParseResult result = new FilingParser().parse(Path.of("pointers.yaml"),
            FILING.getBytes(StandardCharsets.UTF_8));
    private final DepartmentTable department = result.filing().orElseThrow().departmentTable();

    @Test
    @DisplayName("The department table and its second work-plan row point at their own lines")
    void departmentAndWorkPlan() {
        assertEquals(List.of(), result.findings());
        assertEquals(Pointers.of(Keys.DEPARTMENT), department.pointer());
        assertEquals(6, line(department.pointer()));
        WorkPlanItem second = department.workPlan().get(1);
        assertEquals(Pointers.item(Pointers.child(department.pointer(), Keys.Department.WORK_PLAN), 1),
                second.pointer());
        assertEquals(8, line(second.pointer()));
        assertEquals(9, line(Pointers.child(second.pointer(), Keys.WorkPlanItem.GOAL)));
    }

    @Test
    @DisplayName("A duty, its sub-duty and its goal each point at their own lines")
    void dutyTree() {
        Duty duty = department.dutyTree().get(0);
        Duty.SubDuty sub = duty.subDuties().get(0);
        assertEquals("/部门整体/部门职责/0", duty.pointer());
        assertEquals(11, line(duty.pointer()));
        assertEquals("/部门整体/部门职责/0/子职责/0", sub.pointer());
        assertEquals(13, line(sub.pointer()));
        assertEquals(15, line(Pointers.child(sub.goals().get(0).pointer(), Keys.DutyGoal.TEXT)));
    }

    @Test
    @DisplayName("A narrative and its duty point at their own lines")
    void narrative() {
        Narrative overall = department.overall();
        assertEquals("/部门整体/总体绩效目标", overall.pointer());
        assertEquals(17, line(Pointers.child(overall.pointer(), Keys.Narrative.LEAD)));
        Narrative.Duty duty = overall.duties().get(0);
        assertEquals("/部门整体/总体绩效目标/职责/0", duty.pointer());
        assertEquals(20, line(Pointers.child(duty.pointer(), Keys.NarrativeDuty.MAIN_DUTIES)));
    }

    private int line(String pointer) {
        return result.positions().value(pointer).line();
    }
}
