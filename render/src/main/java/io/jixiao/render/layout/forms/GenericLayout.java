package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layout;
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
        List<Grid> grids = new ArrayList<>();
        if (filing.departmentTable() != null) {
            grids.add(GenericDepartmentSheet.grid(filing));
        }
        grids.addAll(projectSheets(filing));
        grids.addAll(fundSheets(filing));
        return grids;
    }

    /** One generic project table per project, named 项目1, 项目2 …; also how other templates print projects. */
    public static List<Grid> projectSheets(Filing filing) {
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < filing.projects().size(); i++) {
            grids.add(GenericProjectSheet.grid(filing, filing.projects().get(i), "项目" + (i + 1)));
        }
        return grids;
    }

    /**
     * 专项资金汇总 and one table per spending direction (支出方向1 …) with every indicator field that was filed; also
     * how other templates print special funds.
     */
    public static List<Grid> fundSheets(Filing filing) {
        List<Grid> grids = new ArrayList<>();
        if (filing.fundSummary() != null) {
            grids.add(HunanFundSummarySheet.grid(filing, "专项资金汇总", null));
        }
        for (int i = 0; i < filing.spendingDirections().size(); i++) {
            var direction = filing.spendingDirections().get(i);
            grids.add(HunanDirectionSheet.grid(filing, direction, "支出方向" + (i + 1), null,
                    IndicatorBlock.generic(direction.indicators())));
        }
        return grids;
    }
}
