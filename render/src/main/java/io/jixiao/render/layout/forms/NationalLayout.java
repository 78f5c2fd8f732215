package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The national forms: the 部门整体支出绩效目标申报表 and one 项目支出绩效目标申报表 per project, of 财预〔2015〕88号
 * ({@link #national2015()}) or with the 财预〔2021〕101号 indicator framework, 成本指标 first
 * ({@link #national2021()}). The national documents have no forms for special funds; a filing's 专项资金 tables
 * follow in the generic layout, marked as not on this form.
 *
 * <p>Both forms are reconstructed from published tables that use them (see {@link NationalProjectSheet} and
 * {@link NationalDepartmentSheet}): the MoF annexes themselves could not be consulted.
 */
public final class NationalLayout implements Layout {

    private final boolean costFirst;

    private NationalLayout(boolean costFirst) {
        this.costFirst = costFirst;
    }

    /** 财预〔2015〕88号. */
    public static NationalLayout national2015() {
        return new NationalLayout(false);
    }

    /** 财预〔2021〕101号: 成本指标 first, 分值 and 指标解释 where filed. */
    public static NationalLayout national2021() {
        return new NationalLayout(true);
    }

    @Override
    public List<Grid> tables(Filing filing) {
        List<Grid> grids = new ArrayList<>();
        boolean department = filing.departmentTable() != null;
        if (department) {
            grids.add(NationalDepartmentSheet.grid(filing, costFirst));
        }
        for (int i = 0; i < filing.projects().size(); i++) {
            // Without a department form, each project form carries the filing's own sign-off.
            grids.add(NationalProjectSheet.grid(filing, filing.projects().get(i), "项目" + (i + 1), costFirst,
                    !department));
        }
        return grids;
    }
}
