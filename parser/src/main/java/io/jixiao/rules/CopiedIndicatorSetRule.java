package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DUP-INDICATOR-SET: two projects (or 支出方向 tables) whose indicators are identical row for row — same 二级指标,
 * 三级指标 and 指标值. Different spending buys different results, so identical tables (山海关 projects 4 and 6) almost
 * always mean one was copied and never adapted; its indicators then do not describe what its money does.
 */
@Checks(Diagnostic.DUP_INDICATOR_SET)
final class CopiedIndicatorSetRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Map<List<List<String>>, Table> first = new HashMap<>();
        for (Table table : tables(context)) {
            if (table.indicators().isEmpty()) {
                continue;
            }
            Table earlier = first.putIfAbsent(signature(table.indicators()), table);
            if (earlier != null) {
                context.report(table.indicatorsPointer(), "copied", earlier.label(),
                        String.valueOf(table.indicators().size()));
            }
        }
    }

    private static List<Table> tables(RuleContext context) {
        List<Table> tables = new ArrayList<>();
        for (ProjectTable p : context.filing().projects()) {
            tables.add(new Table(p.name(), Pointers.child(p.pointer(), Keys.Project.INDICATORS), p.indicators()));
        }
        for (SpendingDirection d : context.filing().spendingDirections()) {
            tables.add(new Table(d.name(), Pointers.child(d.pointer(), Keys.SpendingDirection.INDICATORS),
                    d.indicators()));
        }
        return tables;
    }

    /** 二级, 三级 and 指标值 of each row, whitespace removed, in table order. */
    private static List<List<String>> signature(List<Indicator> indicators) {
        return indicators.stream().map(i -> List.of(SameText.normalise(i.level2()), SameText.normalise(i.name()),
                SameText.normalise(i.value().written()))).toList();
    }

    /** A project or 支出方向 table: how to name it, where its indicators are, and the indicators. */
    private record Table(String label, String indicatorsPointer, List<Indicator> indicators) {
    }
}
