package io.jixiao.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Every key of a filing that code reads or points at, spelled once. The binder reads the YAML tree with these
 * names, and rules and layouts build their JSON pointers from them (see {@link io.jixiao.read.Pointers}), so a
 * finding lands on the line of the value it is about rather than on an enclosing one.
 *
 * <p>The constants sit in one group per object of {@code format-spec/filing.schema.json}, and each group says with
 * {@link At} where that object is in the schema; the top-level keys are on this class itself.
 * {@code KeysMatchSchemaTest} checks the groups against the schema in both directions: every constant is a
 * property of the object its group claims, and every property of every object in the schema has a constant.
 * Renaming a key in the schema therefore fails the build until this class says the same, instead of compiling and
 * quietly moving findings. {@code NoKeyLiteralsTest} keeps key spellings out of the rest of the parser.
 *
 * <p>A hand-kept class checked by a test rather than constants generated from the schema during the build: the
 * names stay English and say what the key means ({@code Keys.Project.BUDGET} for 预算数), each group is named after
 * the model record it feeds, and the build needs no code generator. The test gives the same guarantee a generator
 * would: a schema change that code has not followed cannot pass {@code mvn verify}.
 */
@Keys.At("")
public final class Keys {

    /** Where in {@code filing.schema.json} (a JSON pointer into the schema) the object whose keys a group holds is. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface At {
        String value();
    }

    public static final String FORMAT_VERSION = "格式版本";
    public static final String DEPARTMENT_NAME = "部门名称";
    public static final String DEPARTMENT_CODE = "部门编码";
    public static final String YEAR = "年度";
    public static final String TEMPLATE = "模板";
    public static final String FORM_VARIANT = "地方表样";
    public static final String PROFILE = "指标体系";
    public static final String MONEY_UNIT = "金额单位";
    public static final String SUBMISSION = "填报信息";
    public static final String DISCLOSURE = "公开说明";
    public static final String DEPARTMENT = "部门整体";
    public static final String PROJECT_LIST_TITLE = "项目表标题";
    public static final String PROJECTS = "项目";
    public static final String FUND_SUMMARY = "专项资金汇总";
    public static final String SPENDING_DIRECTIONS = "支出方向";

    /**
     * The keys of entries by year (历史值 of an indicator, 近两年 of a funding row) are the four-digit year; the
     * schema's {@code patternProperties} and {@code propertyNames} say the same, as {@code KeysMatchSchemaTest}
     * checks.
     */
    public static final Pattern YEAR_KEY = Pattern.compile("^[0-9]{4}$");

    /** The keys of a project's 资金支出计划: {@code 3月底} … {@code 12月底}; the month is group 1. */
    public static final Pattern MONTH_END_KEY = Pattern.compile("^([1-9]|1[0-2])月底$");

    private Keys() {
    }

    /** The key of a year's entry in 历史值 or 近两年: {@code 2022}. */
    public static String yearKey(int year) {
        return String.valueOf(year);
    }

    /** The key of a month's point in 资金支出计划: {@code 3月底} ({@link #MONTH_END_KEY}). */
    public static String monthKey(int month) {
        return month + "月底";
    }

    /**
     * 填报信息: who files and signs ({@link io.jixiao.model.Submission}), for the whole filing and, where a table
     * has its own signature lines, for a project.
     */
    @At("/$defs/submission")
    public static final class Submission {
        public static final String FILING_UNIT = "填报单位";
        public static final String UNIT_HEAD = "单位负责人";
        public static final String PREPARER = "填表人";
        public static final String PHONE = "联系电话";
        public static final String DATE = "填报日期";

        private Submission() {
        }
    }

    /** 公开说明: the disclosure page's note above the tables ({@link io.jixiao.model.Disclosure}). */
    @At("/properties/公开说明")
    public static final class Disclosure {
        public static final String PAGE_TITLE = "页面标题";
        public static final String TITLE = "标题";
        public static final String TEXT = "内容";

        private Disclosure() {
        }
    }

    /** One 审核意见 block under a table ({@link io.jixiao.model.Review}). */
    @At("/$defs/review")
    public static final class Review {
        public static final String REVIEWER = "审核单位";
        public static final String OPINION = "意见";
        public static final String GRADE = "审核结果";
        public static final String PERSON = "审核人";
        public static final String DATE = "日期";
        public static final String SEAL = "签章";

        private Review() {
        }
    }

    /** A choice printed as tick boxes ({@link io.jixiao.model.Choice}). */
    @At("/$defs/tickBoxes")
    public static final class TickBoxes {
        public static final String OPTIONS = "选项";
        public static final String TICKED = "已选";

        private TickBoxes() {
        }
    }

    /** A project's 项目实施期 written as two cells ({@link io.jixiao.model.ProjectPeriod}). */
    @At("/$defs/period/then")
    public static final class Period {
        public static final String START = "开始时间";
        public static final String END = "结束时间";

        private Period() {
        }
    }

    /** 指标分值: the scores of an indicator block ({@link io.jixiao.model.Scoring}). */
    @At("/$defs/scoring")
    public static final class Scoring {
        public static final String TOTAL = "合计";
        public static final String BY_LEVEL1 = "一级指标";

        private Scoring() {
        }
    }

    /** 资金来源: the finer 其中 parts of a project's money ({@link io.jixiao.model.FundSources}). */
    @At("/$defs/fundSources")
    public static final class FundSources {
        public static final String GENERAL_BUDGET = "一般公共预算";
        public static final String GOVERNMENT_FUNDS = "政府性基金";
        public static final String STATE_CAPITAL = "国有资本经营预算";
        public static final String HIGHER_LEVEL = "上级财政资金";
        public static final String SAME_LEVEL = "本级财政资金";
        public static final String OWN_FUNDS = "自有资金";
        public static final String SERVICE_INCOME = "事业收入";
        public static final String OPERATING_INCOME = "经营收入";
        public static final String CARRIED_OVER = "上年结转";

        private FundSources() {
        }
    }

    /** 基本支出 or 项目支出 split by source ({@link io.jixiao.model.SourceSplit}). */
    @At("/$defs/sourceSplit")
    public static final class SourceSplit {
        public static final String TOTAL = "合计";
        public static final String FISCAL_FUNDS = "财政资金";
        public static final String SPECIAL_ACCOUNT = "专户资金";
        public static final String UNIT_FUNDS = "单位资金";
        public static final String OTHER_FUNDS = "其他资金";

        private SourceSplit() {
        }
    }

    /** A project's 中期 part ({@link io.jixiao.model.MultiYear}). */
    @At("/$defs/multiYear")
    public static final class MultiYear {
        public static final String PERIOD = "期间";
        public static final String TOTAL = "资金总额";
        public static final String FISCAL_FUNDS = "财政资金";
        public static final String OTHER_FUNDS = "其他资金";
        public static final String SOURCES = "资金来源";
        public static final String GOALS = "目标";
        public static final String INDICATORS = "绩效指标";
        public static final String SCORING = "指标分值";

        private MultiYear() {
        }
    }

    /** 部门整体 ({@link io.jixiao.model.DepartmentTable}). */
    @At("/$defs/departmentTable")
    public static final class Department {
        public static final String TITLE = "标题";
        public static final String SUBTITLE = "副标题";
        public static final String PRINTED_DEPARTMENT = "预算部门";
        public static final String BUDGET_REQUEST = "年度预算申请";
        public static final String FUNDING = "资金情况";
        public static final String DUTIES = "部门职责概述";
        public static final String ANNUAL_TASKS = "年度工作任务";
        public static final String MAIN_TASKS = "年度主要任务";
        public static final String WORK_PLAN = "年度重点工作计划";
        public static final String OVERALL_GOALS = "整体绩效目标";
        public static final String ANNUAL_INDICATORS = "年度绩效指标";
        public static final String LONG_TERM_GOAL_TABLES = "长期绩效目标";
        public static final String ANNUAL_GOAL_TABLES = "年度绩效目标";
        public static final String DUTY_TREE = "部门职责";
        public static final String OVERALL_NARRATIVE = "总体绩效目标";
        public static final String PER_DUTY_NARRATIVE = "分项绩效目标";
        public static final String SAFEGUARDS = "工作保障措施";
        public static final String NOTES = "备注";
        public static final String REVIEWS = "审核意见";

        private Department() {
        }
    }

    /** 部门整体 → 年度预算申请 ({@link io.jixiao.model.BudgetRequest}). */
    @At("/$defs/departmentTable/properties/年度预算申请")
    public static final class BudgetRequest {
        public static final String TOTAL = "资金总额";
        public static final String BY_INCOME = "按收入性质分";
        public static final String BY_NATURE = "按支出性质分";

        private BudgetRequest() {
        }
    }

    /** 年度预算申请 → 按收入性质分. */
    @At("/$defs/departmentTable/properties/年度预算申请/properties/按收入性质分")
    public static final class ByIncome {
        public static final String GENERAL_BUDGET = "一般公共预算拨款";
        public static final String GOVERNMENT_FUNDS = "政府性基金拨款";
        public static final String OTHER_FUNDS = "其他资金";

        private ByIncome() {
        }
    }

    /** 年度预算申请 → 按支出性质分. */
    @At("/$defs/departmentTable/properties/年度预算申请/properties/按支出性质分")
    public static final class ByNature {
        public static final String BASIC_EXPENDITURE = "基本支出";
        public static final String PROJECT_EXPENDITURE = "项目支出";

        private ByNature() {
        }
    }

    /** 部门整体 → 资金情况 ({@link io.jixiao.model.FundingOverview}). */
    @At("/$defs/departmentTable/properties/资金情况")
    public static final class Funding {
        public static final String INCOME = "收入构成";
        public static final String EXPENDITURE = "支出构成";

        private Funding() {
        }
    }

    /** One item of 部门整体 → 年度主要任务 ({@link io.jixiao.model.AnnualTask}). */
    @At("/$defs/annualTask")
    public static final class Task {
        public static final String DUTY = "履职目标";
        public static final String NAME = "任务名称";
        public static final String CONTENT = "主要内容";
        public static final String PROJECTS = "对应项目";
        public static final String TOTAL = "资金总额";
        public static final String FISCAL_FUNDS = "财政资金";
        public static final String OTHER_FUNDS = "其他资金";

        private Task() {
        }
    }

    /** One 对应项目 of a main task ({@link io.jixiao.model.AnnualTask.FundedProject}). */
    @At("/$defs/annualTask/properties/对应项目/items")
    public static final class TaskProject {
        public static final String NAME = "项目名称";
        public static final String CODE = "项目编码";
        public static final String TOTAL = "资金总额";

        private TaskProject() {
        }
    }

    /** 资金情况 → 收入构成 or 支出构成 ({@link io.jixiao.model.FundingOverview.Block}). */
    @At("/$defs/fundBlock")
    public static final class FundBlock {
        public static final String LINES = "明细";
        public static final String TOTAL = "合计";

        private FundBlock() {
        }
    }

    /** A line or the 合计 of a funding block ({@link io.jixiao.model.FundingOverview.Row}). */
    @At("/$defs/fundRow")
    public static final class FundRow {
        public static final String ITEM = "项目";
        public static final String THIS_YEAR = "当年预算";
        public static final String SHARE = "占比";
        public static final String PREVIOUS_YEARS = "近两年";

        private FundRow() {
        }
    }

    /** One item of 部门整体 → 年度重点工作计划 ({@link io.jixiao.model.WorkPlanItem}). */
    @At("/$defs/departmentTable/properties/年度重点工作计划/items")
    public static final class WorkPlanItem {
        public static final String MATTER = "事项";
        public static final String RESPONSIBLE_UNIT = "责任单位";
        public static final String GOAL = "工作目标";

        private WorkPlanItem() {
        }
    }

    /** 部门整体 → 整体绩效目标: the long-term and annual goal of the Hubei table. */
    @At("/$defs/departmentTable/properties/整体绩效目标")
    public static final class OverallGoals {
        public static final String LONG_TERM = "长期目标";
        public static final String ANNUAL = "年度目标";

        private OverallGoals() {
        }
    }

    /** One table of 长期绩效目标 or 年度绩效目标 ({@link io.jixiao.model.GoalTable}). */
    @At("/$defs/goalTable")
    public static final class GoalTable {
        public static final String TITLE = "标题";
        public static final String NAME = "目标名称";
        public static final String INDICATORS = "绩效指标";

        private GoalTable() {
        }
    }

    /** One item of 部门整体 → 部门职责 ({@link io.jixiao.model.Duty}). */
    @At("/$defs/duty")
    public static final class Duty {
        public static final String NUMBER = "职责序号";
        public static final String NAME = "职责";
        public static final String SUB_DUTIES = "子职责";

        private Duty() {
        }
    }

    /** One 子职责 of a duty ({@link io.jixiao.model.Duty.SubDuty}). */
    @At("/$defs/duty/properties/子职责/items")
    public static final class SubDuty {
        public static final String NAME = "名称";
        public static final String GOALS = "职责目标";

        private SubDuty() {
        }
    }

    /** One 职责目标 of a sub-duty ({@link io.jixiao.model.Duty.DutyGoal}). */
    @At("/$defs/duty/properties/子职责/items/properties/职责目标/items")
    public static final class DutyGoal {
        public static final String TEXT = "目标";
        public static final String INDICATORS = "绩效指标";

        private DutyGoal() {
        }
    }

    /** 部门整体 → 总体绩效目标 or 分项绩效目标 ({@link io.jixiao.model.Narrative}). */
    @At("/$defs/narrative")
    public static final class Narrative {
        public static final String LEAD = "说明";
        public static final String DUTIES = "职责";

        private Narrative() {
        }
    }

    /** One duty of a narrative ({@link io.jixiao.model.Narrative.Duty}). */
    @At("/$defs/narrative/properties/职责/items")
    public static final class NarrativeDuty {
        public static final String NAME = "名称";
        public static final String MAIN_DUTIES = "主要职责";
        public static final String DUTY_GOAL = "职责目标";
        public static final String PERFORMANCE_GOAL = "绩效目标";
        public static final String INDICATORS = "绩效指标";
        public static final String STANDARD = "绩效标准";

        private NarrativeDuty() {
        }
    }

    /** One item of 项目 ({@link io.jixiao.model.ProjectTable}). */
    @At("/$defs/projectTable")
    public static final class Project {
        public static final String TITLE = "标题";
        public static final String SUBTITLE = "副标题";
        public static final String UNIT_CODE = "预算单位编码";
        public static final String UNIT_NAME = "预算单位名称";
        public static final String SUPERVISOR = "主管部门";
        public static final String SUPERVISOR_CODE = "主管部门编码";
        public static final String BUSINESS_SUPERVISOR = "业务主管部门";
        public static final String IMPLEMENTER = "实施单位";
        public static final String IMPLEMENTER_CODE = "实施单位编码";
        public static final String CODE = "项目编码";
        public static final String NAME = "项目名称";
        public static final String NATURE = "项目属性";
        public static final String TYPE = "项目类型";
        public static final String CLASS = "项目分类";
        public static final String ORIGIN = "项目来源";
        public static final String DURATION = "项目期";
        public static final String PERIOD = "项目实施期";
        public static final String APPROVAL = "项目审批";
        public static final String LEADER = "项目负责人";
        public static final String LEADER_PHONE = "联系电话";
        public static final String BUDGET = "预算数";
        public static final String FISCAL_FUNDS = "财政资金";
        public static final String OTHER_FUNDS = "其他资金";
        public static final String SOURCES = "资金来源";
        public static final String BUDGET_CLASS = "财政资金预算分类";
        public static final String FUNCTION_CODE = "功能科目编码";
        public static final String FUNCTION_NAME = "功能科目名称";
        public static final String LAST_YEAR_BUDGET = "上年预算数";
        public static final String LAST_YEAR_SPENT = "上年执行数";
        public static final String EXECUTION = "预算执行";
        public static final String MULTI_YEAR = "中期";
        public static final String USE = "资金用途";
        public static final String SPENDING_PLAN = "资金支出计划";
        public static final String OVERVIEW = "项目概况";
        public static final String SCHEDULE = "项目实施进度计划";
        public static final String GOALS = "绩效目标";
        public static final String INDICATORS_TITLE = "绩效指标标题";
        public static final String INDICATORS = "绩效指标";
        public static final String SCORING = "指标分值";
        public static final String NOTES = "备注";
        public static final String SUBMISSION = "填报信息";
        public static final String REVIEWS = "审核意见";

        private Project() {
        }
    }

    /** A project's 预算执行 ({@link io.jixiao.model.ProjectMoney}). */
    @At("/$defs/projectTable/properties/预算执行")
    public static final class Execution {
        public static final String RATE = "年度预算执行率";
        public static final String SCORE = "分值";

        private Execution() {
        }
    }

    /** A project's 项目概况 ({@link io.jixiao.model.ProjectOverview}). */
    @At("/$defs/projectOverview")
    public static final class Overview {
        public static final String HEADING = "标题";
        public static final String SUMMARY = "概述";
        public static final String BASIS = "立项依据";
        public static final String FEASIBILITY = "可行性";
        public static final String NECESSITY = "必要性";
        public static final String IMPLEMENTER = "实施主体";
        public static final String CONTENT = "项目内容";
        public static final String BUDGET = "年度预算安排";
        public static final String GOALS = "绩效目标";
        public static final String SAFEGUARDS = "保障措施";
        public static final String UNIT_FUNCTIONS = "单位职能概述";

        private Overview() {
        }
    }

    /** One item of a project's 项目实施进度计划 ({@link io.jixiao.model.ScheduleItem}). */
    @At("/$defs/scheduleItem")
    public static final class ScheduleItem {
        public static final String CONTENT = "实施内容";
        public static final String START = "开始时间";
        public static final String END = "完成时间";
        public static final String NOTES = "备注";

        private ScheduleItem() {
        }
    }

    /** 专项资金汇总 ({@link io.jixiao.model.FundSummary}). */
    @At("/$defs/fundSummary")
    public static final class FundSummary {
        public static final String TITLE = "标题";
        public static final String TOTAL = "合计";
        public static final String FUNDS = "专项";

        private FundSummary() {
        }
    }

    /** One 专项 of the fund summary ({@link io.jixiao.model.FundSummary.Fund}). */
    @At("/$defs/fundSummary/properties/专项/items")
    public static final class Fund {
        public static final String NUMBER = "序号";
        public static final String NAME = "名称";
        public static final String AMOUNT = "金额";
        public static final String PERIOD_GOAL = "实施期绩效目标";
        public static final String ANNUAL_GOAL = "年度绩效目标";
        public static final String DIRECTIONS = "支出方向";

        private Fund() {
        }
    }

    /** One 支出方向 of a 专项 in the fund summary ({@link io.jixiao.model.FundSummary.Direction}). */
    @At("/$defs/fundSummary/properties/专项/items/properties/支出方向/items")
    public static final class FundDirection {
        public static final String NUMBER = "序号";
        public static final String NAME = "名称";
        public static final String AMOUNT = "金额";
        public static final String PERIOD_GOAL = "实施期绩效目标";
        public static final String ANNUAL_GOAL = "年度绩效目标";

        private FundDirection() {
        }
    }

    /** One item of the top-level 支出方向 ({@link io.jixiao.model.SpendingDirection}). */
    @At("/$defs/spendingDirection")
    public static final class SpendingDirection {
        public static final String TITLE = "标题";
        public static final String NAME = "名称";
        public static final String PARENT = "所属专项";
        public static final String AMOUNT = "项目金额";
        public static final String PERIOD = "项目实施期";
        public static final String PERIOD_GOAL = "实施期绩效目标";
        public static final String ANNUAL_GOAL = "年度绩效目标";
        public static final String INDICATORS = "年度绩效指标";
        public static final String DETAILS = "支出明细";

        private SpendingDirection() {
        }
    }

    /** 支出方向 → 所属专项: the fund the direction belongs to. */
    @At("/$defs/spendingDirection/properties/所属专项")
    public static final class ParentFund {
        public static final String NAME = "名称";
        public static final String AMOUNT = "金额";

        private ParentFund() {
        }
    }

    /** 支出方向 → 支出明细: the spending lines and their 合计. */
    @At("/$defs/spendingDirection/properties/支出明细")
    public static final class SpendingDetails {
        public static final String LINES = "明细";
        public static final String TOTAL = "合计";

        private SpendingDetails() {
        }
    }

    /** One line of 支出明细 → 明细 ({@link io.jixiao.model.SpendingDirection.Line}). */
    @At("/$defs/spendingDirection/properties/支出明细/properties/明细/items")
    public static final class SpendingLine {
        public static final String CONTENT = "支出内容简介";
        public static final String DETAIL = "支出明细";
        public static final String AMOUNT = "金额";
        public static final String CALCULATION = "测算说明";

        private SpendingLine() {
        }
    }

    /** One performance indicator, wherever its table is ({@link io.jixiao.model.Indicator}). */
    @At("/$defs/indicator")
    public static final class Indicator {
        public static final String ID = "指标编号";
        public static final String LEVEL1 = "一级指标";
        public static final String LEVEL2 = "二级指标";
        public static final String NAME = "三级指标";
        public static final String EXPLANATION = "指标解释";
        public static final String VALUE = "指标值";
        public static final String MID_TERM_VALUE = "中期指标值";
        public static final String NATURE = "指标性质";
        public static final String MEASURE_UNIT = "度量单位";
        public static final String DIRECTION = "指标方向";
        public static final String SCORE = "分值";
        public static final String BASIS = "指标值确定依据";
        public static final String ADJUSTMENT = "调整说明";
        public static final String STANDARD = "标准值";
        public static final String HISTORY = "历史值";
        public static final String ACTIVITIES = "工作活动";

        private Indicator() {
        }
    }

    /** An indicator's 标准值 ({@link io.jixiao.model.Standard}). */
    @At("/$defs/indicator/properties/标准值")
    public static final class Standard {
        public static final String PLANNED = "规划值";
        public static final String CURRENT = "当年标准值";
        public static final String SOURCE = "来源";

        private Standard() {
        }
    }

    /**
     * An indicator's 历史值 ({@link io.jixiao.model.History}); besides these keys it holds entries by year, keyed
     * by {@link Keys#yearKey}.
     */
    @At("/$defs/indicator/properties/历史值")
    public static final class History {
        public static final String THREE_YEAR_AVERAGE = "前三年均值";
        public static final String LAST_YEAR = "上年值";
        public static final String SOURCE = "来源";

        private History() {
        }
    }
}
