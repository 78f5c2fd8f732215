package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layout;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.IndicatorBlock;

import java.util.ArrayList;
import java.util.List;

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
        if (filing.departmentTable() != null) {
            grids.add(GenericDepartmentSheet.grid(filing, previous));
        }
        grids.addAll(projectSheets(filing, previous));
        grids.addAll(fundSheets(filing, previous));
        return grids;
    }

    public static List<Grid> projectSheets(Filing filing) {
        return projectSheets(filing, PreviousYear.NONE);
    }

    /** One generic project table per project, named 项目1, 项目2 …; also how other templates print projects. */
    public static List<Grid> projectSheets(Filing filing, PreviousYear previous) {
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < filing.projects().size(); i++) {
            grids.add(GenericProjectSheet.grid(filing, filing.projects().get(i), "项目" + (i + 1), previous));
        }
        return grids;
    }

    public static List<Grid> fundSheets(Filing filing) {
        return fundSheets(filing, PreviousYear.NONE);
    }

    /**
     * 专项资金汇总 and one table per spending direction (支出方向1 …) with every indicator field that was filed; also
     * how other templates print special funds.
     */
    public static List<Grid> fundSheets(Filing filing, PreviousYear previous) {
        List<Grid> grids = new ArrayList<>();
        if (filing.fundSummary() != null) {
            grids.add(HunanFundSummarySheet.grid(filing, "专项资金汇总", null));
        }
        for (int i = 0; i < filing.spendingDirections().size(); i++) {
            var direction = filing.spendingDirections().get(i);
            grids.add(HunanDirectionSheet.grid(filing, direction, "支出方向" + (i + 1), null,
                    IndicatorBlock.generic(direction.indicators(), previous)));
        }
        return grids;
    }
}
