package io.jixiao.model;

import io.jixiao.value.Value;

/**
 * The head cells of a project form beyond name and code: who supervises and implements it (with codes), what kind
 * of project it is, how long it runs, what approved it, and its budget classification. Any part may be null.
 *
 * @param subtitle       副标题, the line under the title as printed ({@code ( 2024 年度)})
 * @param supervisor     主管部门
 * @param nature         项目属性 (新增 / 延续 / 常年 / 一次性 …), text or tick boxes
 * @param type           项目类型, text or tick boxes
 * @param duration       项目期 ({@code 3年})
 * @param period         项目实施期 (start and end)
 * @param budgetClass    财政资金预算分类 ({@code 一般公共预算})
 * @param functionCode   功能科目编码 ({@code 21305})
 */
public record ProjectDetails(String subtitle, String supervisor, String supervisorCode, String businessSupervisor,
                             String implementer, String implementerCode, Choice nature, Choice type,
                             String projectClass, String origin, Value duration, ProjectPeriod period,
                             String approval, String budgetClass, String functionCode, String functionName) {
}
