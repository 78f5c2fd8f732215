package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.Submission;
import io.jixiao.model.Template;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FORM-SIGNOFF: the sign-off of a form left blank. The Hunan forms (附表1–3) print 填报单位（盖章）above the table
 * and 填表人 and 联系电话 under it; the Hubei department form prints 填报人 and 联系电话. A reviewer at the finance
 * bureau needs to know whose submission it is and whom to call about it: 石峰区委统战部 2023 left 填表人 and 联系电话
 * blank, 石峰区政协 2023 the 填报单位. 单位负责人签字 is signed by hand on the printed form, so its absence from the
 * file is not reported.
 *
 * <p>Two cases: a sign-off key written but left empty ({@code 填表人: ""}), under any template, since the printed
 * form then shows an empty box; and a key the filing's template prints but the filing does not have. Templates
 * whose forms print no sign-off (Shandong, Hebei, generic) are never asked for one.
 */
@Checks(Diagnostic.FORM_SIGNOFF)
final class SignOffRule implements Rule {

    /** The sign-off each template's forms print and a reviewer needs; the others print none. */
    private static final Map<Template, Set<String>> PRINTED = Map.of(
            Template.HUNAN_APPENDIX, Set.of(Keys.Submission.FILING_UNIT, Keys.Submission.PREPARER,
                    Keys.Submission.PHONE),
            Template.HUBEI_OVERALL, Set.of(Keys.Submission.PREPARER, Keys.Submission.PHONE));

    @Override
    public void check(RuleContext context) {
        Filing filing = context.filing();
        Submission submission = filing.submission() == null ? Submission.NONE : filing.submission();
        Map<String, String> written = new LinkedHashMap<>();
        written.put(Keys.Submission.FILING_UNIT, submission.filingUnit());
        written.put(Keys.Submission.UNIT_HEAD, submission.unitHead());
        written.put(Keys.Submission.PREPARER, submission.preparer());
        written.put(Keys.Submission.PHONE, submission.phone());
        String block = Pointers.of(Keys.SUBMISSION);
        Set<String> printed = PRINTED.getOrDefault(filing.template(), Set.of());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> key : written.entrySet()) {
            if (key.getValue() != null && key.getValue().isBlank()) {
                context.report(Pointers.child(block, key.getKey()), "blank", key.getKey());
            } else if (key.getValue() == null && printed.contains(key.getKey())) {
                missing.add(key.getKey());
            }
        }
        if (!missing.isEmpty()) {
            String at = submission == Submission.NONE ? Pointers.of(Keys.TEMPLATE) : block;
            context.report(at, "missing", missing, filing.template().id());
        }
    }
}
