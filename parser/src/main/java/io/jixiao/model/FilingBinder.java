package io.jixiao.model;

import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import org.snakeyaml.engine.v2.nodes.MappingNode;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * Binds a schema-valid YAML node tree to the {@link Filing} records. It never has to report problems: by the time
 * it runs, the schema has guaranteed every key and type, so each method is a plain mapping from keys to fields.
 * The keys are the {@link Keys} constants, which a test holds to the schema, and every record that findings or
 * rendered cells point into gets the pointer of its node. Projects are bound by {@link ProjectBinder}, the cells
 * every section shares by {@link Fields}.
 */
public final class FilingBinder {

    public static final String DEFAULT_PROFILE = "national-2020";

    private final Path file;
    private final Fields fields;

    private FilingBinder(Path file, MoneyUnit unit) {
        this.file = file;
        this.fields = new Fields(unit);
    }

    public static Filing bind(Path file, MappingNode root) {
        NodeView v = new NodeView(root, Pointers.ROOT);
        MoneyUnit unit = MoneyUnit.fromLabel(v.text(Keys.MONEY_UNIT)).orElse(MoneyUnit.YUAN);
        return new FilingBinder(file, unit).filing(v, unit, FiledValues.of(root));
    }

    private Filing filing(NodeView v, MoneyUnit unit, FiledValues values) {
        String profile = v.text(Keys.PROFILE); // null when not declared: the checker applies the configured default
        Submission submission = Fields.submission(v.map(Keys.SUBMISSION));
        ProjectBinder projects = new ProjectBinder(fields);
        NodeView disclosure = v.map(Keys.DISCLOSURE);
        return new Filing(file,
                Fields.integer(v.text(Keys.FORMAT_VERSION)),
                v.text(Keys.DEPARTMENT_NAME),
                Fields.integer(v.text(Keys.YEAR)),
                Template.fromId(v.text(Keys.TEMPLATE)).orElse(Template.GENERIC),
                profile,
                unit,
                submission == null ? Submission.NONE : submission,
                department(v.map(Keys.DEPARTMENT)),
                v.maps(Keys.PROJECTS).stream().map(projects::project).toList(),
                fundSummary(v.map(Keys.FUND_SUMMARY)),
                v.maps(Keys.SPENDING_DIRECTIONS).stream().map(this::direction).toList(),
                v.text(Keys.DEPARTMENT_CODE),
                disclosure == null ? null : new Disclosure(disclosure.pointer(),
                        disclosure.text(Keys.Disclosure.PAGE_TITLE), disclosure.text(Keys.Disclosure.TITLE),
                        disclosure.text(Keys.Disclosure.TEXT)),
                v.text(Keys.PROJECT_LIST_TITLE),
                v.text(Keys.FORM_VARIANT),
                values);
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
                Fields.goals(overall, Keys.OverallGoals.LONG_TERM),
                Fields.goals(overall, Keys.OverallGoals.ANNUAL),
                Fields.indicators(v, Keys.Department.ANNUAL_INDICATORS),
                v.maps(Keys.Department.LONG_TERM_GOAL_TABLES).stream().map(FilingBinder::goalTable).toList(),
                v.maps(Keys.Department.ANNUAL_GOAL_TABLES).stream().map(FilingBinder::goalTable).toList(),
                v.maps(Keys.Department.DUTY_TREE).stream().map(FilingBinder::duty).toList(),
                narrative(v.map(Keys.Department.OVERALL_NARRATIVE)),
                narrative(v.map(Keys.Department.PER_DUTY_NARRATIVE)),
                v.text(Keys.Department.SAFEGUARDS),
                v.text(Keys.Department.NOTES),
                v.text(Keys.Department.SUBTITLE),
                v.text(Keys.Department.PRINTED_DEPARTMENT),
                v.maps(Keys.Department.MAIN_TASKS).stream().map(this::task).toList(),
                Fields.reviews(v, Keys.Department.REVIEWS));
    }

    private BudgetRequest budgetRequest(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView income = v.map(Keys.BudgetRequest.BY_INCOME);
        NodeView nature = v.map(Keys.BudgetRequest.BY_NATURE);
        SourceSplit basic = nature == null ? null : split(nature.map(Keys.ByNature.BASIC_EXPENDITURE));
        SourceSplit project = nature == null ? null : split(nature.map(Keys.ByNature.PROJECT_EXPENDITURE));
        return new BudgetRequest(v.pointer(), fields.money(v, Keys.BudgetRequest.TOTAL),
                fields.money(income, Keys.ByIncome.GENERAL_BUDGET), fields.money(income, Keys.ByIncome.GOVERNMENT_FUNDS),
                fields.money(income, Keys.ByIncome.OTHER_FUNDS),
                basic != null ? basic.total() : fields.money(nature, Keys.ByNature.BASIC_EXPENDITURE),
                project != null ? project.total() : fields.money(nature, Keys.ByNature.PROJECT_EXPENDITURE),
                basic, project);
    }

    /** 基本支出 or 项目支出 written as an object: its 合计 and the parts by source. */
    private SourceSplit split(NodeView v) {
        if (v == null) {
            return null;
        }
        return new SourceSplit(v.pointer(), fields.money(v, Keys.SourceSplit.TOTAL),
                fields.money(v, Keys.SourceSplit.FISCAL_FUNDS), fields.money(v, Keys.SourceSplit.SPECIAL_ACCOUNT),
                fields.money(v, Keys.SourceSplit.UNIT_FUNDS), fields.money(v, Keys.SourceSplit.OTHER_FUNDS));
    }

    private AnnualTask task(NodeView v) {
        List<AnnualTask.FundedProject> projects = v.maps(Keys.Task.PROJECTS).stream()
                .map(p -> new AnnualTask.FundedProject(p.pointer(), p.text(Keys.TaskProject.NAME),
                        p.text(Keys.TaskProject.CODE), fields.money(p, Keys.TaskProject.TOTAL)))
                .toList();
        return new AnnualTask(v.pointer(), v.text(Keys.Task.DUTY), v.text(Keys.Task.NAME), v.text(Keys.Task.CONTENT),
                projects, fields.money(v, Keys.Task.TOTAL), fields.money(v, Keys.Task.FISCAL_FUNDS),
                fields.money(v, Keys.Task.OTHER_FUNDS));
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
                Money m = fields.money(byYear, year);
                if (m != null) {
                    years.put(Integer.valueOf(year), m);
                }
            }
        }
        return new FundingOverview.Row(v.pointer(), v.text(Keys.FundRow.ITEM), fields.money(v, Keys.FundRow.THIS_YEAR),
                Fields.value(v, Keys.FundRow.SHARE), years);
    }

    private static GoalTable goalTable(NodeView v) {
        return new GoalTable(v.pointer(), v.text(Keys.GoalTable.TITLE), v.text(Keys.GoalTable.NAME),
                Fields.indicators(v, Keys.GoalTable.INDICATORS));
    }

    private static Duty duty(NodeView v) {
        return new Duty(v.pointer(), v.text(Keys.Duty.NUMBER), v.text(Keys.Duty.NAME),
                v.maps(Keys.Duty.SUB_DUTIES).stream()
                        .map(s -> new Duty.SubDuty(s.pointer(), s.text(Keys.SubDuty.NAME),
                                s.maps(Keys.SubDuty.GOALS).stream()
                                        .map(g -> new Duty.DutyGoal(g.pointer(), g.text(Keys.DutyGoal.TEXT),
                                                Fields.indicators(g, Keys.DutyGoal.INDICATORS)))
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

    private FundSummary fundSummary(NodeView v) {
        if (v == null) {
            return null;
        }
        return new FundSummary(v.pointer(), v.text(Keys.FundSummary.TITLE), fields.money(v, Keys.FundSummary.TOTAL),
                v.maps(Keys.FundSummary.FUNDS).stream().map(this::fund).toList());
    }

    private FundSummary.Fund fund(NodeView f) {
        return new FundSummary.Fund(f.pointer(), f.text(Keys.Fund.NUMBER), f.text(Keys.Fund.NAME),
                fields.money(f, Keys.Fund.AMOUNT), Fields.goals(f, Keys.Fund.PERIOD_GOAL),
                Fields.goals(f, Keys.Fund.ANNUAL_GOAL),
                f.maps(Keys.Fund.DIRECTIONS).stream()
                        .map(d -> new FundSummary.Direction(d.pointer(), d.text(Keys.FundDirection.NUMBER),
                                d.text(Keys.FundDirection.NAME), fields.money(d, Keys.FundDirection.AMOUNT),
                                Fields.goals(d, Keys.FundDirection.PERIOD_GOAL),
                                Fields.goals(d, Keys.FundDirection.ANNUAL_GOAL)))
                        .toList());
    }

    private SpendingDirection direction(NodeView v) {
        NodeView parent = v.map(Keys.SpendingDirection.PARENT);
        NodeView details = v.map(Keys.SpendingDirection.DETAILS);
        List<SpendingDirection.Line> lines = details == null ? List.of()
                : details.maps(Keys.SpendingDetails.LINES).stream()
                .map(l -> new SpendingDirection.Line(l.pointer(), l.text(Keys.SpendingLine.CONTENT),
                        l.text(Keys.SpendingLine.DETAIL), fields.money(l, Keys.SpendingLine.AMOUNT),
                        l.text(Keys.SpendingLine.CALCULATION)))
                .toList();
        return new SpendingDirection(v.pointer(), v.text(Keys.SpendingDirection.TITLE),
                v.text(Keys.SpendingDirection.NAME),
                parent == null ? null : parent.text(Keys.ParentFund.NAME),
                parent == null ? null : fields.money(parent, Keys.ParentFund.AMOUNT),
                fields.money(v, Keys.SpendingDirection.AMOUNT), Fields.value(v, Keys.SpendingDirection.PERIOD),
                Fields.goals(v, Keys.SpendingDirection.PERIOD_GOAL), Fields.goals(v, Keys.SpendingDirection.ANNUAL_GOAL),
                Fields.indicators(v, Keys.SpendingDirection.INDICATORS), lines,
                details == null ? null : fields.money(details, Keys.SpendingDetails.TOTAL));
    }
}
