package io.jixiao.finding;

import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every sentence of jixiao's own interface comes from the bundles ({@link Messages}): this test reads the main
 * sources of {@link #MODULES} and fails on a string literal that is user-visible text — one with Chinese characters,
 * or an English sentence handed to an exception or a log — outside the few places listed in {@link #ALLOWED} and
 * {@link #INVARIANTS}, where the text is not interface text at all. A schema key, or a JSON pointer made of keys,
 * is data, not text. It also fails on a declared diagnostic id written as a literal: call sites name the
 * {@link Diagnostic} constant.
 */
@DisplayName("User-visible text lives in the bundles")
class InterfaceTextTest {

    /** The modules whose main sources are scanned, relative to the repository root. Add a module here. */
    static final List<String> MODULES = List.of("parser", "review", "render", "maven-plugin");

    /**
     * Where literal Chinese is not interface text: a place under a module's {@code src/main/java} (a folder ends in
     * {@code /}), why, and which literals (none listed: every literal of the place). Keep it short and honest: an
     * entry needs a reason a reviewer accepts, and an entry that allows nothing any more fails the test.
     */
    static final List<Allowance> ALLOWED = List.of(
            // The official forms: their printed labels (一级指标, 项目名称, 填报单位：…) belong to the forms.
            new Allowance("render:io/jixiao/render/layout/", "the official forms' printed labels"),
            // The value grammar: the words people write in values (万, 亿, 元, 个, 次, 年底 …).
            new Allowance("parser:io/jixiao/value/", "the value grammar's words"),
            // The key source: schema property names and the schema locations each group of keys claims.
            new Allowance("parser:io/jixiao/model/Keys.java", "the filing keys and their places in the schema"),
            new Allowance("parser:io/jixiao/rules/UnknownUnitRule.java", "units of the value grammar", "个", "元"),
            new Allowance("parser:io/jixiao/rules/MissingUnitRule.java", "the default count unit", "个"),
            new Allowance("parser:io/jixiao/rules/QuantityValueRule.java", "the default count unit; category names "
                    + "a filing uses", "个", "时效指标", "质量指标"),
            new Allowance("parser:io/jixiao/rules/MagnitudeWithoutUnitRule.java", "the money unit", "元"),
            // What the rules recognise in filed text, the same in both languages: category names, count units by
            // indicator name, the words of written calculations and totals (合计, 共计, 每), name endings.
            new Allowance("parser:io/jixiao/rules/Category.java", "category names filings use"),
            new Allowance("parser:io/jixiao/rules/IndicatorNames.java", "indicator-name words filings use"),
            new Allowance("parser:io/jixiao/rules/ListedSum.java", "the words of written totals"),
            new Allowance("parser:io/jixiao/rules/ProseCalculation.java", "the words of written calculations"),
            new Allowance("parser:io/jixiao/rules/WrittenEquation.java", "the units of written equations"),
            new Allowance("parser:io/jixiao/history/Polarity.java", "indicator names where less is better",
                    "事故", "投诉", "差错", "违规", "违纪", "超支", "发生率", "发生数", "发生次数", "反向", "正向"),
            new Allowance("parser:io/jixiao/rules/QualityValueRule.java", "the national profile's category name "
                    + "when the filing's profile has none", "数量指标"),
            new Allowance("parser:io/jixiao/rules/MisfiledSatisfactionRule.java", "the national profile's category "
                    + "names when the filing's profile has none", "服务对象满意度指标", "满意度指标"),
            new Allowance("parser:io/jixiao/rules/Placeholders.java", "the words filings write instead of a target "
                    + "(无, 不适用, 本项目不适用此指标, 否 …), recognised as written"),
            new Allowance("parser:io/jixiao/rules/TotalsAddUpRule.java", "a past year's column as the form prints "
                    + "it (2022年)", "年"),
            // Taxonomy profiles are data (format-spec/profiles/*.yaml): their keys, and the 指标 suffix their
            // category names are compared with.
            new Allowance("parser:io/jixiao/model/TaxonomyProfile.java", "profile data keys and category suffix"),
            // The templates' parts are data too (format-spec/templates.yaml): its keys.
            new Allowance("parser:io/jixiao/model/TemplateForm.java", "template data keys", "通用部分", "模板", "编号",
                    "名称", "依据", "部分", "不含", "栏目", "地方表样", "资金分项", "键"),
            // The reader recognises the full-width colon that Chinese input methods type after a key.
            new Allowance("parser:io/jixiao/read/TextLint.java", "the full-width colon it detects",
                    "^(\\s*(?:-\\s+)?)([^\\s:：#\"'{}\\[\\],]+?)\\s*："),
            // A profile's printed name up to its bracketed note (湖南（附表1–3）→ 湖南), for "did you mean".
            new Allowance("maven-plugin:io/jixiao/maven/ParameterParsing.java", "the brackets a profile name's note "
                    + "opens with", "[（(]"),
            // Font names, not text.
            new Allowance("render:io/jixiao/render/html/Stylesheets.java", "font family names"),
            new Allowance("render:io/jixiao/render/xlsx/XlsxStyles.java", "font name", "宋体"));

    /**
     * Exceptions whose English message is a broken invariant of jixiao itself — never caused by a filing or by
     * configuration, seen only by maintainers (in a stack trace or a JIXIAO-INTERNAL finding).
     */
    static final List<Allowance> INVARIANTS = List.of(
            new Allowance("parser:io/jixiao/finding/Finding.java", "findings are made by Diagnostic.finding"),
            new Allowance("parser:io/jixiao/finding/Messages.java", "a bundle missing or a key defined twice"),
            new Allowance("parser:io/jixiao/rules/Rule.java", "a rule class without @Checks"),
            new Allowance("parser:io/jixiao/rules/RuleSet.java", "the rule set and the registry out of step"),
            new Allowance("parser:io/jixiao/schema/FilingSchema.java", "the schema missing from the jar"),
            new Allowance("parser:io/jixiao/model/TaxonomyProfile.java", "a profile missing from the jar"),
            new Allowance("parser:io/jixiao/model/TemplateForm.java", "templates.yaml missing from the jar or out of "
                    + "step with the Template enum"),
            new Allowance("parser:io/jixiao/model/FundSources.java", "a templates.yaml funding row naming no part "
                    + "of 资金来源"),
            new Allowance("parser:io/jixiao/model/ProjectTable.java", "a templates.yaml funding row naming no "
                    + "amount of a project"),
            new Allowance("parser:io/jixiao/model/FormLabels.java", "a layout asking for a label slot its form's "
                    + "栏目 in templates.yaml lacks"),
            new Allowance("parser:io/jixiao/report/ReportSupport.java", "SHA-256 missing from the JVM"),
            new Allowance("parser:io/jixiao/check/Fingerprints.java", "SHA-256 missing from the JVM"),
            new Allowance("parser:io/jixiao/check/CheckedFolder.java", "asking a check for a file it never had"),
            new Allowance("maven-plugin:io/jixiao/maven/PluginHelp.java", "the plugin's own descriptor missing"),
            new Allowance("parser:io/jixiao/read/SourceLines.java", "kept lines are made by the check itself"),
            new Allowance("parser:io/jixiao/report/JUnitReport.java", "writing XML to memory failed"),
            new Allowance("render:io/jixiao/render/grid/", "grids are built by layouts, never from input"),
            new Allowance("render:io/jixiao/render/layout/", "layouts are code, never input"),
            new Allowance("render:io/jixiao/render/xlsx/", "workbooks are written from grids"),
            new Allowance("render:io/jixiao/render/html/FindingCounts.java", "counts are never negative"),
            new Allowance("render:io/jixiao/render/html/RelativeHref.java", "output paths are made by jixiao"),
            new Allowance("render:io/jixiao/render/html/IndexEntry.java", "index entries are made by jixiao"));

    /**
     * A place where literals are allowed.
     *
     * @param place    {@code module:path} under the module's {@code src/main/java}; a folder ends in {@code /}
     * @param reason   why its literals are not interface text
     * @param literals the literals allowed there; empty for all of them
     */
    record Allowance(String place, String reason, Set<String> literals) {
        Allowance(String place, String reason, String... literals) {
            this(place, reason, Set.of(literals));
        }

        boolean allows(Source source, String literal) {
            String path = source.module() + ":" + source.relative();
            boolean here = place.endsWith("/") ? path.startsWith(place) : path.equals(place);
            return here && (literals.isEmpty() || literals.contains(literal));
        }
    }

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    /** Two English words: the start of a sentence, not an identifier or a format. */
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}");
    /** Calls whose string arguments reach a person: exceptions and logs. */
    private static final Pattern TELLS_A_PERSON =
            Pattern.compile("new \\w*(Exception|Error)|(^|\\.)(log|logger|getLog)\\b.*|.*\\.(warn|info|error|debug)");

    @Test
    @DisplayName("no Chinese literal and no English exception or log sentence outside the bundles and the allowlist")
    void noInterfaceTextInTheSources() {
        Set<String> keys = FilingSchema.get().allKeys();
        List<String> problems = new ArrayList<>();
        Set<Allowance> used = new HashSet<>();
        for (Source source : sources()) {
            for (JavaLiterals.Literal literal : JavaLiterals.of(source.text())) {
                String text = literal.text();
                if (CJK.matcher(text).find() && !isKeyOrPointer(text, keys)
                        && !allowed(ALLOWED, source, text, used)) {
                    problems.add(source.where(literal) + " Chinese text: \"" + text + "\"");
                }
                boolean toAPerson = literal.callees().stream().anyMatch(c -> TELLS_A_PERSON.matcher(c).matches());
                if (toAPerson && SENTENCE.matcher(text).find() && !allowed(INVARIANTS, source, text, used)) {
                    problems.add(source.where(literal) + " English sentence for "
                            + literal.callees().get(0) + ": \"" + text + "\"");
                }
            }
        }
        assertEquals(List.of(), problems, "put these texts in io/jixiao/i18n (see Messages) or, if they are not "
                + "interface text, in the allowlist with the reason");
        List<String> stale = Stream.concat(ALLOWED.stream(), INVARIANTS.stream()).filter(a -> !used.contains(a))
                .map(Allowance::place).toList();
        assertEquals(List.of(), stale, "allowlist entries that no longer allow anything: remove them");
    }

    @Test
    @DisplayName("no declared diagnostic id is written as a string literal: call sites name the Diagnostic")
    void noLiteralIds() {
        List<String> problems = new ArrayList<>();
        for (Source source : sources()) {
            for (JavaLiterals.Literal literal : JavaLiterals.of(source.text())) {
                if (Diagnostic.byId(literal.text()).filter(d -> d.id().equals(literal.text())).isPresent()) {
                    problems.add(source.where(literal) + " \"" + literal.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("the scan sees every module's sources and would catch a literal: it finds the Chinese of the "
            + "allowlisted layouts")
    void theScanSeesTheSources() {
        List<Source> sources = sources();
        assertTrue(sources.size() > 100, "read " + sources.size() + " files");
        for (String module : MODULES) {
            assertTrue(sources.stream().anyMatch(s -> s.module().equals(module)), "read no source of " + module);
        }
        long layoutLiterals = sources.stream().filter(s -> s.path().startsWith("render:io/jixiao/render/layout/"))
                .flatMap(s -> JavaLiterals.of(s.text()).stream()).filter(l -> CJK.matcher(l.text()).find()).count();
        assertTrue(layoutLiterals > 50, "Chinese literals found in render/layout: " + layoutLiterals);
        List<JavaLiterals.Literal> sample = JavaLiterals.of("""
                class A { // "注释"
                    void f() { throw new IllegalStateException("cannot do " + x, "\\u4e2d"); }
                    /* "块注释" */ char c = '"'; String s = "文字";
                }
                """);
        assertEquals(List.of("cannot do ", "中", "文字"), sample.stream().map(JavaLiterals.Literal::text).toList());
        assertEquals(List.of("new IllegalStateException"), sample.get(0).callees());
        assertEquals(3, sample.get(2).line());
    }

    /** A literal that is a key of the schema, or a JSON pointer made of keys and indexes, names data, not text. */
    static boolean isKeyOrPointer(String text, Set<String> keys) {
        if (keys.contains(text)) {
            return true;
        }
        if (!text.startsWith("/") && !text.endsWith("/")) {
            return false;
        }
        for (String segment : text.split("/")) {
            if (!segment.isEmpty() && !keys.contains(segment) && !segment.matches("\\d+")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(List<Allowance> allowances, Source source, String literal, Set<Allowance> used) {
        for (Allowance allowance : allowances) {
            if (allowance.allows(source, literal)) {
                used.add(allowance);
                return true;
            }
        }
        return false;
    }

    /** One main source file of a scanned module. */
    record Source(String module, String relative, String text) {
        String path() {
            return module + ":" + relative;
        }

        String where(JavaLiterals.Literal literal) {
            return module + "/src/main/java/" + relative + ":" + literal.line() + ":";
        }
    }

    static List<Source> sources() {
        Path root = Path.of("..");
        assumeTrue(Files.isDirectory(root.resolve("parser/src/main/java")),
                "runs from the parser module's folder, as Maven runs tests");
        List<Source> sources = new ArrayList<>();
        for (String module : MODULES) {
            Path java = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(java)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sources.add(new Source(module, java.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
