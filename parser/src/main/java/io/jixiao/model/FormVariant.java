package io.jixiao.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local version of an official form (地方表样): the form as a finance bureau issues it, with some labels printed in
 * that bureau's wording (东莞's 本年度申请市财政预算资金（万元） where the national form prints 年度资金总额：) and, where
 * the bureau's form has them, the rows of its funding breakdown (四川's （一）财政拨款小计 …). A variant never takes a
 * place away from its form — it only words labels and may print parts the form itself lists in its extra section —
 * so it cannot lose a value. Variants are data in {@code format-spec/templates.yaml}, maintained once per bureau
 * rather than copied into every department's filing, which picks one with the key 地方表样.
 *
 * @param id          the id a filing writes under 地方表样 ({@code guangdong-dongguan})
 * @param name        the form as the bureau titles it
 * @param basis       the published table the wording is taken from
 * @param labels      label slot → the wording this variant prints (may hold {@link FormLabels#MONEY_UNIT})
 * @param parts       paths the variant prints beyond those of its form (its funding rows' keys)
 * @param fundingRows the rows of the funding breakdown the variant prints under 项目资金, in order; empty for the
 *                    form's own 年度资金总额 / 其中：财政拨款 / 其他资金
 */
public record FormVariant(String id, String name, String basis, Map<String, String> labels, List<List<String>> parts,
                          List<FundingRow> fundingRows) {

    public FormVariant {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        parts = parts.stream().map(List::copyOf).toList();
        fundingRows = List.copyOf(fundingRows);
    }

    /**
     * One row of a local form's funding breakdown: the label the form prints and the key of a project, as a path
     * below the project ({@code 资金来源/一般公共预算}), whose amount it shows.
     *
     * @param label the label as printed (may hold {@link FormLabels#MONEY_UNIT})
     * @param path  keys below a project
     */
    public record FundingRow(String label, List<String> path) {
        public FundingRow {
            path = List.copyOf(path);
        }
    }
}
