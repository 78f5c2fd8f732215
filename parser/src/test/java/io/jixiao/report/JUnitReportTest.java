package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The JUnit XML report")
class JUnitReportTest {

    @TempDir
    Path dir;

    private ReportFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ReportFixture(dir);
    }

    /** Parses the report with the JDK's DOM parser, refusing DTDs as any careful consumer would. */
    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Test cases by name. */
    private static Map<String, Element> testcases(Element suite) {
        Map<String, Element> cases = new LinkedHashMap<>();
        for (Element testcase : children(suite, "testcase")) {
            cases.put(testcase.getAttribute("name"), testcase);
        }
        return cases;
    }

    @Test
    @DisplayName("is one testsuite named jixiao with the jixiao and rule-set versions as properties")
    void suiteAndProperties() throws Exception {
        Element suite = parse(new JUnitReport(fixture.options()).bytes(fixture.check()));

        assertEquals("testsuite", suite.getTagName());
        assertEquals("jixiao", suite.getAttribute("name"));
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element property : children(child(suite, "properties"), "property")) {
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertEquals(Map.of("jixiao.version", "9.8.7-TEST", "jixiao.ruleSetVersion", "42"), properties);
    }

    @Test
    @DisplayName("has one testcase per filing, named by its path, its class the department folder")
    void oneTestcasePerFiling() throws Exception {
        Map<String, Element> cases = testcases(parse(new JUnitReport(fixture.options()).bytes(fixture.check())));

        assertEquals(List.of(ReportFixture.INVALID_PATH, ReportFixture.VALID_PATH, ReportFixture.EMPTY_PATH)
                .stream().sorted().toList(), new ArrayList<>(cases.keySet()));
        assertEquals("石峰区政协", cases.get(ReportFixture.VALID_PATH).getAttribute("classname"));
        assertEquals("临沂 统战部", cases.get(ReportFixture.INVALID_PATH).getAttribute("classname"));
        assertEquals(ReportFixture.VALID_PATH, cases.get(ReportFixture.VALID_PATH).getAttribute("file"));
    }

    @Test
    @DisplayName("fails a filing with errors, counting them and listing the printed findings")
    void failureForErrors() throws Exception {
        Map<String, Element> cases = testcases(parse(new JUnitReport(fixture.options()).bytes(fixture.check())));

        assertNull(child(cases.get(ReportFixture.VALID_PATH), "failure"), "the valid filing passes");
        Element failure = child(cases.get(ReportFixture.INVALID_PATH), "failure");
        assertEquals("1 个错误，0 个警告", failure.getAttribute("message"));
        assertEquals("error", failure.getAttribute("type"));
        String text = failure.getTextContent();
        assertTrue(text.contains("filings/临沂 统战部/2024.yaml:" + ReportFixture.INVALID_LINE
                + ":1: 错误[SCHEMA-UNKNOWN-KEY] "), text);
        assertTrue(text.contains("\n  ^\n"), "with the snippet and caret: " + text);
        assertTrue(child(cases.get(ReportFixture.EMPTY_PATH), "failure").getTextContent()
                .contains("错误[FILE-EMPTY]"));
    }

    @Test
    @DisplayName("keeps a message with <script>, commas and colons exactly, its line break as a space (the XML writer escapes)")
    void hostileMessage() throws Exception {
        byte[] xml = new JUnitReport(fixture.options()).bytes(fixture.check());
        String raw = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        Element failure = child(testcases(parse(xml)).get(ReportFixture.INVALID_PATH), "failure");

        assertTrue(failure.getTextContent().contains("「" + ReportFixture.HOSTILE_KEY.replace("\n", " ") + "」"),
                failure.getTextContent());
        assertTrue(!raw.contains("<script>") && raw.contains("&lt;script&gt;"), "escaped in the file");
    }

    @Test
    @DisplayName("passes a filing with only warnings, showing them as output, unless warnings fail")
    void warnings() throws Exception {
        CheckResult result = fixture.checkWithWarningAndInfo();

        Element lenient = testcases(parse(new JUnitReport(fixture.options()).bytes(result)))
                .get(ReportFixture.VALID_PATH);
        assertNull(child(lenient, "failure"));
        assertTrue(child(lenient, "system-out").getTextContent().contains("警告[" + ReportFixture.WARNING.id() + "]"));

        Element suite = parse(new JUnitReport(fixture.options().withFailOnWarning(true)).bytes(result));
        Element strict = child(testcases(suite).get(ReportFixture.VALID_PATH), "failure");
        assertEquals("warning", strict.getAttribute("type"));
        assertEquals("0 个错误，1 个警告", strict.getAttribute("message"));
        assertTrue(strict.getTextContent().contains("提示[" + ReportFixture.INFO.id() + "]"),
                "the text lists every finding");
        assertEquals("3", suite.getAttribute("failures"));
    }

    @Test
    @DisplayName("stays well-formed when a message quotes control characters XML cannot hold")
    void controlCharacters() throws Exception {
        CheckResult checked = fixture.check();
        List<FileCheck> files = new ArrayList<>();
        for (FileCheck f : checked.files()) {
            List<Finding> findings = new ArrayList<>(f.findings());
            findings.add(Diagnostic.YAML_DUPLICATE_KEY.finding(f.file(), 1, 1, "", "duplicateKey",
                    "bell\u0007 nul\u0000 end", 1));
            files.add(f.withFindings(findings));
        }
        Element suite = parse(new JUnitReport(fixture.options()).bytes(new CheckResult(files)));

        String text = child(testcases(suite).get(ReportFixture.VALID_PATH), "failure").getTextContent();
        assertTrue(text.contains("bell\uFFFD nul\uFFFD end"), text);
    }

    @Test
    @DisplayName("is byte-identical when the same filings are checked twice")
    void deterministic() {
        assertArrayEquals(new JUnitReport(fixture.options()).bytes(fixture.checkWithWarningAndInfo()),
                new JUnitReport(fixture.options()).bytes(fixture.checkWithWarningAndInfo()));
    }

    @Test
    @DisplayName("takes the department from the folder a filing is in")
    void department() {
        assertEquals("石峰区政协", JUnitReport.department(Path.of("filings", "石峰区政协", "2024.yaml")));
    }
}
