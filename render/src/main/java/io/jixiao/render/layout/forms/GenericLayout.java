package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.TemplateForm;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layout;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.IndicatorBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The default layout for a filing that declares no template: 部门整体 with whichever parts it has, one sheet per
 * project (项目1, 项目2 …), 专项资金汇总 and one sheet per spending direction (支出方向1 …). The summary and
 * direction tables are the Hunan forms without the 附表 mark, since those are the only official forms for them.
 */
public final class GenericLayout implements Layout {

    @Override
    public List<Grid> tables(Filing filing) {
        return tables(filing, PreviousYear.NONE);
    }

    /** The generic tables, with 上年指标值 beside 指标值 when last year's filing is known. */
    @Override
    public List<Grid> tables(Filing filing, PreviousYear previous) {
        List<Grid> grids = new ArrayList<>();
        if (filing.disclosure() != null) {
            grids.add(GenericDisclosureSheet.grid(filing));
        }
        grids.addAll(sheetsOf(filing, Set.copyOf(TemplateForm.TABLES), null, previous));
        return grids;
    }

    /**
     * The generic tables of the given parts of the filing (top-level keys: 部门整体, 项目, 专项资金汇总, 支出方向), in
     * that order: also how another template prints a table its form does not have. Their indicator tables show
     * 上年指标值 with ▲ ▼ when last year's filing is known, whichever template they complete.
     *
     * @param mark a line above each title saying why the table is printed this way, or null
     */
    public static List<Grid> sheetsOf(Filing filing, Set<String> tables, String mark, PreviousYear previous) {
        List<Grid> grids = new ArrayList<>();
        if (tables.contains(Keys.DEPARTMENT) && filing.departmentTable() != null) {
            grids.add(GenericDepartmentSheet.grid(filing, mark, previous));
        }
        if (tables.contains(Keys.PROJECTS)) {
            for (int i = 0; i < filing.projects().size(); i++) {
                grids.add(GenericProjectSheet.grid(filing, filing.projects().get(i), "项目" + (i + 1), mark,
                        previous));
            }
        }
        if (tables.contains(Keys.FUND_SUMMARY) && filing.fundSummary() != null) {
            grids.add(HunanFundSummarySheet.grid(filing, "专项资金汇总", mark));
        }
        if (tables.contains(Keys.SPENDING_DIRECTIONS)) {
            for (int i = 0; i < filing.spendingDirections().size(); i++) {
                var direction = filing.spendingDirections().get(i);
                grids.add(HunanDirectionSheet.grid(filing, direction, "支出方向" + (i + 1), mark,
                        IndicatorBlock.generic(direction.indicators(), previous)));
            }
        }
        return grids;
    }
}
