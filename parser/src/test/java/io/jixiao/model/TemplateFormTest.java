package io.jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each template's form has a place for ({@code format-spec/templates.yaml}): every path names a real part of
 * the filing, and the first version's templates say what their layouts really leave out — the parts issue 9 found
 * dropped without a word.
 */
@DisplayName("What each template's form has a place for")
class TemplateFormTest {

    private static final FilingSchema SCHEMA = FilingSchema.get();

    @Test
    @DisplayName("every template has its form, and every path in templates.yaml names a part of the schema")
    void pathsNameTheSchema() {
        List<String> problems = new ArrayList<>();
        for (Template template : Template.values()) {
            TemplateForm form = template.form();
            assertEquals(template, form.template());
            assertFalse(form.name().isBlank());
            List<List<String>> paths = new ArrayList<>(form.parts());
            paths.addAll(form.excluded());
            for (List<String> path : paths) {
                if (!(path.equals(List.of(TemplateForm.ANY)) || names(path))) {
                    problems.add(template.id() + ": " + String.join("/", path));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("every 地方表样 of templates.yaml is in the schema, tied to its own template, its rows naming amounts")
    void localFormsAgreeWithTheSchema() {
        JsonNode root = SCHEMA.root();
        List<String> inSchema = new ArrayList<>();
        root.at("/properties/" + Keys.FORM_VARIANT + "/enum").forEach(n -> inSchema.add(n.asText()));
        List<String> declared = new ArrayList<>();
        java.util.Map<String, String> tiedTo = new java.util.HashMap<>();
        root.path("allOf").forEach(condition -> {
            JsonNode then = condition.path("then");
            String template = then.has("anyOf") ? Template.GENERIC.id()
                    : then.at("/properties/" + Keys.TEMPLATE + "/const").asText();
            condition.at("/if/properties/" + Keys.FORM_VARIANT + "/enum").forEach(n -> tiedTo.put(n.asText(), template));
        });
        ProjectTable empty = new ProjectTable("/项目/0", null, null, null, null, "x", null, null, null, null,
                List.of(), null, List.of(), null, null, null, null, List.of(), null, null, null, null);
        for (Template template : Template.values()) {
            for (FormVariant variant : template.form().variants()) {
                declared.add(variant.id());
                assertEquals(template.id(), tiedTo.get(variant.id()), variant.id() + " is tied to its template");
                for (String slot : variant.labels().keySet()) {
                    assertTrue(template.form().labels().containsKey(slot), variant.id() + " " + slot);
                }
                for (List<String> part : variant.parts()) {
                    assertTrue(names(part), variant.id() + ": " + String.join("/", part));
                }
                variant.fundingRows().forEach(row -> empty.amountAt(row.path()));
                TemplateForm local = template.form().localised(variant.id());
                variant.parts().forEach(part -> assertTrue(local.hasPlaceFor("/" + String.join("/", part)
                        .replace("*", "0")), variant.id() + " places " + part));
            }
        }
        assertEquals(declared.stream().sorted().toList(), inSchema.stream().sorted().toList());
        assertEquals(inSchema.size(), tiedTo.size(), "each 地方表样 is tied to exactly one template");
        assertFalse(Template.NATIONAL_2015.form().hasPlaceFor("/项目/0/资金来源/一般公共预算"),
                "the national form itself lists 资金来源 apart");
    }

    @Test
    @DisplayName("a 地方表样 written with a template it is not a version of is refused, with or without 模板")
    void localFormNeedsItsTemplate() {
        String head = "格式版本: 2\n部门名称: 某局\n年度: 2024\n金额单位: 万元\n";
        for (String wrong : List.of("模板: hebei-project\n地方表样: anhui-jinan\n", "地方表样: sichuan-project\n",
                "模板: national-2015\n地方表样: shanghai-project\n")) {
            var result = new io.jixiao.parser.FilingParser().parse(java.nio.file.Path.of("x.yaml"),
                    (head + wrong).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(result.findings().stream().anyMatch(f -> f.severity() == io.jixiao.finding.Severity.ERROR),
                    wrong + " " + result.findings());
        }
        for (String right : List.of("模板: national-2015\n地方表样: anhui-jinan\n", "地方表样: sichuan-export\n",
                "模板: generic\n地方表样: ningxia-approval\n")) {
            var result = new io.jixiao.parser.FilingParser().parse(java.nio.file.Path.of("x.yaml"),
                    (head + right).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(result.findings().stream().noneMatch(f -> f.severity() == io.jixiao.finding.Severity.ERROR),
                    right + " " + result.findings());
        }
    }

    /** Whether the path follows properties, list items and keyed maps of the schema from its top. */
    private static boolean names(List<String> path) {
        String at = "";
        for (String key : path) {
            JsonNode node = SCHEMA.root().at(SCHEMA.resolve(at));
            if (node.has("items") && key.equals(TemplateForm.ANY)) {
                at = SCHEMA.resolve(at + "/items");
                continue;
            }
            if (node.has("then")) {
                at = SCHEMA.resolve(at + "/then");
                node = SCHEMA.root().at(at);
            }
            if (key.equals(TemplateForm.ANY) && (node.has("patternProperties") || node.has("additionalProperties")
                    && node.get("additionalProperties").isObject() || node.path("properties").size() > 0)) {
                return true;
            }
            if (!node.path("properties").has(key)) {
                return false;
            }
            at = SCHEMA.resolve(at + "/properties/" + key);
        }
        return true;
    }

    @Test
    @DisplayName("hebei-project's project table has no column for 标准值 or 历史值")
    void hebei() {
        TemplateForm hebei = Template.HEBEI_PROJECT.form();
        assertTrue(hebei.hasPlaceFor("/项目/2/绩效指标/0/指标解释"));
        assertFalse(hebei.hasPlaceFor("/项目/2/绩效指标/0/标准值/规划值"));
        assertFalse(hebei.hasPlaceFor("/项目/2/绩效指标/0/历史值/上年值"));
        assertFalse(hebei.hasPlaceFor("/专项资金汇总/合计"));
    }

    @Test
    @DisplayName("hunan-appendix has no place for 整体绩效目标, 备注, 指标解释 or a split of 项目支出")
    void hunan() {
        TemplateForm hunan = Template.HUNAN_APPENDIX.form();
        assertFalse(hunan.hasPlaceFor("/部门整体/整体绩效目标/年度目标"));
        assertFalse(hunan.hasPlaceFor("/部门整体/备注"));
        assertFalse(hunan.hasPlaceFor("/部门整体/年度绩效指标/3/指标解释"));
        assertTrue(hunan.hasPlaceFor("/部门整体/年度预算申请/按支出性质分/项目支出"));
        assertTrue(hunan.hasPlaceFor("/部门整体/年度预算申请/按支出性质分/项目支出/合计"));
        assertFalse(hunan.hasPlaceFor("/部门整体/年度预算申请/按支出性质分/项目支出/专户资金"));
        assertTrue(hunan.hasPlaceFor("/支出方向/0/支出明细/明细/2/测算说明"));
    }

    @Test
    @DisplayName("hubei-overall has no place for 年度预算申请, 年度重点工作计划 or 年度绩效指标")
    void hubei() {
        TemplateForm hubei = Template.HUBEI_OVERALL.form();
        assertFalse(hubei.hasPlaceFor("/部门整体/年度预算申请/资金总额"));
        assertFalse(hubei.hasPlaceFor("/部门整体/年度重点工作计划/0/事项"));
        assertFalse(hubei.hasPlaceFor("/部门整体/年度绩效指标/0/指标值"));
        assertTrue(hubei.hasPlaceFor("/部门整体/年度绩效目标/1/绩效指标/0/历史值/2019"));
        assertFalse(hubei.hasPlaceFor("/部门整体/年度绩效目标/1/绩效指标/0/历史值/上年值"));
        assertFalse(hubei.hasPlaceFor("/填报信息/单位负责人"));
    }

    @Test
    @DisplayName("the filing's identity has a place on every form")
    void identityEverywhere() {
        for (Template template : Template.values()) {
            for (String key : List.of(Keys.FORMAT_VERSION, Keys.DEPARTMENT_NAME, Keys.YEAR, Keys.MONEY_UNIT)) {
                assertTrue(template.form().hasPlaceFor("/" + key), template.id() + " " + key);
            }
        }
    }

    @Test
    @DisplayName("deciding each pointer shape once answers as asking for every pointer, list indexes and digit keys too")
    void placeFinderAgreesWithHasPlaceFor() {
        List<String> pointers = new ArrayList<>();
        for (Template template : Template.values()) {
            for (List<String> path : template.form().parts()) {
                for (String index : List.of("0", "7", "12")) {
                    String pointer = "/" + String.join("/", path.stream()
                            .map(t -> t.equals(TemplateForm.ANY) ? index : t).toList());
                    pointers.add(pointer);
                    pointers.add(pointer + "/标准值");
                    pointers.add(pointer + "/" + index + "/指标值");
                }
            }
        }
        pointers.addAll(List.of("/项目/0/资金来源/一般公共预算", "/项目/2/绩效指标/0/标准值/规划值", "/专项资金汇总/合计", "",
                "/", "/项目/", "/部门整体/年度绩效指标/3/指标解释", "/a~1b/0", "/项目/01/中期"));
        for (Template template : Template.values()) {
            List<TemplateForm> forms = new ArrayList<>(List.of(template.form()));
            template.form().variants().forEach(v -> forms.add(template.form().localised(v.id())));
            for (TemplateForm form : forms) {
                java.util.function.Predicate<String> placed = form.placeFinder();
                for (String pointer : pointers) {
                    assertEquals(form.hasPlaceFor(pointer), placed.test(pointer), template.id() + " " + pointer);
                }
            }
        }
        TemplateForm national = Template.NATIONAL_2015.form();
        TemplateForm digitKey = new TemplateForm(national.template(), national.name(), national.basis(),
                List.of(List.of("年度值", "2023")), List.of(), national.labels(), List.of());
        java.util.function.Predicate<String> placed = digitKey.placeFinder();
        assertTrue(placed.test("/年度值/2023"));
        assertFalse(placed.test("/年度值/2024"), "a key of digits in a form's path is not taken for a list index");
    }
}
