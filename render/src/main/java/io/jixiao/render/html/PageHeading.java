package io.jixiao.render.html;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.value.MoneyUnit;

import java.util.Objects;

/**
 * What the top of a filing's page says about the filing, kept apart from {@link Filing} so a page can be rendered
 * (and tested) from grids alone.
 *
 * @param department the department's full name as filed
 * @param year       the fiscal year
 * @param template   the official layout the tables follow
 * @param moneyUnit  the unit every amount on the page is written in
 */
public record PageHeading(String department, int year, Template template, MoneyUnit moneyUnit) {

    public PageHeading {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(moneyUnit, "moneyUnit");
    }

    public static PageHeading of(Filing filing) {
        return new PageHeading(filing.department(), filing.year(), filing.template(), filing.moneyUnit());
    }

    /** The layout as a clerk knows it: the province and the form, with the template id a filing declares. */
    public String templateLabel(Messages messages) {
        return messages.format("render.template.named", messages.format("render.template." + template.id()),
                template.id());
    }
}
