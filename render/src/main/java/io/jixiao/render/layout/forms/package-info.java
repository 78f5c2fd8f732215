/**
 * The official forms, one class per printed form (山东 按职责, 河北 项目, 湖南 附表1–3, 湖北 部门整体) and the generic
 * tables for filings without a template, each reproducing its form from {@link io.jixiao.render.layout.blocks}.
 * The {@code *Layout} classes are the layouts of the templates: which forms a filing prints, in which order.
 */
package io.jixiao.render.layout.forms;
