package io.jixiao.model;

import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.rules.IndicatorTable;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleEngine;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The structures format v2 adds, each in a filing transcribed from a published table (or, for the 审核意见 blocks no
 * published table shows filled, built on the printed form): parsed without a finding, bound into the model as a
 * reader of the form would read it, and checked by the rules — with the defects the published tables really have
 * found, and nothing else.
 */
@DisplayName("Format v2 filings: parsed, bound and checked")
class FormatV2FilingsTest {

    private static final Messages CHINESE = Messages.chinese();

    @Test
    @DisplayName("a national 2015 project keeps its 中期 money, period, goal and indicator set beside the year's")
    void nationalProjectWithMultiYearPart() throws IOException {
        Filing filing = parse("national-2015.yaml");
        ProjectTable project = filing.projects().get(0);
        assertEquals("六安市农业农村局", project.details().supervisor());
        assertEquals("066", project.details().supervisorCode(), "a code keeps its leading zero");
        assertEquals("常年项目", project.details().nature().text());
        assertEquals("3年", project.details().duration().written());
        MultiYear multiYear = project.multiYear();
        Value.Period period = assertInstanceOf(Value.Period.class, multiYear.period());
        assertEquals(2024, period.startYear());
        assertEquals(2026, period.endYear());
        assertAmount("39.96", multiYear.total());
        assertAmount("21.22", project.budget());
        assertEquals(3, multiYear.indicators().size());
        assertEquals(5, project.indicators().size());
        assertEquals("≥60个", project.indicators().get(0).midTermValue().written());
        assertEquals("", project.signOff().leader(), "项目责任人(签字) printed blank is kept as blank");
        assertEquals("", project.signOff().submission().filingUnit(), "单位(盖章) printed blank is kept as blank");
        assertEquals("(  2024  年度)", project.details().subtitle(), "the year line as printed");
        assertEquals("2024年1月15日", filing.submission().date());
        assertEquals("066", filing.departmentCode());

        ProjectTable narrated = filing.projects().get(1);
        assertEquals("金寨县司法局", narrated.overview().implementer());
        assertEquals("《六安市全面依法治市督察考核办法》", narrated.overview().basis());
        assertInstanceOf(Value.Period.class, narrated.details().period().span());
        assertNoFindings(filing, "national-2015.yaml");
    }

    @Test
    @DisplayName("the 中期 indicator set is a table of its own for every rule, bounded by the 中期 total")
    void multiYearSetIsATable() throws IOException {
        Filing filing = parse("national-2015.yaml");
        List<IndicatorTable> tables = IndicatorTable.of(filing);
        IndicatorTable multiYear = tables.stream().filter(t -> t.pointer().endsWith("/中期")).findFirst()
                .orElseThrow();
        assertEquals(3, multiYear.indicators().size());
        assertAmount("39.96", multiYear.budget());
        assertTrue(filing.allIndicators().containsAll(multiYear.indicators()),
                "the rules that judge indicators one by one see the 中期 set too");
    }

    @Test
    @DisplayName("the department-wide form's 年度主要任务 hold duty, task, content, funded projects and amounts")
    void mainTasks() throws IOException {
        DepartmentTable table = parse("national-2015.yaml").departmentTable();
        assertEquals(2, table.mainTasks().size());
        AnnualTask task = table.mainTasks().get(1);
        assertEquals("推广农业技术", task.duty());
        assertEquals(2, task.projects().size());
        assertAmount("195.58", task.projects().get(1).total());
        assertAmount("216.80", task.total());
        assertNotNull(table.budgetRequest().basicSplit());
        assertAmount("1478.75", table.budgetRequest().basicExpenditure(), "基本支出 is its split's 合计");
        assertNull(table.budgetRequest().basicSplit().specialAccount(), "专户资金 left blank");
    }

    @Test
    @DisplayName("Sichuan's funding tree binds to 财政资金, 资金来源 and 其他资金, and its own categories check clean")
    void sichuanFundingTree() throws IOException {
        Filing filing = parse("sichuan-project.yaml");
        ProjectTable project = filing.projects().get(0);
        assertAmount("4.00", project.fiscalFunds());
        FundSources sources = project.money().sources();
        assertAmount("4.00", sources.generalBudget());
        assertAmount("0.00", sources.stateCapital());
        assertAmount("0.00", sources.operatingIncome());
        assertAmount("0.00", project.otherFunds());
        assertNull(project.budget(), "年度资金总额 was left without a figure");
        // The one real defect: a satisfaction indicator whose value (明显提升) cannot be measured.
        assertRules(filing, "sichuan-project.yaml", "VALUE-SATISFACTION");
    }

    @Test
    @DisplayName("a value printed in three cells (指标性质, 指标值, 度量单位) is read as one, each cell kept")
    void splitValues() throws IOException {
        Filing filing = parse("sichuan-list.yaml");
        assertEquals("820", filing.departmentCode());
        assertEquals("部门预算项目绩效目标申报表(2023年度)", filing.projectListTitle());
        assertEquals(MoneyUnit.YUAN, filing.moneyUnit());
        Indicator first = filing.projects().get(0).indicators().get(0);
        assertEquals(new ValueSplit("≥", "95", "%"), first.split());
        assertEquals("≥95%", first.value().written());
        assertTrue(((Value.Quantity) first.value()).isPercent());
        assertEquals("10", first.score().written());
        assertEquals("正向指标", first.direction());
        assertAmount("3309840.00", filing.projects().get(0).budget());
        // 按时发放 ≥ 1 人/年 filed under 质量: a count where a quality level belongs.
        assertRules(filing, "sichuan-list.yaml", "VALUE-QUALITY");
    }

    @Test
    @DisplayName("审核意见 blocks keep reviewer, opinion, grade, person and date, and blank lines stay blank")
    void reviews() throws IOException {
        Filing filing = parse("reviews.yaml");
        ProjectTable project = filing.projects().get(0);
        List<Review> reviews = project.signOff().reviews();
        assertEquals(List.of("主管部门", "第三方机构", "市财政局业务科室", "市财政局绩效科"),
                reviews.stream().map(Review::reviewer).toList());
        assertEquals("良", reviews.get(1).grade());
        assertEquals("2017年12月5日", reviews.get(1).date());
        assertEquals("", reviews.get(2).person(), "printed and left blank");
        assertNull(reviews.get(2).grade(), "not on the form");
        assertEquals("王五", project.signOff().leader());
        assertEquals("2017年11月20日", project.signOff().submission().date());
        assertEquals(3, project.schedule().size());
        assertEquals("分两批实施", project.schedule().get(1).notes());
        assertInstanceOf(Value.DateValue.class, project.schedule().get(0).end());
        assertEquals("新增项目□ 延续项目√", project.details().nature().text());
        // The 88 form has no 项目实施进度计划 (the city form of §4.3 has): printed apart, and said.
        assertRules(filing, "reviews.yaml", "TEMPLATE-UNPLACED");
    }

    @Test
    @DisplayName("tick boxes keep every option and which were ticked, also when none was")
    void tickBoxes() throws IOException {
        Filing filing = parse("tick-boxes.yaml");
        ProjectTable wuhu = filing.projects().get(0);
        Choice type = wuhu.details().type();
        assertTrue(type.isTickBoxes());
        assertEquals(List.of("部门预算", "切块预算"), type.options());
        assertEquals(List.of(), type.ticked(), "芜湖 ticked none");
        assertEquals("部门预算□ 切块预算□", type.text());
        Value.DateValue start = assertInstanceOf(Value.DateValue.class, wuhu.details().period().start());
        assertEquals(2019, start.year());
        assertAmount("75.00", wuhu.multiYear().total());
        assertAmount("25.00", wuhu.money().sources().sameLevel());
        assertEquals("", wuhu.signOff().submission().filingUnit(), "申报单位名称:(盖章) left blank");
        ProjectTable shanghai = filing.projects().get(1);
        assertEquals(List.of("其他事业专业类"), shanghai.fundsUse().ticked());
        assertTrue(shanghai.use().contains("其他事业专业类√"), shanghai.use());
        assertEquals("上海市同舟服务中心", shanghai.signOff().submission().filingUnit());
        assertNoFindings(filing, "tick-boxes.yaml");
    }

    @Test
    @DisplayName("Dongguan's two indicator sets keep their own category labels and match its profile")
    void dongguanApproval() throws IOException {
        Filing filing = parse("approval-forms.yaml");
        ProjectTable project = filing.projects().get(0);
        assertEquals("时效指标(工期指标)", project.multiYear().indicators().get(2).level2());
        assertEquals("时效指标(工期指标、形象进度指标)", project.indicators().get(2).level2());
        assertAmount("284500.00", project.multiYear().fiscalFunds());
        // The excerpt stops before the last row's value (中期 and 年度), and the counts lack their unit.
        assertRules(filing, "approval-forms.yaml", "VALUE-MISSING-UNIT", "VALUE-MISSING", "VALUE-MISSING-UNIT",
                "VALUE-MISSING");
    }

    @Test
    @DisplayName("the 2021 framework puts 成本 first; scores, 预算执行 and approval details are kept")
    void national2021() throws IOException {
        Filing filing = parse("national-2021.yaml");
        assertEquals(Template.NATIONAL_2021, filing.template());
        ProjectTable project = filing.projects().get(0);
        assertEquals("徐德迁", project.signOff().leader());
        assertEquals("13452649655", project.signOff().leaderPhone());
        assertEquals("县民宗委", project.details().businessSupervisor());
        assertEquals("21305", project.details().functionCode());
        assertEquals("一般公共预算", project.details().budgetClass());
        assertEquals("100%", project.money().executionRate().written());
        assertEquals("10分", project.money().executionScore().written());
        assertEquals("90", project.scoring().total().written());
        assertEquals(List.of("成本指标", "产出指标"), List.copyOf(project.scoring().byLevel1().keySet()));
        assertEquals("10", project.indicators().get(0).score().written());
        assertEquals("", project.indicators().get(0).explanation(), "an empty 指标解释 cell stays an empty cell");
        // 社会成本指标 and 生态环境成本指标 were left as empty rows on the published table.
        // The approval form's head cells (预算单位, 项目分类, 业务主管部门, 项目审批, 财政资金预算分类, 科目代码, 预算执行)
        // have no place on the national form as reconstructed: printed apart, and said.
        // One finding names them all, at the first.
        assertRules(filing, "national-2021.yaml", "TEMPLATE-UNPLACED", "TAXONOMY-EMPTY-ROW", "TAXONOMY-EMPTY-ROW");
    }

    @Test
    @DisplayName("a version-2 template has a place for what its form prints and for nothing else")
    void templatePlaces() {
        TemplateForm national = Template.NATIONAL_2015.form();
        assertTrue(national.hasPlaceFor("/项目/0/中期/资金总额"));
        assertTrue(national.hasPlaceFor("/项目/3/绩效指标/2/中期指标值"));
        assertTrue(national.hasPlaceFor("/部门整体/年度主要任务/1/主要内容"));
        assertTrue(national.hasPlaceFor("/年度"));
        assertTrue(national.hasPlaceFor("/项目/0/项目概况/概述"), "the narrative stands above the form");
        assertTrue(national.hasPlaceFor("/项目/0/审核意见/0/意见"), "the reviews stand under the form");
        assertFalse(national.hasPlaceFor("/项目/0/绩效指标/1/标准值/规划值"));
        assertFalse(national.hasPlaceFor("/专项资金汇总/合计"));
        assertTrue(Template.GENERIC.form().hasPlaceFor("/项目/0/项目实施进度计划/0/实施内容"));
        assertEquals(List.of("/项目/0/项目实施进度计划/0/实施内容"),
                national.unplaced(List.of("/项目/0/项目名称", "/项目/0/项目实施进度计划/0/实施内容")));
        assertEquals(List.of("项目", "*", "绩效指标", "*", "标准值"),
                national.unplacedPart("/项目/1/绩效指标/0/标准值/规划值"), "a column the form lacks is one part");
        assertEquals(List.of("专项资金汇总"), national.unplacedPart("/专项资金汇总/专项/0/名称"),
                "a table the form lacks is one part");
        assertEquals(List.of(), national.unplacedPart("/项目/0/项目名称"));
        assertFalse(national.reaches("专项资金汇总"));
        assertTrue(national.reaches("项目"));
    }

    private static void assertNoFindings(Filing filing, String name) throws IOException {
        assertRules(filing, name);
    }

    /** The rules' findings on the filing, by rule id in source order, are exactly these. */
    private static void assertRules(Filing filing, String name, String... expected) throws IOException {
        ParseResult parsed = new FilingParser().parse(file(name));
        List<Finding> findings = new RuleEngine(RuleConfig.DEFAULTS).check(parsed.file(), filing,
                parsed.positions(), Optional.empty());
        FindingPrinter printer = new FindingPrinter(CHINESE);
        List<String> lines = Files.readAllLines(file(name));
        assertEquals(List.of(expected), findings.stream().map(Finding::ruleId).toList(),
                findings.stream().map(f -> printer.print(f, lines)).collect(Collectors.joining("\n")));
    }

    private static Filing parse(String name) throws IOException {
        Path file = file(name);
        ParseResult result = new FilingParser().parse(file);
        FindingPrinter printer = new FindingPrinter(CHINESE);
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of(), result.findings(), result.findings().stream().map(f -> printer.print(f, lines))
                .collect(Collectors.joining("\n")));
        return result.filing().orElseThrow();
    }

    private static Path file(String name) {
        try {
            return Path.of(FormatV2FilingsTest.class.getResource("/io/jixiao/v2/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAmount(String expected, io.jixiao.value.Money money) {
        assertAmount(expected, money, expected);
    }

    private static void assertAmount(String expected, io.jixiao.value.Money money, String message) {
        assertNotNull(money, message);
        assertEquals(0, new BigDecimal(expected).compareTo(money.amount()), message + ": " + money);
    }
}
