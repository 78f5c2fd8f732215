package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.ProjectTable;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * 河北（山海关）部门整体及预算项目绩效目标: the narrative part first (第一部分 部门整体绩效目标), then one table per
 * project (第二部分 预算项目绩效目标), in filing order. A filing with neither still gets the narrative sheet with its
 * title, so the workbook is never empty.
 */
public final class HebeiProjectLayout implements Layout {

    @Override
    public List<Grid> tables(Filing filing) {
        List<Grid> grids = new ArrayList<>();
        List<ProjectTable> projects = filing.projects();
        if (filing.departmentTable() != null || projects.isEmpty()) {
            grids.add(HebeiNarrativeSheet.build(filing));
        }
        for (int i = 0; i < projects.size(); i++) {
            grids.add(HebeiProjectSheet.build(filing, projects.get(i), i + 1));
        }
        return grids;
    }
}
