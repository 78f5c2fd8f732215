package io.jixiao.rules;

import io.jixiao.model.TaxonomyProfile;

import java.util.List;
import java.util.Optional;

/**
 * The filing's own names for a category. Suggestions must use the names of the filing's profile: Hunan calls the
 * satisfaction category 社会公众及服务对象满意度指标, the national framework 服务对象满意度指标.
 */
final class ProfileCategories {

    private ProfileCategories() {
    }

    /** The profile's first 二级指标 of that category, such as 服务对象满意度指标 for {@link Category#SATISFACTION}. */
    static Optional<String> level2(TaxonomyProfile profile, Category category) {
        return profile.levels().values().stream().flatMap(List::stream)
                .filter(name -> Category.of(name) == category).findFirst();
    }

    /** The profile's name for the category, or the common name when the profile has none. */
    static String level2OrDefault(TaxonomyProfile profile, Category category, String common) {
        return level2(profile, category).orElse(common);
    }
}
