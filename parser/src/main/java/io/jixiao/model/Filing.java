package io.jixiao.model;

import io.jixiao.value.MoneyUnit;

import java.nio.file.Path;
import java.util.List;

/**
 * One department's whole submission for one fiscal year: the department-wide table, project tables and
 * special-fund tables. Sections a template does not use are null (single tables) or empty (lists).
 *
 * @param file               where the filing was read from
 * @param profile            id of the declared indicator taxonomy profile, or null when the filing declares none
 *                           (the checker then uses its configured default, {@code national-2020} unless set)
 * @param departmentCode     部门编码, or null
 * @param disclosure         公开说明 above the tables, or null
 * @param projectListTitle   项目表标题 when all projects print as one list, or null
 * @param formVariant        地方表样: the id of the local version of the template's form whose labels the outputs
 *                           print ({@link TemplateForm#variants()}), or null for the form's own wording
 * @param values             every value as written, by pointer ({@link FiledValues#NONE} for a filing made in code)
 */
public record Filing(Path file, int formatVersion, String department, int year, Template template, String profile,
                     MoneyUnit moneyUnit, Submission submission, DepartmentTable departmentTable,
                     List<ProjectTable> projects, FundSummary fundSummary,
                     List<SpendingDirection> spendingDirections, String departmentCode, Disclosure disclosure,
                     String projectListTitle, String formVariant, FiledValues values) {

    public Filing {
        projects = List.copyOf(projects);
        spendingDirections = List.copyOf(spendingDirections);
        values = values == null ? FiledValues.NONE : values;
    }

    /** A filing made in code, without the values as written ({@link FiledValues#NONE}). */
    public Filing(Path file, int formatVersion, String department, int year, Template template, String profile,
                  MoneyUnit moneyUnit, Submission submission, DepartmentTable departmentTable,
                  List<ProjectTable> projects, FundSummary fundSummary, List<SpendingDirection> spendingDirections,
                  String departmentCode, Disclosure disclosure, String projectListTitle) {
        this(file, formatVersion, department, year, template, profile, moneyUnit, submission, departmentTable,
                projects, fundSummary, spendingDirections, departmentCode, disclosure, projectListTitle, null,
                FiledValues.NONE);
    }

    /**
     * The same filing rendered in another template (what a reviewer does to see it on another form), in that form's
     * own wording unless the local version named is one of that form's too.
     */
    public Filing withTemplate(Template other) {
        String variant = other.form().variant(formVariant).isPresent() ? formVariant : null;
        return new Filing(file, formatVersion, department, year, other, profile, moneyUnit, submission,
                departmentTable, projects, fundSummary, spendingDirections, departmentCode, disclosure,
                projectListTitle, variant, values);
    }

    /**
     * What the filing's form has a place for: its template's form, with the parts its 地方表样 adds (a local form that
     * prints the funding breakdown the national form lists in its extra section).
     */
    public TemplateForm form() {
        return template.form().localised(formVariant);
    }

    /** Every indicator of every table, in document order. */
    public List<Indicator> allIndicators() {
        List<Indicator> all = new java.util.ArrayList<>();
        if (departmentTable != null) {
            all.addAll(departmentTable.allIndicators());
        }
        projects.forEach(p -> {
            all.addAll(p.indicators());
            all.addAll(p.multiYearIndicators());
        });
        spendingDirections.forEach(d -> all.addAll(d.indicators()));
        return List.copyOf(all);
    }
}
