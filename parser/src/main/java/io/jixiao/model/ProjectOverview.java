package io.jixiao.model;

/**
 * 项目概况: the paragraphs that describe a project, printed above the table (Anhui's (1)项目概述 … (7)绩效目标) or as
 * rows of it (Shanghai's 立项依据, 项目设立的必要性, 保证项目实施的制度、措施). Each is text as filed; the table's own cells
 * (实施单位, 项目实施期, 绩效目标) are on the {@link ProjectTable}.
 *
 * @param pointer JSON pointer of the overview
 */
public record ProjectOverview(String pointer, String heading, String summary, String basis, String feasibility,
                              String necessity, String implementer, String content, String budget, Goals goals,
                              String safeguards, String unitFunctions) {
}
