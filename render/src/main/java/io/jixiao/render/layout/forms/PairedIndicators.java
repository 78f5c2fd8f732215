package io.jixiao.render.layout.forms;

import io.jixiao.model.FormLabels;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.Scoring;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.ScoringText;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The indicator table of the national project form: one set (一级 | 二级 | 三级 | 指标值, with 中期指标值 beside
 * 年度指标值 where filed), or, where the project has a 中期 indicator set, the two sets side by side and paired by row
 * as 青山区教育局 2020 prints them, 一级 shared where the paired rows agree on it. The 2021 variant orders 成本指标
 * first and adds 分值 and 指标解释 where filed. Kept apart from {@link NationalProjectSheet}, which places it.
 */
final class PairedIndicators {

    private final ProjectTable project;
    private final boolean costFirst;
    private final FormLabels labels;

    PairedIndicators(ProjectTable project, boolean costFirst, FormLabels labels) {
        this.project = project;
        this.costFirst = costFirst;
        this.labels = labels;
    }

    /** One row of the indicator table: the 中期 indicator and the annual one of the same place, either may be missing. */
    record Pair(Indicator mid, Indicator annual) {

        /** The shared 一级 of the row: the annual's, else the 中期 one's. */
        String level1() {
            String annualLevel = annual == null ? null : annual.level1();
            return !CellText.isBlank(annualLevel) ? annualLevel : mid == null ? null : mid.level1();
        }
    }

    private boolean twoSets() {
        return project.multiYear() != null && !project.multiYear().indicators().isEmpty();
    }

    List<Pair> pairs() {
        List<Indicator> annual = ordered(project.indicators());
        List<Indicator> mid = twoSets() ? ordered(project.multiYear().indicators()) : List.of();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(annual.size(), mid.size()); i++) {
            pairs.add(new Pair(i < mid.size() ? mid.get(i) : null, i < annual.size() ? annual.get(i) : null));
        }
        return pairs;
    }

    /** As filed; the 2021 variant moves the 成本指标 rows first, keeping the order within each group. */
    private List<Indicator> ordered(List<Indicator> indicators) {
        if (!costFirst) {
            return indicators;
        }
        List<Indicator> ordered = new ArrayList<>(indicators.stream().filter(PairedIndicators::isCost).toList());
        indicators.stream().filter(i -> !isCost(i)).forEach(ordered::add);
        return ordered;
    }

    private static boolean isCost(Indicator indicator) {
        return indicator.level1() != null && indicator.level1().contains("成本");
    }

    /**
     * The columns: 一级 shared by the two sets where their rows agree on it (else one per set), then for each set
     * 二级, 三级, the values, and in the 2021 variant 分值 and 指标解释 where filed.
     */
    List<Column<Pair>> columns() {
        List<Pair> pairs = pairs();
        Scoring scoring = project.scoring();
        List<Column<Pair>> columns = new ArrayList<>();
        if (!twoSets()) {
            List<Indicator> annual = project.indicators();
            columns.add(level1(scoring).from(Pair::annual));
            List<Column<Indicator>> set = new ArrayList<>();
            set.add(IndicatorBlock.level2("二级指标", true));
            set.add(IndicatorBlock.name("三级指标"));
            boolean midValues = annual.stream().anyMatch(i -> !CellText.of(i.midTermValue()).isBlank());
            if (midValues) {
                set.add(IndicatorBlock.midTermValue("中期指标值"));
                set.add(IndicatorBlock.value("年度指标值"));
            } else {
                set.add(IndicatorBlock.value(labels.of("指标值")));
            }
            addScored(set, annual);
            set.forEach(c -> columns.add(c.from(Pair::annual)));
            return columns;
        }
        List<Indicator> mid = project.multiYear().indicators();
        List<Indicator> annual = project.indicators();
        boolean shared = pairs.stream().allMatch(pair -> pair.mid() == null || pair.annual() == null
                || Objects.equals(strip(pair.mid().level1()), strip(pair.annual().level1())));
        if (shared) {
            columns.add(Column.<Pair>of("一级指标", CellStyle.GROUP, pair -> {
                Indicator source = pair.annual() != null && !CellText.isBlank(pair.annual().level1())
                        ? pair.annual() : pair.mid();
                Scoring s = !costFirst ? null : source == pair.annual() ? scoring : project.multiYear().scoring();
                return Content.text(ScoringText.scored(source.level1(), s),
                        Pointers.child(source.pointer(), Keys.Indicator.LEVEL1));
            }).mergedBy(Pair::level1));
        }
        List<Column<Indicator>> midSet = set(mid, "长期", !shared, project.multiYear().scoring());
        List<Column<Indicator>> annualSet = set(annual, "年度", !shared, scoring);
        midSet.forEach(c -> columns.add(c.from(Pair::mid)));
        annualSet.forEach(c -> columns.add(c.from(Pair::annual)));
        return columns;
    }

    /**
     * One set's columns, headed as 青山 2020 heads them — 二级指标（长期）, 三级指标（长期）, 指标值（长期） — or as the
     * filing's 地方表样 words them ({@code side} is 长期 or 年度, the prefix of the label slots).
     */
    private List<Column<Indicator>> set(List<Indicator> indicators, String side, boolean ownLevel1,
                                        Scoring scoring) {
        String suffix = "（" + side + "）";
        List<Column<Indicator>> set = new ArrayList<>();
        if (ownLevel1) {
            set.add(IndicatorBlock.level1("一级指标" + suffix,
                    costFirst ? scoring : null));
        }
        set.add(IndicatorBlock.level2(labels.of(side + "二级指标"), true));
        set.add(IndicatorBlock.name(labels.of(side + "三级指标")));
        if (indicators.stream().anyMatch(i -> !CellText.of(i.midTermValue()).isBlank())) {
            set.add(IndicatorBlock.midTermValue("中期指标值" + suffix));
        }
        set.add(IndicatorBlock.value(labels.of(side + "指标值")));
        addScored(set, indicators);
        return set;
    }

    /** 分值 and 指标解释 of the 2021 variant, where any indicator of the set has them. */
    private void addScored(List<Column<Indicator>> set, List<Indicator> indicators) {
        if (!costFirst) {
            return;
        }
        if (indicators.stream().anyMatch(i -> !CellText.of(i.score()).isBlank())) {
            set.add(IndicatorBlock.score("分值"));
        }
        if (indicators.stream().anyMatch(i -> i.explanation() != null)) {
            set.add(IndicatorBlock.explanation("指标解释"));
        }
    }

    private Column<Indicator> level1(Scoring scoring) {
        return IndicatorBlock.level1("一级指标", costFirst ? scoring : null);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
