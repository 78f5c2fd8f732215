package io.jixiao.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A local version of an official form (地方表样): the same rows and columns, some labels printed in the wording of
 * the finance bureau that issues it (东莞's 本年度申请市财政预算资金（万元） where the national form prints
 * 年度资金总额：). A variant renames labels and nothing else, so it cannot lose a value; which labels a form lets a
 * variant rename, and the variants themselves, are data in {@code format-spec/templates.yaml}, maintained once per
 * bureau rather than copied into every department's filing, which picks one with the key 地方表样.
 *
 * @param id     the id a filing writes under 地方表样 ({@code guangdong-dongguan})
 * @param name   the form as the bureau titles it
 * @param basis  the published table the wording is taken from
 * @param labels label slot → the wording this variant prints (may hold {@link FormLabels#MONEY_UNIT})
 */
public record FormVariant(String id, String name, String basis, Map<String, String> labels) {

    public FormVariant {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
