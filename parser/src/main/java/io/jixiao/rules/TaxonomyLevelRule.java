package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.read.Pointers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * TAXONOMY-LEVEL: 一级指标 and 二级指标 are not free text — they come from the indicator framework the filing
 * declares in 指标体系 (财预〔2020〕10号附件 for the national framework, 财预〔2021〕101号 where 成本 is a first
 * level, the provincial forms where 满意度 sits under 效益). A name outside the framework, or a valid 二级指标 under
 * the wrong 一级指标 (服务对象满意度 under 效益 in the national framework), puts the indicator in the wrong row of the
 * printed table and in the wrong bucket of every summary. Names match with or without 指标 and through the
 * profile's synonyms; the message lists the valid names.
 */
@Checks(Diagnostic.TAXONOMY_LEVEL)
final class TaxonomyLevelRule implements Rule {

    @Override
    public void check(RuleContext context) {
        TaxonomyProfile profile = context.profile();
        for (Indicator indicator : context.indicators()) {
            String level1 = written(indicator.level1());
            String level2 = written(indicator.level2());
            Optional<String> canonical1 = level1 == null ? Optional.empty() : profile.level1(level1);
            if (level1 != null && canonical1.isEmpty()) {
                context.report(Pointers.child(indicator.pointer(), Keys.Indicator.LEVEL1), "level1", level1,
                        profile.name(), list(profile.levels().keySet()), profile.id());
            }
            if (level2 != null) {
                checkLevel2(context, indicator, level1, canonical1, level2);
            }
        }
    }

    private static void checkLevel2(RuleContext context, Indicator indicator, String level1,
                                    Optional<String> canonical1, String level2) {
        TaxonomyProfile profile = context.profile();
        Optional<String> canonical2 = profile.level2(level2);
        String at = Pointers.child(indicator.pointer(), Keys.Indicator.LEVEL2);
        if (canonical2.isPresent()) {
            String parent = profile.parentOf(canonical2.get()).orElseThrow();
            if (canonical1.isPresent() && !canonical1.get().equals(parent)) {
                context.report(Pointers.child(indicator.pointer(), Keys.Indicator.LEVEL1), "parent", level2,
                        profile.name(), parent, profile.id(), level1);
            }
            return;
        }
        Optional<String> asLevel1 = profile.level1(level2);
        if (asLevel1.isPresent()) {
            context.report(at, "isLevel1", level2, profile.name(), list(profile.levels().get(asLevel1.get())),
                    profile.id());
        } else if (canonical1.isPresent()) {
            context.report(at, "level2Under", level2, profile.name(), list(profile.levels().get(canonical1.get())),
                    profile.id(), canonical1.get());
        } else {
            context.report(at, "level2", level2, profile.name(),
                    list(profile.levels().values().stream().flatMap(List::stream).toList()), profile.id());
        }
    }

    private static String written(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static List<String> list(Collection<String> names) {
        return List.copyOf(names);
    }
}
