package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.read.Pointers;

/**
 * TAXONOMY-MISFILED: every framework has its own category for satisfaction (服务对象满意度指标; in Hunan
 * 社会公众及服务对象满意度指标), and the evaluation scores it separately — under 财预〔2020〕10号 it carries its own
 * weight. An indicator whose name says it measures satisfaction ({@code 来访人员满意率}) filed under 社会效益 or 质量
 * is counted in the wrong category, and the satisfaction category looks empty. The message names the profile's
 * satisfaction category and its 一级指标.
 */
@Checks(Diagnostic.TAXONOMY_MISFILED)
final class MisfiledSatisfactionRule implements Rule {

    @Override
    public void check(RuleContext context) {
        TaxonomyProfile profile = context.profile();
        String satisfaction = ProfileCategories.level2OrDefault(profile, Category.SATISFACTION, "服务对象满意度指标");
        String parent = profile.parentOf(satisfaction).orElse("满意度指标");
        for (Indicator indicator : context.indicators()) {
            String level2 = indicator.level2();
            if (level2 != null && !level2.isBlank() && IndicatorNames.measuresSatisfaction(indicator.name())
                    && Category.of(level2) != Category.SATISFACTION) {
                context.report(Pointers.child(indicator.pointer(), Keys.Indicator.LEVEL2), "satisfaction",
                        indicator.name(), level2.strip(), satisfaction, parent);
            }
        }
    }
}
