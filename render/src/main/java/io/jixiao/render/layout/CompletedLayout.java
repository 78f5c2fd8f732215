package io.jixiao.render.layout;

import io.jixiao.finding.Messages;
import io.jixiao.model.FiledValues;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.model.TemplateForm;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.forms.GenericLayout;
import io.jixiao.render.layout.forms.YearOverYearSheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A template's layout, completed so that nothing filed is left out of the outputs. What the template's form has a
 * place for is {@code format-spec/templates.yaml} ({@link TemplateForm}); the rest follows the form's own tables:
 * a table the form does not have at all (项目 in a Hunan filing, 专项资金 in a national one) in the generic layout,
 * marked as not on this form, and every other value the form has no place for (a Hebei project's 标准值, a Hunan
 * department's 备注) in the extra table 本表样没有位置的内容 ({@link UnplacedSheet}). A filing with no table at all
 * still gets a sheet saying so — a workbook cannot be empty.
 */
final class CompletedLayout implements Layout {

    private final Layout primary;
    private final Template template;

    CompletedLayout(Layout primary, Template template) {
        this.primary = primary;
        this.template = template;
    }

    @Override
    public List<Grid> tables(Filing filing) {
        return tables(filing, PreviousYear.NONE);
    }

    /**
     * With last year's filing known, the generic sheets (a generic filing's own, and those that complete an official
     * form) show 上年指标值 with ▲ ▼ in their indicator tables; an official form's own tables keep their printed
     * columns, and a 与上年对比 sheet after everything else shows every indicator of the filing beside last year's,
     * so a printed form is never broken by a column it does not have.
     */
    @Override
    public List<Grid> tables(Filing filing, PreviousYear previous) {
        List<Grid> grids = new ArrayList<>(primary.tables(filing, previous));
        TemplateForm form = filing.template() == template ? filing.form() : template.form();
        Set<String> generic = new HashSet<>();
        if (template != Template.GENERIC) {
            String mark = Messages.chinese().format("render.extra.table",
                    Messages.chinese().format("render.template." + template.id()));
            for (String table : TemplateForm.TABLES) {
                if (!form.reaches(table)) {
                    generic.add(table);
                }
            }
            for (Grid sheet : GenericLayout.sheetsOf(filing, generic, mark, previous)) {
                grids.add(sheet.withName(unique(grids, sheet.name())));
            }
        }
        java.util.function.Predicate<String> placed = form.placeFinder();
        List<FiledValues.Entry> unplaced = filing.values().entries().stream()
                .filter(e -> !placed.test(e.pointer()))
                .filter(e -> !generic.contains(Pointers.tokens(e.pointer()).get(0)))
                .toList();
        if (!unplaced.isEmpty()) {
            grids.add(UnplacedSheet.grid(filing, unplaced, unique(grids,
                    Messages.chinese().format("render.extra.sheet"))));
        }
        if (previous.present() && template != Template.GENERIC) {
            Grid sheet = YearOverYearSheet.grid(filing, previous);
            grids.add(sheet.withName(unique(grids, sheet.name())));
        }
        if (grids.isEmpty()) {
            grids.add(new GridBuilder("说明", List.of(60))
                    .row().wide(filing.year() + "年" + filing.department() + "绩效目标表", CellStyle.TITLE)
                    .row().wide("本文件没有可以列成表格的内容（部门整体、项目、专项资金都未填写）。", CellStyle.TEXT)
                    .build());
        }
        String footer = Messages.chinese().format("render.page.footer", filing.department(), filing.year(),
                filing.moneyUnit().label());
        return grids.stream().map(g -> g.withFooter(footer)).toList();
    }

    private static String unique(List<Grid> grids, String name) {
        Set<String> names = new HashSet<>();
        grids.forEach(g -> names.add(g.name()));
        String candidate = name;
        for (int i = 2; names.contains(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }
}
