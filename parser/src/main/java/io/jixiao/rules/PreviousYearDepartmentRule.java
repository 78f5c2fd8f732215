package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;

/**
 * PLACE-DEPARTMENT: a department is a folder, and its filings name the same department year after year. When the
 * previous year's filing in the same folder names another department, this file was most likely copied from another
 * department's folder and its 部门名称 left as it was — the tables would be published under the wrong name. A
 * warning, not an error: departments are renamed in institutional reforms (机构改革), and the year after a rename
 * legitimately differs. Names are compared without white space.
 */
@Checks(Diagnostic.PLACE_DEPARTMENT)
final class PreviousYearDepartmentRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Filing filing = context.filing();
        context.previousYear().filter(previous -> !same(previous.department(), filing.department()))
                .ifPresent(previous -> context.report(Pointers.of(Keys.DEPARTMENT_NAME), "previousYear",
                        filing.department(), previous.department(), previous.file().getFileName().toString()));
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }
}
