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

    @Test
    @DisplayName("an old id loads its form's profile and keeps the name it was given")
    void aliases() {
        TaxonomyProfile old = TaxonomyProfile.load("national-2020").orElseThrow();
        TaxonomyProfile form = TaxonomyProfile.load("national-2015").orElseThrow();
        assertEquals("national-2020", old.id());
        assertEquals(form.levels(), old.levels());
        assertEquals("national-2021", TaxonomyProfile.formOf("mof-2021-101"));
        assertEquals("hunan-appendix", TaxonomyProfile.formOf("hunan"));
        assertEquals(TaxonomyProfile.load("hubei-overall").orElseThrow().levels(),
                TaxonomyProfile.load("hubei").orElseThrow().levels());
    }

    @Test
    @DisplayName("bracketed notes, score ranges and (必填) marks do not count when names are compared")
    void bracketedNotes() {
        TaxonomyProfile national = TaxonomyProfile.load("national-2015").orElseThrow();
        assertEquals(Optional.of("数量指标"), national.level2("数量指标（或建筑规模指标）"));
        assertEquals(Optional.of("成本指标"), national.level2("成本指标(必填硬性指标)"));
        assertEquals(Optional.of("时效指标"), national.level2("时效指标(必填)"));
        TaxonomyProfile mof = TaxonomyProfile.load("national-2021").orElseThrow();
        assertEquals(Optional.of("成本指标"), mof.level1("成本指标(0-20)分"));
        assertEquals(Optional.of("产出指标"), mof.level1("产出指标 (40-50)分"));
        assertEquals("预算控制指标", TaxonomyProfile.comparable("预算(或投资规模)控制指标"));
    }

    @Test
    @DisplayName("或, 及 and 、 do not count: 社会公众或服务对象满意度指标 is 社会公众及服务对象满意度指标")
    void joiningWords() {
        TaxonomyProfile hunan = TaxonomyProfile.load("hunan-appendix").orElseThrow();
        assertEquals(Optional.of("社会公众及服务对象满意度指标"), hunan.level2("社会公众或服务对象满意度指标"));
        TaxonomyProfile dongguan = TaxonomyProfile.load("dongguan-approval").orElseThrow();
        assertEquals(Optional.of("社会、经济、生态效益指标"), dongguan.level2("社会、经济、生态效益 指标"));
        assertEquals(Optional.of("效果指标"), dongguan.parentOf("社会、经济、生态效益指标"));
        assertEquals(Optional.of("预算控制指标"), dongguan.level2("预算(或投资规模)控制指标"));
        assertEquals(Optional.of("时效指标"), dongguan.level2("时效指标(工期指标、形象进度指标)"));
    }

    @Test
    @DisplayName("forms' own first levels: Sichuan's 项目完成指标 and Dongguan's 预期产出指标, with the national names too")
    void provincialFirstLevels() {
        TaxonomyProfile sichuan = TaxonomyProfile.load("sichuan-project").orElseThrow();
        assertEquals(Optional.of("项目完成指标"), sichuan.level1("项目完成 指标"));
        assertEquals(Optional.of("项目完成指标"), sichuan.level1("产出指标"));
        assertEquals(Optional.of("服务对象满意度指标"), sichuan.level2("满意度指标"));
        assertEquals(Optional.of("满意度指标"), sichuan.level1("满意度指标"), "a second-level synonym stays second level");
        TaxonomyProfile anhui = TaxonomyProfile.load("anhui-project").orElseThrow();
        assertEquals(Optional.of("服务对象满意度指标"), anhui.level2("满意度指标"));
        TaxonomyProfile national = TaxonomyProfile.load("national-2015").orElseThrow();
        assertTrue(national.level2("满意度指标").isEmpty(), "nationally 满意度指标 is only a first level");
    }
}
