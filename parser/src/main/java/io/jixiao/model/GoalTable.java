package io.jixiao.model;

import java.util.List;

/** An indicator table for one goal (Hubei: 长期目标1 统战业务补助经费 …), with its optional title row. */
public record GoalTable(String pointer, String title, String name, List<Indicator> indicators) {

    public GoalTable {
        indicators = List.copyOf(indicators);
    }
}
