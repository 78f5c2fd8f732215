package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.List;

/**
 * 支出方向绩效目标表 (Hunan 附表3): one spending direction's amount, period, goals, indicators and spending lines
 * (支出明细及测算说明), whose total should equal the amount.
 */
public record SpendingDirection(String pointer, String title, String name, String parentName, Money parentAmount,
                                Money amount, Value period, Goals periodGoal, Goals annualGoal,
                                List<Indicator> indicators, List<Line> lines, Money linesTotal) {

    public SpendingDirection {
        indicators = List.copyOf(indicators);
        lines = List.copyOf(lines);
    }

    /** One spending line: content, detail, amount, and the calculation text (often arithmetic such as 8*50*100). */
    public record Line(String pointer, String content, String detail, Money amount, String calculation) {
    }
}
