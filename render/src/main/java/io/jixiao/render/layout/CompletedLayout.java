package io.jixiao.render.layout;

import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.forms.GenericLayout;
import io.jixiao.render.layout.forms.YearOverYearSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A template's layout, completed so that nothing filed is left out of the outputs: sections the template's form
 * has no place for (项目 in a Hunan filing, 专项资金 in a Shandong one) follow as the generic sheets, and a filing
 * with no table at all still gets a sheet saying so — a workbook cannot be empty.
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
     * The generic layout shows 上年指标值 in its indicator tables, and so do the generic sheets that complete an
     * official form; an official form's own tables keep their printed columns, and a 与上年对比 sheet after them shows
     * every indicator of the filing beside last year's, so a printed form is never broken by a column it does not
     * have.
     */
    @Override
    public List<Grid> tables(Filing filing, PreviousYear previous) {
        List<Grid> grids = new ArrayList<>(primary.tables(filing, previous));
        boolean generic = primary instanceof GenericLayout;
        boolean printsProjects = template == Template.HEBEI_PROJECT || generic;
        boolean printsFunds = template == Template.HUNAN_APPENDIX || generic;
        if (!printsProjects) {
            grids.addAll(GenericLayout.projectSheets(filing, previous));
        }
        if (!printsFunds) {
            grids.addAll(GenericLayout.fundSheets(filing, previous));
        }
        if (previous.present() && !generic) {
            grids.add(YearOverYearSheet.grid(filing, previous));
        }
        if (grids.isEmpty()) {
            grids.add(new GridBuilder("说明", List.of(60))
                    .row().wide(filing.year() + "年" + filing.department() + "绩效目标表", CellStyle.TITLE)
                    .row().wide("本文件没有可以列成表格的内容（部门整体、项目、专项资金都未填写）。", CellStyle.TEXT)
                    .build());
        }
        return grids;
    }
}
