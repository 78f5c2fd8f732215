package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.List;

/**
 * A project's 中期 part: what the 2015 national form prints beside the year (中期资金总额, 中期目标, the 中期 or 长期
 * indicators), and what other forms call 实施期, 长期, 总目标 or 项目总预算. The year's own money, goals and
 * indicators are on the {@link ProjectTable}.
 *
 * @param pointer    JSON pointer of the part
 * @param period     期间 as the heading prints it ({@code 2024年—2026年}), or blank
 * @param indicators the 中期 indicator set, a full table of its own
 */
public record MultiYear(String pointer, Value period, Money total, Money fiscalFunds, Money otherFunds,
                        FundSources sources, Goals goals, List<Indicator> indicators, Scoring scoring) {

    public MultiYear {
        indicators = List.copyOf(indicators);
    }
}
