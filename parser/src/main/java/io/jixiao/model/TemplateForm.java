package io.jixiao.model;

import io.jixiao.read.Pointers;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What one template's official form has a place for, read from {@code format-spec/templates.yaml}: the parts of a
 * filing, as paths of keys ({@code 项目/*\/中期/目标}, {@code *} for any list item or key), that the form prints. A
 * filing may hold more than its form can show — a Hunan filing with projects, a Hebei project with 标准值 — and
 * nothing filed may be dropped, so a renderer prints the rest in a clearly titled extra part and a rule says which
 * parts the chosen form has no place for. This class answers "does the form have a place for the value at this
 * JSON pointer?".
 *
 * @param template the template
 * @param name     the form's name
 * @param basis    the documents and published tables the form follows
 * @param parts    the paths the form has a place for, each covering everything below it
 * @param excluded paths below those that the form still has no place for
 * @param labels   label slot → the form's own wording, for the labels a local version may word differently (栏目)
 * @param variants the local versions of the form (地方表样), each renaming some of those labels and some adding the
 *                 rows of a funding breakdown ({@link #localised})
 */
public record TemplateForm(Template template, String name, String basis, List<List<String>> parts,
                           List<List<String>> excluded, Map<String, String> labels, List<FormVariant> variants) {

    public static final String RESOURCE = "/io/jixiao/spec/templates.yaml";

    /** Stands for any one key or list item in a path. */
    public static final String ANY = "*";

    private static final Map<Template, TemplateForm> FORMS = load();

    public TemplateForm {
        parts = parts.stream().map(List::copyOf).toList();
        excluded = excluded.stream().map(List::copyOf).toList();
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        variants = List.copyOf(variants);
    }

    /** The local version of this form with the id, if the form has one. */
    /** The template whose form has the local version with this id (地方表样), if any does. */
    public static Optional<Template> ofVariant(String id) {
        return FORMS.values().stream().filter(form -> form.variant(id).isPresent()).map(TemplateForm::template)
                .findFirst();
    }

    public Optional<FormVariant> variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * The labels a filing's form prints: this form's wording, with the filing's 地方表样 where it is one of this
     * form's local versions (a filing shown on another template keeps that template's own wording).
     */
    public FormLabels labels(Filing filing) {
        Map<String, String> local = variant(filing.formVariant()).map(FormVariant::labels).orElse(Map.of());
        return new FormLabels(labels, local, filing.moneyUnit().label());
    }

    /** The funding rows of the filing's 地方表样 where it is one of this form's and has them, else none. */
    public List<FormVariant.FundingRow> fundingRows(Filing filing) {
        return variant(filing.formVariant()).map(FormVariant::fundingRows).orElse(List.of());
    }

    /**
     * This form as the local version with the id prints it: the variant's parts added to the form's (what the
     * extra section and the 未排入 finding leave out); the form itself when it has no such version.
     */
    public TemplateForm localised(String id) {
        Optional<FormVariant> local = variant(id);
        if (local.isEmpty() || local.get().parts().isEmpty()) {
            return this;
        }
        List<List<String>> more = new ArrayList<>(parts);
        more.addAll(local.get().parts());
        return new TemplateForm(template, name, basis, more, excluded, labels, variants);
    }

    static TemplateForm of(Template template) {
        return FORMS.get(template);
    }

    /**
     * Whether the form prints the value at a JSON pointer into the filing ({@code /项目/0/中期/目标}). The filing's
     * identity and format keys (格式版本, 部门名称, 年度, 模板, 指标体系, 金额单位) have a place on every form.
     */
    public boolean hasPlaceFor(String pointer) {
        List<String> tokens = Pointers.tokens(pointer);
        return parts.stream().anyMatch(part -> covers(part, tokens))
                && excluded.stream().noneMatch(part -> covers(part, tokens));
    }

    /**
     * {@link #hasPlaceFor} for the many pointers of one filing: a filing repeats a few shapes of pointer over its
     * list items ({@code /项目/3/绩效指标/17/指标值}), and each shape is decided once. A list index can only meet
     * {@code *} in the form's paths, so pointers that differ in their indexes alone get the same answer; should a
     * path ever name a key made of digits, each pointer is decided on its own. Not for sharing between threads.
     */
    public Predicate<String> placeFinder() {
        boolean digitKeys = Stream.concat(parts.stream(), excluded.stream()).flatMap(List::stream)
                .anyMatch(TemplateForm::isIndex);
        Map<String, Boolean> decided = new HashMap<>();
        return pointer -> decided.computeIfAbsent(digitKeys ? pointer : shape(pointer), shape -> hasPlaceFor(pointer));
    }

    /** The pointer with every list index written as 0. */
    private static String shape(String pointer) {
        StringBuilder shape = new StringBuilder(pointer.length());
        int start = 0;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            if (end < 0) {
                end = pointer.length();
            }
            if (start > 0) {
                shape.append('/');
            }
            if (isIndex(pointer, start, end)) {
                shape.append('0');
            } else {
                shape.append(pointer, start, end);
            }
            start = end + 1;
        }
        return shape.toString();
    }

    private static boolean isIndex(String token) {
        return isIndex(token, 0, token.length());
    }

    private static boolean isIndex(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The pointers among the given ones the form has no place for, in the given order. */
    public List<String> unplaced(Collection<String> pointers) {
        return pointers.stream().filter(p -> !hasPlaceFor(p)).toList();
    }

    /**
     * The tables a filing may hold, each a top-level key. A form that has no place at all for one of them (a Hunan
     * form for 项目) still prints it, as the generic layout's table; any other part it has no place for is listed
     * in the extra section.
     */
    public static final List<String> TABLES = List.of(Keys.DEPARTMENT, Keys.PROJECTS, Keys.FUND_SUMMARY,
            Keys.SPENDING_DIRECTIONS);

    /** Whether the form has a place for anything under the given keys ({@code 项目}: any part of a project). */
    public boolean reaches(String... keys) {
        List<String> prefix = List.of(keys);
        return parts.stream().anyMatch(part -> compatible(part, prefix, prefix.size()));
    }

    /**
     * The part of the filing, as a path with {@code *} for list items and map keys, that the form has no place for
     * and that holds the value at an unplaced pointer: the shortest such path, so that a whole project the form has
     * no table for is one part ({@code 项目}) rather than each of its cells, and a column it lacks is one part
     * ({@code 项目/*\/绩效指标/*\/标准值}) however many rows fill it. Empty when the form has a place for the pointer.
     */
    public List<String> unplacedPart(String pointer) {
        if (hasPlaceFor(pointer)) {
            return List.of();
        }
        List<String> tokens = Pointers.tokens(pointer);
        for (List<String> path : excluded) {
            if (covers(path, tokens)) {
                return path;
            }
        }
        List<String> pattern = tokens.stream().map(t -> t.matches("[0-9]+") ? ANY : t).toList();
        for (int length = 1; length <= pattern.size(); length++) {
            int n = length;
            List<String> prefix = pattern.subList(0, n);
            if (parts.stream().noneMatch(part -> part.size() >= n && compatible(part, prefix, n))) {
                return List.copyOf(prefix);
            }
        }
        return pattern;
    }

    /** A part path as a reader names it: the keys joined with › ({@code 项目 › 绩效指标 › 标准值}). */
    public static String label(List<String> path) {
        return String.join(" › ", path.stream().filter(t -> !t.equals(ANY)).toList());
    }

    /** Whether a path and a prefix agree on their first {@code n} tokens, {@code *} matching any. */
    private static boolean compatible(List<String> path, List<String> prefix, int n) {
        int common = Math.min(n, Math.min(path.size(), prefix.size()));
        for (int i = 0; i < common; i++) {
            String a = path.get(i);
            String b = prefix.get(i);
            if (!a.equals(ANY) && !b.equals(ANY) && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    /** A path covers a pointer when it names the pointer's value or one of the objects or lists around it. */
    private static boolean covers(List<String> path, List<String> tokens) {
        if (path.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            if (!path.get(i).equals(ANY) && !path.get(i).equals(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<Template, TemplateForm> load() {
        try (InputStream in = TemplateForm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("templates missing from the classpath: " + RESOURCE);
            }
            Map<String, Object> data = (Map<String, Object>) new Load(LoadSettings.builder().setLabel(RESOURCE)
                    .build()).loadFromInputStream(in);
            List<List<String>> common = paths(data.get("通用部分"));
            Map<Template, TemplateForm> forms = new EnumMap<>(Template.class);
            for (Object entry : (List<Object>) data.get("模板")) {
                Map<String, Object> form = (Map<String, Object>) entry;
                Template template = Template.fromId(String.valueOf(form.get("编号"))).orElseThrow(
                        () -> new IllegalStateException("templates.yaml names a template the model lacks: "
                                + form.get("编号")));
                List<List<String>> parts = new ArrayList<>(common);
                parts.addAll(paths(form.get("部分")));
                Map<String, String> labels = texts(form.get("栏目"));
                List<FormVariant> variants = variants(template, labels, form.get(Keys.FORM_VARIANT));
                forms.put(template, new TemplateForm(template, String.valueOf(form.get("名称")),
                        String.valueOf(form.get("依据")), parts, paths(form.get("不含")), labels, variants));
            }
            Set<String> ids = new HashSet<>();
            for (TemplateForm form : forms.values()) {
                for (FormVariant variant : form.variants()) {
                    if (!ids.add(variant.id())) {
                        throw new IllegalStateException("templates.yaml names the local form " + variant.id()
                                + " twice");
                    }
                }
            }
            for (Template template : Template.values()) {
                if (!forms.containsKey(template)) {
                    throw new IllegalStateException("templates.yaml lacks the template " + template.id());
                }
            }
            return forms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The local versions of a form; each may rename only the form's listed label slots. */
    @SuppressWarnings("unchecked")
    private static List<FormVariant> variants(Template template, Map<String, String> labels, Object data) {
        List<FormVariant> variants = new ArrayList<>();
        if (data instanceof List<?> list) {
            for (Object entry : list) {
                Map<String, Object> variant = (Map<String, Object>) entry;
                Map<String, String> wording = texts(variant.get("栏目"));
                for (String slot : wording.keySet()) {
                    if (!labels.containsKey(slot)) {
                        throw new IllegalStateException("templates.yaml: the local form " + variant.get("编号")
                                + " of " + template.id() + " renames " + slot + ", which is not among its label slots");
                    }
                }
                List<FormVariant.FundingRow> rows = new ArrayList<>();
                List<List<String>> parts = new ArrayList<>();
                if (variant.get("资金分项") instanceof List<?> funding) {
                    for (Object row : funding) {
                        Map<String, Object> r = (Map<String, Object>) row;
                        List<String> path = List.of(String.valueOf(r.get("键")).split("/"));
                        rows.add(new FormVariant.FundingRow(String.valueOf(r.get("栏目")), path));
                        List<String> part = new ArrayList<>(List.of(Keys.PROJECTS, ANY));
                        part.addAll(path);
                        parts.add(part);
                    }
                }
                variants.add(new FormVariant(String.valueOf(variant.get("编号")), String.valueOf(variant.get("名称")),
                        String.valueOf(variant.get("依据")), wording, parts, rows));
            }
        }
        return variants;
    }

    /** A map of texts, in the order written. */
    private static Map<String, String> texts(Object data) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> map) {
            map.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v)));
        }
        return texts;
    }

    private static List<List<String>> paths(Object data) {
        List<List<String>> paths = new ArrayList<>();
        if (data instanceof List<?> list) {
            for (Object path : list) {
                paths.add(List.of(String.valueOf(path).split("/")));
            }
        }
        return paths;
    }
}
