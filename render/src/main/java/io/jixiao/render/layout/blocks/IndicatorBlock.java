package io.jixiao.render.layout.blocks;

import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.Standard;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.function.Predicate;

/**
 * An indicator table: the section label merged down the left of the heading and one row per indicator, in columns
 * that each show one field of {@link Indicator} with the pointer of that field. A form picks its columns from here
 * (or takes the generic set, which shows every field that was filed); headings are passed in because the provinces
 * name the same field differently (指标值及单位, 指标值, 预期当年实现值).
 */
public final class IndicatorBlock {

    private IndicatorBlock() {
    }

    /** Writes the block from a new row: the label, the heading of the columns and one row per indicator. */
    public static void write(GridBuilder g, String label, List<Indicator> indicators, List<Column<Indicator>> columns,
                             int width) {
        new TableBlock<>(columns).write(g, label, indicators, width, 0);
    }

    /** 一级指标, merged over consecutive rows of the same category. */
    public static Column<Indicator> level1(String header) {
        return Column.<Indicator>of(header, CellStyle.GROUP, i -> field(i, Keys.Indicator.LEVEL1, i.level1()))
                .mergedBy(Indicator::level1);
    }

    /** 二级指标, merged within its 一级 category when {@code merged} (the Hubei form repeats it on every row). */
    public static Column<Indicator> level2(String header, boolean merged) {
        Column<Indicator> column = Column.of(header, CellStyle.GROUP, i -> field(i, Keys.Indicator.LEVEL2, i.level2()));
        return merged ? column.mergedBy(Indicator::level2) : column;
    }

    /** 三级指标, the indicator's name. */
    public static Column<Indicator> name(String header) {
        return Column.of(header, CellStyle.TEXT, i -> field(i, Keys.Indicator.NAME, i.name()));
    }

    /** 指标值, the target. */
    public static Column<Indicator> value(List<String> header) {
        return Column.of(header, CellStyle.VALUE,
                i -> Content.text(CellText.of(i.value()), Pointers.child(i.pointer(), Keys.Indicator.VALUE)));
    }

    public static Column<Indicator> value(String header) {
        return value(List.of(header));
    }

    /**
     * 一级指标 with its score range where the form prints one in the label ({@code 成本指标（0-20）分}), merged over
     * consecutive rows of the same category. The range is data (指标分值), the name as filed.
     */
    public static Column<Indicator> level1(String header, io.jixiao.model.Scoring scoring) {
        if (scoring == null || scoring.byLevel1().isEmpty()) {
            return level1(header);
        }
        return Column.<Indicator>of(header, CellStyle.GROUP, i -> field(i, Keys.Indicator.LEVEL1,
                ScoringText.scored(i.level1(), scoring))).mergedBy(Indicator::level1);
    }

    /** 中期指标值, the multi-year target beside the annual one. */
    public static Column<Indicator> midTermValue(String header) {
        return Column.of(header, CellStyle.VALUE, i -> Content.text(CellText.of(i.midTermValue()),
                Pointers.child(i.pointer(), Keys.Indicator.MID_TERM_VALUE)));
    }

    /** 分值, the indicator's score or weight. */
    public static Column<Indicator> score(String header) {
        return Column.of(header, CellStyle.VALUE, i -> Content.text(CellText.of(i.score()),
                Pointers.child(i.pointer(), Keys.Indicator.SCORE)));
    }

    /** 指标解释. */
    public static Column<Indicator> explanation(String header) {
        return Column.of(header, CellStyle.TEXT, i -> field(i, Keys.Indicator.EXPLANATION, i.explanation()));
    }

    /** 上年指标值: last year's target with its mark; the cell points at this year's 指标值, which it is read with. */
    public static Column<Indicator> previous(PreviousYear previous) {
        return Column.of("上年指标值", CellStyle.VALUE,
                i -> Content.text(previous.cell(i), Pointers.child(i.pointer(), Keys.Indicator.VALUE)));
    }

    /** 指标值确定依据, which the Hunan and Hubei forms head 绩效标准. */
    public static Column<Indicator> basis(String header) {
        return Column.of(header, CellStyle.VALUE, i -> field(i, Keys.Indicator.BASIS, i.basis()));
    }

    /** 调整说明: why the target moved against last year's, printed beside it. */
    public static Column<Indicator> adjustment(String header) {
        return Column.of(header, CellStyle.TEXT, i -> field(i, Keys.Indicator.ADJUSTMENT, i.adjustment()));
    }

    /** The value of one year of the history (Hubei 近两年指标值). */
    public static Column<Indicator> historyYear(List<String> header, int year) {
        return Column.of(header, CellStyle.VALUE, i -> {
            History history = i.history();
            String text = history == null ? null : CellText.of(history.byYear().get(year));
            return Content.text(text, Pointers.child(i.pointer(), Keys.Indicator.HISTORY, Keys.yearKey(year)));
        });
    }

    /**
     * The generic table: the category, name and value always, and each further field (编号, 解释, the value's
     * 指标性质 and 度量单位 cells, 中期指标值, 方向, 分值, 依据, 调整说明, 标准值, 历史值, 工作活动) only when some
     * indicator of the table has it, so nothing filed is lost and no column is empty.
     */
    public static List<Column<Indicator>> generic(Collection<Indicator> indicators) {
        return generic(indicators, null, PreviousYear.NONE);
    }

    /** The generic table with the 一级 score ranges of {@code scoring} printed in the 一级 cells. */
    public static List<Column<Indicator>> generic(Collection<Indicator> indicators, io.jixiao.model.Scoring scoring) {
        return generic(indicators, scoring, PreviousYear.NONE);
    }

    /** The generic table beside last year's targets, when last year's filing is known. */
    public static List<Column<Indicator>> generic(Collection<Indicator> indicators, PreviousYear previous) {
        return generic(indicators, null, previous);
    }

    /**
     * The generic table with the 一级 score ranges of {@code scoring} (or null), and when last year's filing is known,
     * 上年指标值 right after the value (after its 度量单位 cell where the value is printed in three): last year's
     * target with ▲ or ▼ when it moved, or 新增 for an indicator last year did not have.
     */
    public static List<Column<Indicator>> generic(Collection<Indicator> indicators, io.jixiao.model.Scoring scoring,
                                                  PreviousYear previous) {
        return generic(indicators, scoring, previous, UnaryOperator.identity());
    }

    /**
     * The generic table with the heads a local form words otherwise ({@code labels}: the generic wording of a head,
     * 分值 or 指标方向, to the wording printed, as {@link io.jixiao.model.FormLabels#of} gives it).
     */
    public static List<Column<Indicator>> generic(Collection<Indicator> indicators, io.jixiao.model.Scoring scoring,
                                                  PreviousYear previous, UnaryOperator<String> labels) {
        List<Column<Indicator>> columns = new ArrayList<>();
        addIf(columns, indicators, i -> !CellText.isBlank(i.id()),
                Column.of("指标编号", CellStyle.VALUE, i -> field(i, Keys.Indicator.ID, i.id())));
        addIf(columns, indicators, i -> !CellText.isBlank(i.level1()), level1("一级指标", scoring));
        addIf(columns, indicators, i -> !CellText.isBlank(i.level2()), level2("二级指标", true));
        columns.add(name("三级指标"));
        addIf(columns, indicators, i -> !CellText.isBlank(i.explanation()),
                Column.of("指标解释", CellStyle.TEXT, i -> field(i, Keys.Indicator.EXPLANATION, i.explanation())));
        addIf(columns, indicators, i -> i.split() != null && i.split().nature() != null,
                Column.of("指标性质", CellStyle.VALUE, i -> Content.text(i.split() == null ? "" : i.split().nature(),
                        Pointers.child(i.pointer(), Keys.Indicator.NATURE))));
        if (indicators.stream().anyMatch(i -> i.split() != null)) {
            // Printed in three cells as filed: the value cell holds the number alone.
            columns.add(Column.of("指标值", CellStyle.VALUE, i -> Content.text(
                    i.split() == null ? CellText.of(i.value()) : i.split().number(),
                    Pointers.child(i.pointer(), Keys.Indicator.VALUE))));
        } else {
            columns.add(value("指标值"));
        }
        addIf(columns, indicators, i -> i.split() != null && i.split().unit() != null,
                Column.of("度量单位", CellStyle.VALUE, i -> Content.text(i.split() == null ? "" : i.split().unit(),
                        Pointers.child(i.pointer(), Keys.Indicator.MEASURE_UNIT))));
        if (previous.present()) {
            columns.add(previous(previous));
        }
        addIf(columns, indicators, i -> !CellText.isBlank(CellText.of(i.midTermValue())),
                midTermValue("中期指标值"));
        addIf(columns, indicators, i -> !CellText.isBlank(i.direction()),
                Column.of(labels.apply("指标方向"), CellStyle.VALUE,
                        i -> field(i, Keys.Indicator.DIRECTION, i.direction())));
        addIf(columns, indicators, i -> !CellText.isBlank(CellText.of(i.score())), score(labels.apply("分值")));
        addIf(columns, indicators, i -> !CellText.isBlank(i.basis()), basis("指标值确定依据"));
        addIf(columns, indicators, i -> !CellText.isBlank(i.adjustment()), adjustment("调整说明"));
        addIf(columns, indicators, i -> i.standard() != null,
                Column.of("标准值", CellStyle.TEXT, i -> Content.text(standardText(i.standard()),
                        Pointers.child(i.pointer(), Keys.Indicator.STANDARD))));
        addIf(columns, indicators, i -> i.history() != null,
                Column.of("历史值", CellStyle.TEXT, i -> Content.text(historyText(i.history()),
                        Pointers.child(i.pointer(), Keys.Indicator.HISTORY))));
        addIf(columns, indicators, i -> !CellText.isBlank(i.activities()),
                Column.of("工作活动", CellStyle.TEXT, i -> field(i, Keys.Indicator.ACTIVITIES, i.activities())));
        return columns;
    }

    /** The text of one field of the indicator, pointing at that field ({@code key} is a {@link Keys.Indicator}). */
    private static Content field(Indicator indicator, String key, String text) {
        return Content.text(text, Pointers.child(indicator.pointer(), key));
    }

    private static void addIf(List<Column<Indicator>> columns, Collection<Indicator> indicators,
                              Predicate<Indicator> present, Column<Indicator> column) {
        if (indicators.stream().anyMatch(present)) {
            columns.add(column);
        }
    }

    /** 规划值：… ；当年标准值：… ；来源：… with the parts that were filed. */
    private static String standardText(Standard standard) {
        if (standard == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, "规划值", CellText.of(standard.planned()));
        addPart(parts, "当年标准值", CellText.of(standard.current()));
        addPart(parts, "来源", standard.source());
        return String.join("；", parts);
    }

    /** 前三年均值：… ；上年值：… ；2018年：… ；来源：… with the parts that were filed. */
    private static String historyText(History history) {
        if (history == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, "前三年均值", CellText.of(history.threeYearAverage()));
        addPart(parts, "上年值", CellText.of(history.lastYear()));
        for (Map.Entry<Integer, io.jixiao.value.Value> year : history.byYear().entrySet()) {
            addPart(parts, year.getKey() + "年", CellText.of(year.getValue()));
        }
        addPart(parts, "来源", history.source());
        return String.join("；", parts);
    }

    private static void addPart(List<String> parts, String label, String text) {
        if (!CellText.isBlank(text)) {
            parts.add(label + "：" + text);
        }
    }

    /** Adapts indicator columns to rows that hold an indicator (or none). */
    public static <U> List<Column<U>> over(List<Column<Indicator>> columns, Function<U, Indicator> indicator) {
        return columns.stream().map(c -> c.from(indicator)).toList();
    }
}
