package io.jixiao.model;

import java.util.Optional;

/**
 * The official layout a filing is rendered in. Each of the five seed tables is one of these; a filing that declares
 * none gets {@link #GENERIC}.
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
    HUBEI_OVERALL("hubei-overall");

    private final String id;

    Template(String id) {
        this.id = id;
    }

    public String id() {
        return id;
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
