package io.jixiao.model;

import java.util.Map;

/**
 * The labels one filing's form prints where a local version may word them differently: the form's own wording
 * ({@code 栏目} of its template in {@code format-spec/templates.yaml}) unless the filing's 地方表样 words a label
 * otherwise. A layout asks by slot ({@code 年度资金总额}); a slot the form does not list is a layout bug and fails
 * at once, so the list in templates.yaml is always the whole set a variant may rename.
 *
 * @param form      slot → the wording of the form itself
 * @param variant   slot → the local wording, for the slots the variant renames
 * @param moneyUnit the filing's money unit as printed (万元), put in place of {@link #MONEY_UNIT}
 */
public record FormLabels(Map<String, String> form, Map<String, String> variant, String moneyUnit) {

    /** Stands for the filing's money unit in a label: {@code 本年度申请市财政预算资金（{金额单位}）}. */
    public static final String MONEY_UNIT = "{" + Keys.MONEY_UNIT + "}";

    public FormLabels {
        form = Map.copyOf(form);
        variant = Map.copyOf(variant);
    }

    /** The label printed in the slot. */
    public String of(String slot) {
        String national = form.get(slot);
        if (national == null) {
            throw new IllegalArgumentException("templates.yaml lists no label slot " + slot + " for this form");
        }
        return variant.getOrDefault(slot, national).replace(MONEY_UNIT, moneyUnit);
    }
}
