package io.jixiao.model;

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
import java.util.regex.Pattern;

/**
 * Binds a schema-valid YAML node tree to the {@link Filing} records. It never has to report problems: by the time
 * it runs, the schema has guaranteed every key and type, so each method is a plain mapping from keys to fields.
 */
public final class FilingBinder {

    public static final String DEFAULT_PROFILE = "national-2020";
    private static final Pattern MONTH_KEY = Pattern.compile("^([0-9]{1,2})月底$");

    private final Path file;
    private MoneyUnit unit = MoneyUnit.YUAN;

    private FilingBinder(Path file) {
        this.file = file;
    }

    public static Filing bind(Path file, MappingNode root) {
        return new FilingBinder(file).filing(new NodeView(root, ""));
    }

    private Filing filing(NodeView v) {
        unit = MoneyUnit.fromLabel(v.text("金额单位")).orElse(MoneyUnit.YUAN);
        String profile = v.text("指标体系"); // null when not declared: the checker applies the configured default
        return new Filing(file,
                integer(v.text("格式版本")),
                v.text("部门名称"),
                integer(v.text("年度")),
                Template.fromId(v.text("模板")).orElse(Template.GENERIC),
                profile,
                unit,
                submission(v.map("填报信息")),
                department(v.map("部门整体")),
                v.maps("项目").stream().map(this::project).toList(),
                fundSummary(v.map("专项资金汇总")),
                v.maps("支出方向").stream().map(this::direction).toList());
    }

    private static Submission submission(NodeView v) {
        if (v == null) {
            return Submission.NONE;
        }
        return new Submission(v.text("填报单位"), v.text("单位负责人"), v.text("填表人"), v.text("联系电话"));
    }

    private DepartmentTable department(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView overall = v.map("整体绩效目标");
        return new DepartmentTable(
                v.text("标题"),
                budgetRequest(v.map("年度预算申请")),
                funding(v.map("资金情况")),
                v.text("部门职责概述"),
                v.text("年度工作任务"),
                v.maps("年度重点工作计划").stream()
                        .map(w -> new WorkPlanItem(w.text("事项"), w.text("责任单位"), w.text("工作目标"))).toList(),
                overall == null ? null : goals(overall, "长期目标"),
                overall == null ? null : goals(overall, "年度目标"),
                indicators(v, "年度绩效指标"),
                v.maps("长期绩效目标").stream().map(this::goalTable).toList(),
                v.maps("年度绩效目标").stream().map(this::goalTable).toList(),
                v.maps("部门职责").stream().map(this::duty).toList(),
                narrative(v.map("总体绩效目标")),
                narrative(v.map("分项绩效目标")),
                v.text("工作保障措施"),
                v.text("备注"));
    }

    private BudgetRequest budgetRequest(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView income = v.map("按收入性质分");
        NodeView nature = v.map("按支出性质分");
        return new BudgetRequest(v.pointer(), money(v, "资金总额"),
                money(income, "一般公共预算拨款"), money(income, "政府性基金拨款"), money(income, "其他资金"),
                money(nature, "基本支出"), money(nature, "项目支出"));
    }

    private FundingOverview funding(NodeView v) {
        if (v == null) {
            return null;
        }
        return new FundingOverview(fundBlock(v.map("收入构成")), fundBlock(v.map("支出构成")));
    }

    private FundingOverview.Block fundBlock(NodeView v) {
        if (v == null) {
            return null;
        }
        NodeView total = v.map("合计");
        return new FundingOverview.Block(v.pointer(), v.maps("明细").stream().map(this::fundRow).toList(),
                total == null ? null : fundRow(total));
    }

    private FundingOverview.Row fundRow(NodeView v) {
        TreeMap<Integer, Money> years = new TreeMap<>();
        NodeView byYear = v.map("近两年");
        if (byYear != null) {
            for (String year : byYear.entries().keySet()) {
                Money m = money(byYear, year);
                if (m != null) {
                    years.put(Integer.valueOf(year), m);
                }
            }
        }
        return new FundingOverview.Row(v.pointer(), v.text("项目"), money(v, "当年预算"), value(v, "占比"), years);
    }

    private GoalTable goalTable(NodeView v) {
        return new GoalTable(v.pointer(), v.text("标题"), v.text("目标名称"), indicators(v, "绩效指标"));
    }

    private Duty duty(NodeView v) {
        return new Duty(v.text("职责序号"), v.text("职责"), v.maps("子职责").stream()
                .map(s -> new Duty.SubDuty(s.text("名称"), s.maps("职责目标").stream()
                        .map(g -> new Duty.DutyGoal(g.pointer(), g.text("目标"), indicators(g, "绩效指标")))
                        .toList()))
                .toList());
    }

    private static Narrative narrative(NodeView v) {
        if (v == null) {
            return null;
        }
        return new Narrative(v.text("说明"), v.maps("职责").stream()
                .map(d -> new Narrative.Duty(d.text("名称"), d.text("主要职责"), d.text("职责目标"),
                        d.text("绩效目标"), d.text("绩效指标"), d.text("绩效标准")))
                .toList());
    }

    private ProjectTable project(NodeView v) {
        List<ProjectTable.PlanPoint> plan = new ArrayList<>();
        NodeView planView = v.map("资金支出计划");
        if (planView != null) {
            for (Map.Entry<String, Node> e : planView.entries().entrySet()) {
                Matcher m = MONTH_KEY.matcher(e.getKey());
                if (m.matches()) {
                    plan.add(new ProjectTable.PlanPoint(planView.pointer(e.getKey()), Integer.parseInt(m.group(1)),
                            ValueParser.parse(NodeView.scalarText(e.getValue()))));
                }
            }
        }
        return new ProjectTable(v.pointer(), v.text("标题"), v.text("预算单位编码"), v.text("预算单位名称"),
                v.text("项目编码"), v.text("项目名称"), money(v, "预算数"), money(v, "财政资金"), money(v, "其他资金"),
                v.text("资金用途"), plan, goals(v, "绩效目标"), indicators(v, "绩效指标"));
    }

    private FundSummary fundSummary(NodeView v) {
        if (v == null) {
            return null;
        }
        return new FundSummary(v.pointer(), v.text("标题"), money(v, "合计"), v.maps("专项").stream()
                .map(f -> new FundSummary.Fund(f.pointer(), f.text("序号"), f.text("名称"), money(f, "金额"),
                        goals(f, "实施期绩效目标"), goals(f, "年度绩效目标"), f.maps("支出方向").stream()
                        .map(d -> new FundSummary.Direction(d.pointer(), d.text("序号"), d.text("名称"),
                                money(d, "金额"), goals(d, "实施期绩效目标"), goals(d, "年度绩效目标")))
                        .toList()))
                .toList());
    }

    private SpendingDirection direction(NodeView v) {
        NodeView parent = v.map("所属专项");
        NodeView details = v.map("支出明细");
        List<SpendingDirection.Line> lines = details == null ? List.of() : details.maps("明细").stream()
                .map(l -> new SpendingDirection.Line(l.pointer(), l.text("支出内容简介"), l.text("支出明细"),
                        money(l, "金额"), l.text("测算说明")))
                .toList();
        return new SpendingDirection(v.pointer(), v.text("标题"), v.text("名称"),
                parent == null ? null : parent.text("名称"), parent == null ? null : money(parent, "金额"),
                money(v, "项目金额"), value(v, "项目实施期"), goals(v, "实施期绩效目标"), goals(v, "年度绩效目标"),
                indicators(v, "年度绩效指标"), lines, details == null ? null : money(details, "合计"));
    }

    private List<Indicator> indicators(NodeView v, String key) {
        return v.maps(key).stream().map(FilingBinder::indicator).toList();
    }

    private static Indicator indicator(NodeView v) {
        NodeView std = v.map("标准值");
        NodeView hist = v.map("历史值");
        Standard standard = std == null ? null
                : new Standard(value(std, "规划值"), value(std, "当年标准值"), std.text("来源"));
        History history = null;
        if (hist != null) {
            TreeMap<Integer, Value> byYear = new TreeMap<>();
            hist.entries().keySet().stream().filter(k -> k.matches("[0-9]{4}"))
                    .forEach(k -> byYear.put(Integer.valueOf(k), value(hist, k)));
            history = new History(value(hist, "前三年均值"), value(hist, "上年值"), hist.text("来源"), byYear);
        }
        return new Indicator(v.pointer(), v.text("指标编号"), v.text("一级指标"), v.text("二级指标"), v.text("三级指标"),
                v.text("指标解释"), value(v, "指标值"), v.text("指标值确定依据"), standard, history, v.text("工作活动"));
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
