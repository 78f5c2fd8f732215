package io.jixiao.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Taxonomy profiles")
class TaxonomyProfileTest {

    @Test
    @DisplayName("every packaged profile loads and names itself by its id")
    void allLoad() {
        for (String id : TaxonomyProfile.IDS) {
            TaxonomyProfile profile = TaxonomyProfile.load(id).orElseThrow();
            assertEquals(id, profile.id());
            assertTrue(profile.levels().size() >= 2);
        }
        assertTrue(TaxonomyProfile.load("no-such-profile").isEmpty());
    }

    @Test
    @DisplayName("national 2020 puts 成本 under 产出; 财预〔2021〕101号 makes 成本 a first level")
    void costPlacement() {
        TaxonomyProfile national = TaxonomyProfile.load("national-2020").orElseThrow();
        assertEquals(Optional.of("产出指标"), national.parentOf("成本指标"));
        TaxonomyProfile mof = TaxonomyProfile.load("mof-2021-101").orElseThrow();
        assertEquals(Optional.of("成本指标"), mof.level1("成本"));
        assertEquals(Optional.of("成本指标"), mof.parentOf("经济成本指标"));
    }

    @Test
    @DisplayName("Hunan files satisfaction under 效益, and names are matched with or without 指标 and by synonym")
    void hunanSatisfaction() {
        TaxonomyProfile hunan = TaxonomyProfile.load("hunan").orElseThrow();
        assertEquals(Optional.of("社会公众及服务对象满意度指标"), hunan.level2("服务对象满意度"));
        assertEquals(Optional.of("效益指标"), hunan.parentOf("社会公众及服务对象满意度指标"));
        assertEquals(Optional.of("可持续影响指标"), hunan.level2("可持续影响  指标"));
        assertTrue(hunan.level1("满意度指标").isEmpty());
    }
}
