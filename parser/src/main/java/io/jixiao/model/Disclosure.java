package io.jixiao.model;

/**
 * 公开说明: what a budget-disclosure page says above its tables ("关于……绩效目标公开情况的说明").
 *
 * @param pointer JSON pointer of the note
 */
public record Disclosure(String pointer, String pageTitle, String title, String text) {
}
