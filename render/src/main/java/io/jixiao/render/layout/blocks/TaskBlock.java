package io.jixiao.render.layout.blocks;

import io.jixiao.model.AnnualTask;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.ArrayList;
import java.util.List;

/**
 * 年度主要任务 of a department form: 任务名称 and 主要内容 (泸县 2024), the 预算申请数 of each task where filed, and the
 * task tree the format keeps beside them where filed: the 履职目标 a task serves (merged over its tasks) and the
 * projects that fund it.
 */
public final class TaskBlock {

    private TaskBlock() {
    }

    /**
     * The columns: [履职目标] 任务名称 | 主要内容 | [对应项目] | [预算申请数: total | 财政拨款 | 其他资金], an optional column
     * only when some task has it; 主要内容 takes the width the table has beyond its columns.
     *
     * @param totalLabel  the heading of the task's total (总额 on the national form)
     * @param fiscalLabel the heading of its 财政资金 (财政拨款 on the national form)
     */
    public static List<Column<AnnualTask>> columns(List<AnnualTask> tasks, String totalLabel, String fiscalLabel) {
        List<Column<AnnualTask>> columns = new ArrayList<>();
        if (tasks.stream().anyMatch(t -> t.duty() != null)) {
            columns.add(Column.<AnnualTask>of("履职目标", CellStyle.GROUP, t -> Content.text(t.duty(),
                    Pointers.child(t.pointer(), Keys.Task.DUTY))).mergedBy(AnnualTask::duty));
        }
        columns.add(Column.of("任务名称", CellStyle.TEXT, t -> Content.text(t.name(),
                Pointers.child(t.pointer(), Keys.Task.NAME))));
        columns.add(Column.<AnnualTask>of("主要内容", CellStyle.TEXT, t -> Content.text(t.content(),
                Pointers.child(t.pointer(), Keys.Task.CONTENT))).stretched());
        if (tasks.stream().anyMatch(t -> !t.projects().isEmpty())) {
            columns.add(Column.of("对应项目", CellStyle.TEXT, t -> Content.text(projectsText(t),
                    Pointers.child(t.pointer(), Keys.Task.PROJECTS))));
        }
        if (tasks.stream().anyMatch(t -> t.total() != null || t.fiscalFunds() != null || t.otherFunds() != null)) {
            columns.add(Column.of(List.of("预算申请数", totalLabel), CellStyle.AMOUNT,
                    t -> Content.amount(t.total(), Pointers.child(t.pointer(), Keys.Task.TOTAL))));
            columns.add(Column.of(List.of("预算申请数", fiscalLabel), CellStyle.AMOUNT,
                    t -> Content.amount(t.fiscalFunds(), Pointers.child(t.pointer(), Keys.Task.FISCAL_FUNDS))));
            columns.add(Column.of(List.of("预算申请数", "其他资金"), CellStyle.AMOUNT,
                    t -> Content.amount(t.otherFunds(), Pointers.child(t.pointer(), Keys.Task.OTHER_FUNDS))));
        }
        return columns;
    }

    /** 项目名称（项目编码）：资金总额, one project a line. */
    private static String projectsText(AnnualTask task) {
        List<String> lines = new ArrayList<>();
        for (AnnualTask.FundedProject project : task.projects()) {
            StringBuilder line = new StringBuilder(CellText.of(project.name()));
            if (!CellText.isBlank(project.code())) {
                line.append("（").append(project.code()).append("）");
            }
            if (project.total() != null) {
                line.append("：").append(project.total().written());
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }
}
