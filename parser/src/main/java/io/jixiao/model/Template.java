package io.jixiao.model;

import java.util.Optional;

/**
 * The official layout a filing is rendered in. Each of the five seed tables is one of these, and the two national
 * forms are first-class templates; a filing that declares none gets {@link #GENERIC}. What each form has a place
 * for is data ({@code format-spec/templates.yaml}, see {@link #form()}).
 */
public enum Template {
    GENERIC("generic"),
    /** 山东：按职责编制的部门整体绩效目标表（职责 → 职责目标 → 指标，含标准值与历史值）. */
    SHANDONG_DUTY("shandong-duty"),
    /** 河北：部门整体绩效目标叙述 + 每个项目一张绩效目标表. */
    HEBEI_PROJECT("hebei-project"),
    /** 湖南：附表1 部门整体、附表2 专项资金汇总、附表3 支出方向. */
    HUNAN_APPENDIX("hunan-appendix"),
    /** 湖北：部门整体支出绩效目标表（资金情况、长期与年度目标的指标表）. */
    HUBEI_OVERALL("hubei-overall"),
    /** 财预〔2015〕88号：项目支出绩效目标申报表（中期与年度）、部门整体支出绩效目标申报表. */
    NATIONAL_2015("national-2015"),
    /** 财预〔2021〕101号：同上，成本指标为第一个一级指标. */
    NATIONAL_2021("national-2021"),
    /** 重庆：项目支出绩效目标审批表（县级；101号指标框架，带分值、指标解释与预算执行）. */
    CHONGQING_APPROVAL("chongqing-approval");

    private final String id;

    Template(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** What the template's form has a place for. */
    public TemplateForm form() {
        return TemplateForm.of(this);
    }

    public static Optional<Template> fromId(String id) {
        for (Template t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
