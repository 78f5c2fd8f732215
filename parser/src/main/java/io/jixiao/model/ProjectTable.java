package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.List;

/**
 * 项目绩效目标表: one project's budget (预算数 = 财政资金 + 其他资金), use, spending plan, goals and indicators, and
 * what the forms of other provinces and the national forms add: the head cells ({@link ProjectDetails}), the finer
 * money ({@link ProjectMoney}), the 中期 part ({@link MultiYear}), the narrative ({@link ProjectOverview}) and
 * schedule, the scores, and who signs and reviews ({@link SignOff}). The year's own money, goals and indicators
 * stay where the first version of the format has them.
 *
 * @param fundsUse     资金用途, text or tick boxes; {@link #use()} is how it prints
 * @param spendingPlan cumulative spending by month end, in the order written
 * @param multiYear    the 中期 part, or null
 * @param overview     项目概况, or null
 * @param schedule     项目实施进度计划, in the order written
 * @param scoring      指标分值 of the annual indicators, or null
 */
public record ProjectTable(String pointer, String title, String unitCode, String unitName, String code, String name,
                           Money budget, Money fiscalFunds, Money otherFunds, Choice fundsUse,
                           List<PlanPoint> spendingPlan, Goals goals, List<Indicator> indicators,
                           ProjectDetails details, ProjectMoney money, MultiYear multiYear, ProjectOverview overview,
                           List<ScheduleItem> schedule, String indicatorsTitle, Scoring scoring, String notes,
                           SignOff signOff) {

    public ProjectTable {
        spendingPlan = List.copyOf(spendingPlan);
        indicators = List.copyOf(indicators);
        schedule = List.copyOf(schedule);
    }

    /** Identifies the project across years: its code when it has one, else its name. */
    public String key() {
        return code != null ? code : name;
    }

    /** 资金用途 as printed: the text, or the tick boxes with their marks; null when not filed. */
    public String use() {
        return Choice.text(fundsUse);
    }

    /** The 中期 indicator set, empty when the project has none. */
    public List<Indicator> multiYearIndicators() {
        return multiYear == null ? List.of() : multiYear.indicators();
    }

    /**
     * The amount filed under a key of the project, as a path below it: 预算数, 财政资金, 其他资金 or 资金来源/… — the
     * keys a local form's funding rows may name ({@link FormVariant.FundingRow}); null when not filed.
     *
     * @throws IllegalArgumentException for a path that names no amount of a project (a templates.yaml error)
     */
    public Money amountAt(List<String> path) {
        String key = String.join("/", path);
        if (key.equals(Keys.Project.BUDGET)) {
            return budget;
        }
        if (key.equals(Keys.Project.FISCAL_FUNDS)) {
            return fiscalFunds;
        }
        if (key.equals(Keys.Project.OTHER_FUNDS)) {
            return otherFunds;
        }
        if (path.size() == 2 && path.get(0).equals(Keys.Project.SOURCES)) {
            FundSources s = money == null ? null : money.sources();
            return s == null ? null : s.part(path.get(1));
        }
        throw new IllegalArgumentException("not an amount of a project: " + key);
    }

    /** One point of the spending plan: cumulative share spent by the end of a month ({@code 3月底: 25%}). */
    public record PlanPoint(String pointer, int month, Value cumulative) {
    }
}
