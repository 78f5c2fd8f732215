package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hunan appendix forms (湖南，如石峰): 附表1 部门整体支出绩效目标表, 附表2 专项资金绩效目标汇总表 and one 附表3
 * 支出方向绩效目标表 per spending direction, named 附表3-1, 附表3-2 … in filing order. A form whose part the filing
 * does not have is not printed.
 */
public final class HunanAppendixLayout implements Layout {

    @Override
    public List<Grid> tables(Filing filing) {
        List<Grid> grids = new ArrayList<>();
        if (filing.departmentTable() != null) {
            grids.add(HunanDepartmentSheet.grid(filing));
        }
        if (filing.fundSummary() != null) {
            grids.add(HunanFundSummarySheet.grid(filing, "附表2", "附表2"));
        }
        for (int i = 0; i < filing.spendingDirections().size(); i++) {
            grids.add(HunanDirectionSheet.grid(filing, filing.spendingDirections().get(i), "附表3-" + (i + 1), "附表3",
                    HunanDirectionSheet.indicatorColumns()));
        }
        return grids;
    }
}
