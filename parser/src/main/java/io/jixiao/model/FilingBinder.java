package io.jixiao.model;

import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Binds a schema-valid YAML node tree to the {@link Filing} records. It never has to report problems: by the time
 * it runs, the schema has guaranteed every key and type, so each method is a plain mapping from keys to fields.
 * The keys are the {@link Keys} constants, which a test holds to the schema, and every record that findings or
 * rendered cells point into gets the pointer of its node.
 */
public final class FilingBinder {

    public static final String DEFAULT_PROFILE = "national-2020";

    private final Path file;
    private MoneyUnit unit = MoneyUnit.YUAN;

    private FilingBinder(Path file) {
        this.file = file;
    }

    public static Filing bind(Path file, MappingNode root) {
        return new FilingBinder(file).filing(new NodeView(root, Pointers.ROOT));
    }

    private Filing filing(NodeView v) {
        unit = MoneyUnit.fromLabel(v.text(Keys.MONEY_UNIT)).orElse(MoneyUnit.YUAN);
        String profile = v.text(Keys.PROFILE); // null when not declared: the checker applies the configured default
        return new Filing(file,
                integer(v.text(Keys.FORMAT_VERSION)),
                v.text(Keys.DEPARTMENT_NAME),
                integer(v.text(Keys.YEAR)),
                Template.fromId(v.text(Keys.TEMPLATE)).orElse(Template.GENERIC),
                profile,
                unit,
                submission(v.map(Keys.SUBMISSION)),
                department(v.map(Keys.DEPARTMENT)),
                v.maps(Keys.PROJECTS).stream().map(this::project).toList(),
                fundSummary(v.map(Keys.FUND_SUMMARY)),
                v.maps(Keys.SPENDING_DIRECTIONS).stream().map(this::direction).toList());
    }

    private static Submission submission(NodeView v) {
        if (v == null) {
            return Submission.NONE;
        }
        return new Submission(v.text(Keys.Submission.FILING_UNIT), v.text(Keys.Submission.UNIT_HEAD),
                v.text(Keys.Submission.PREPARER), v.text(Keys.Submission.PHONE));
    }

    private DepartmentTable department(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView overall = v.map(Keys.Department.OVERALL_GOALS);
        return new DepartmentTable(
                v.pointer(),
                v.text(Keys.Department.TITLE),
                budgetRequest(v.map(Keys.Department.BUDGET_REQUEST)),
                funding(v.map(Keys.Department.FUNDING)),
                v.text(Keys.Department.DUTIES),
                v.text(Keys.Department.ANNUAL_TASKS),
                v.maps(Keys.Department.WORK_PLAN).stream()
                        .map(w -> new WorkPlanItem(w.pointer(), w.text(Keys.WorkPlanItem.MATTER),
                                w.text(Keys.WorkPlanItem.RESPONSIBLE_UNIT), w.text(Keys.WorkPlanItem.GOAL)))
                        .toList(),
                overall == null ? null : goals(overall, Keys.OverallGoals.LONG_TERM),
                overall == null ? null : goals(overall, Keys.OverallGoals.ANNUAL),
                indicators(v, Keys.Department.ANNUAL_INDICATORS),
                v.maps(Keys.Department.LONG_TERM_GOAL_TABLES).stream().map(this::goalTable).toList(),
                v.maps(Keys.Department.ANNUAL_GOAL_TABLES).stream().map(this::goalTable).toList(),
                v.maps(Keys.Department.DUTY_TREE).stream().map(this::duty).toList(),
                narrative(v.map(Keys.Department.OVERALL_NARRATIVE)),
                narrative(v.map(Keys.Department.PER_DUTY_NARRATIVE)),
                v.text(Keys.Department.SAFEGUARDS),
                v.text(Keys.Department.NOTES));
    }

    private BudgetRequest budgetRequest(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView income = v.map(Keys.BudgetRequest.BY_INCOME);
        NodeView nature = v.map(Keys.BudgetRequest.BY_NATURE);
        return new BudgetRequest(v.pointer(), money(v, Keys.BudgetRequest.TOTAL),
                money(income, Keys.ByIncome.GENERAL_BUDGET), money(income, Keys.ByIncome.GOVERNMENT_FUNDS),
                money(income, Keys.ByIncome.OTHER_FUNDS),
                money(nature, Keys.ByNature.BASIC_EXPENDITURE), money(nature, Keys.ByNature.PROJECT_EXPENDITURE));
    }

    private FundingOverview funding(NodeView v) {
        if (v == null) {
            return null;
        }
        return new FundingOverview(fundBlock(v.map(Keys.Funding.INCOME)), fundBlock(v.map(Keys.Funding.EXPENDITURE)));
    }

    private FundingOverview.Block fundBlock(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView total = v.map(Keys.FundBlock.TOTAL);
        return new FundingOverview.Block(v.pointer(), v.maps(Keys.FundBlock.LINES).stream().map(this::fundRow).toList(),
                total == null ? null : fundRow(total));
    }

    private FundingOverview.Row fundRow(NodeView v) {
        TreeMap<Integer, Money> years = new TreeMap<>();
        NodeView byYear = v.map(Keys.FundRow.PREVIOUS_YEARS);
        if (byYear != null) {
            for (String year : byYear.entries().keySet()) {
                Money m = money(byYear, year);
                if (m != null) {
                    years.put(Integer.valueOf(year), m);
                }
            }
        }
        return new FundingOverview.Row(v.pointer(), v.text(Keys.FundRow.ITEM), money(v, Keys.FundRow.THIS_YEAR),
                value(v, Keys.FundRow.SHARE), years);
    }

    private GoalTable goalTable(NodeView v) {
        return new GoalTable(v.pointer(), v.text(Keys.GoalTable.TITLE), v.text(Keys.GoalTable.NAME),
                indicators(v, Keys.GoalTable.INDICATORS));
    }

    private Duty duty(NodeView v) {
        return new Duty(v.pointer(), v.text(Keys.Duty.NUMBER), v.text(Keys.Duty.NAME),
                v.maps(Keys.Duty.SUB_DUTIES).stream()
                        .map(s -> new Duty.SubDuty(s.pointer(), s.text(Keys.SubDuty.NAME),
                                s.maps(Keys.SubDuty.GOALS).stream()
                                        .map(g -> new Duty.DutyGoal(g.pointer(), g.text(Keys.DutyGoal.TEXT),
                                                indicators(g, Keys.DutyGoal.INDICATORS)))
                                        .toList()))
                        .toList());
    }

    private static Narrative narrative(NodeView v) {
        if (v == null) {
            return null;
        }
        return new Narrative(v.pointer(), v.text(Keys.Narrative.LEAD), v.maps(Keys.Narrative.DUTIES).stream()
                .map(d -> new Narrative.Duty(d.pointer(), d.text(Keys.NarrativeDuty.NAME),
                        d.text(Keys.NarrativeDuty.MAIN_DUTIES), d.text(Keys.NarrativeDuty.DUTY_GOAL),
                        d.text(Keys.NarrativeDuty.PERFORMANCE_GOAL), d.text(Keys.NarrativeDuty.INDICATORS),
                        d.text(Keys.NarrativeDuty.STANDARD)))
                .toList());
    }

    private ProjectTable project(NodeView v) {
        List<ProjectTable.PlanPoint> plan = new ArrayList<>();
        NodeView planView = v.map(Keys.Project.SPENDING_PLAN);
        if (planView != null) {
            for (Map.Entry<String, Node> e : planView.entries().entrySet()) {
                Matcher m = Keys.MONTH_END_KEY.matcher(e.getKey());
                if (m.matches()) {
                    plan.add(new ProjectTable.PlanPoint(planView.pointer(e.getKey()), Integer.parseInt(m.group(1)),
                            ValueParser.parse(NodeView.scalarText(e.getValue()))));
                }
            }
        }
        return new ProjectTable(v.pointer(), v.text(Keys.Project.TITLE), v.text(Keys.Project.UNIT_CODE),
                v.text(Keys.Project.UNIT_NAME), v.text(Keys.Project.CODE), v.text(Keys.Project.NAME),
                money(v, Keys.Project.BUDGET), money(v, Keys.Project.FISCAL_FUNDS), money(v, Keys.Project.OTHER_FUNDS),
                v.text(Keys.Project.USE), plan, goals(v, Keys.Project.GOALS), indicators(v, Keys.Project.INDICATORS));
    }

    private FundSummary fundSummary(NodeView v) {
        if (v == null) {
            return null;
        }
        return new FundSummary(v.pointer(), v.text(Keys.FundSummary.TITLE), money(v, Keys.FundSummary.TOTAL),
                v.maps(Keys.FundSummary.FUNDS).stream().map(this::fund).toList());
    }

    private FundSummary.Fund fund(NodeView f) {
        return new FundSummary.Fund(f.pointer(), f.text(Keys.Fund.NUMBER), f.text(Keys.Fund.NAME),
                money(f, Keys.Fund.AMOUNT), goals(f, Keys.Fund.PERIOD_GOAL), goals(f, Keys.Fund.ANNUAL_GOAL),
                f.maps(Keys.Fund.DIRECTIONS).stream()
                        .map(d -> new FundSummary.Direction(d.pointer(), d.text(Keys.FundDirection.NUMBER),
                                d.text(Keys.FundDirection.NAME), money(d, Keys.FundDirection.AMOUNT),
                                goals(d, Keys.FundDirection.PERIOD_GOAL), goals(d, Keys.FundDirection.ANNUAL_GOAL)))
                        .toList());
    }

    private SpendingDirection direction(NodeView v) {
        NodeView parent = v.map(Keys.SpendingDirection.PARENT);
        NodeView details = v.map(Keys.SpendingDirection.DETAILS);
        List<SpendingDirection.Line> lines = details == null ? List.of()
                : details.maps(Keys.SpendingDetails.LINES).stream()
                .map(l -> new SpendingDirection.Line(l.pointer(), l.text(Keys.SpendingLine.CONTENT),
                        l.text(Keys.SpendingLine.DETAIL), money(l, Keys.SpendingLine.AMOUNT),
                        l.text(Keys.SpendingLine.CALCULATION)))
                .toList();
        return new SpendingDirection(v.pointer(), v.text(Keys.SpendingDirection.TITLE),
                v.text(Keys.SpendingDirection.NAME),
                parent == null ? null : parent.text(Keys.ParentFund.NAME),
                parent == null ? null : money(parent, Keys.ParentFund.AMOUNT),
                money(v, Keys.SpendingDirection.AMOUNT), value(v, Keys.SpendingDirection.PERIOD),
                goals(v, Keys.SpendingDirection.PERIOD_GOAL), goals(v, Keys.SpendingDirection.ANNUAL_GOAL),
                indicators(v, Keys.SpendingDirection.INDICATORS), lines,
                details == null ? null : money(details, Keys.SpendingDetails.TOTAL));
    }

    private List<Indicator> indicators(NodeView v, String key) {
        return v.maps(key).stream().map(FilingBinder::indicator).toList();
    }

    private static Indicator indicator(NodeView v) {
        NodeView std = v.map(Keys.Indicator.STANDARD);
        NodeView hist = v.map(Keys.Indicator.HISTORY);
        Standard standard = std == null ? null : new Standard(value(std, Keys.Standard.PLANNED),
                value(std, Keys.Standard.CURRENT), std.text(Keys.Standard.SOURCE));
        History history = null;
        if (hist != null) {
            TreeMap<Integer, Value> byYear = new TreeMap<>();
            hist.entries().keySet().stream().filter(k -> Keys.YEAR_KEY.matcher(k).matches())
                    .forEach(k -> byYear.put(Integer.valueOf(k), value(hist, k)));
            history = new History(value(hist, Keys.History.THREE_YEAR_AVERAGE), value(hist, Keys.History.LAST_YEAR),
                    hist.text(Keys.History.SOURCE), byYear);
        }
        return new Indicator(v.pointer(), v.text(Keys.Indicator.ID), v.text(Keys.Indicator.LEVEL1),
                v.text(Keys.Indicator.LEVEL2), v.text(Keys.Indicator.NAME), v.text(Keys.Indicator.EXPLANATION),
                value(v, Keys.Indicator.VALUE), v.text(Keys.Indicator.BASIS), standard, history,
                v.text(Keys.Indicator.ACTIVITIES), v.text(Keys.Indicator.ADJUSTMENT));
    }

    /** A YAML 1.2 integer as the schema accepted it: {@code 2024}, {@code +2024}, {@code 0x7E8}, {@code 2024.0}. */
    static int integer(String text) {
        String t = text.strip();
        if (t.startsWith("0x")) {
            return Integer.parseInt(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return Integer.parseInt(t.substring(2), 8);
        }
        return new java.math.BigDecimal(t).intValueExact();
    }

    private static Goals goals(NodeView v, String key) {
        if (v == null || !v.entries().containsKey(key)) {
            return null;
        }
        return new Goals(v.texts(key), v.isList(key));
    }

    private static Value value(NodeView v, String key) {
        return ValueParser.parse(v.text(key));
    }

    private Money money(NodeView v, String key) {
        if (v == null) {
            return null;
        }
        String text = v.text(key);
        return text == null ? null : Money.parse(text, unit).orElse(null);
    }
}
