package io.jixiao.history;

/** Why two tables or two indicators of consecutive years are taken to be the same (SPEC §6). */
public enum MatchBasis {
    /** The same 项目编码. */
    CODE(Confidence.CERTAIN),
    /** 项目编码 that differ only in the year written in them ({@code 2025-NY-001} → {@code 2026-NY-001}). */
    CODE_YEAR(Confidence.HIGH),
    /** The same name (a project without a code, a spending direction, 部门整体; an indicator's 二级 + 三级). */
    NAME(Confidence.CERTAIN),
    /** The same name, but the two projects carry different codes. */
    NAME_NEW_CODE(Confidence.HIGH),
    /** Names that differ only in the year written in them ({@code 2025年…专项} → {@code 2026年…专项}). */
    NAME_YEAR(Confidence.HIGH),
    /** The same 指标编号. */
    ID(Confidence.CERTAIN),
    /** The same 三级指标 filed under another 二级指标. */
    MOVED(Confidence.HIGH),
    /** A similar 三级指标 in the same 二级指标, the other name gone: a rename. */
    SIMILAR(Confidence.LOW);

    private final Confidence confidence;

    MatchBasis(Confidence confidence) {
        this.confidence = confidence;
    }

    /** The confidence of a match on this basis; a {@link #SIMILAR} match is rated by its similarity. */
    Confidence confidence() {
        return confidence;
    }

    /** The id used in message keys: {@code code-year} for {@link #CODE_YEAR}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
