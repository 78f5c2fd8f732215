package io.jixiao.model;

import io.jixiao.text.Whitespace;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator taxonomy (一级 → 二级 categories), read from {@code format-spec/profiles/<id>.yaml}. There is one
 * profile per official form, not per province: forms differ by year and region (成本 under 产出 or as a first level;
 * 满意度 as a first level or under 效益; 项目完成指标 for 产出), and a province may use several forms. They are data,
 * not code: a new form adds a profile file, not a release.
 *
 * <p>Names are compared the way people write them on forms: spaces, a bracketed note ({@code 数量指标(或建筑规模指标)},
 * {@code 成本指标(必填硬性指标)}, {@code 成本指标(0-20)分}), the 指标 suffix and the joining words 或 / 及 / 、
 * ({@code 社会公众或服务对象满意度指标}) do not count; the profile's 同义词 (second level) and 一级同义词 (first level)
 * map other forms' names to its own.
 *
 * @param id       the id the filing named in 指标体系 (an old id such as {@code national-2020} is kept as written)
 * @param name     a human name
 * @param levels   一级指标 → its 二级指标, in the framework's order
 * @param synonyms names other forms use for a second level → the name in this profile
 * @param level1Synonyms names other forms use for a first level → the name in this profile
 */
public record TaxonomyProfile(String id, String name, Map<String, List<String>> levels, Map<String, String> synonyms,
                              Map<String, String> level1Synonyms) {

    /** The profiles, one per form, in the order the schema lists them. */
    public static final List<String> FORMS = List.of("national-2015", "national-2021", "hunan-appendix",
            "hubei-overall", "sichuan-project", "dongguan-approval", "anhui-project");

    /** The ids of the first version of the format, each still naming the profile of its form. */
    public static final Map<String, String> ALIASES = aliases();

    /** Every id a filing may name in 指标体系: the forms' ids, then the first version's. */
    public static final List<String> IDS = ids();

    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[][^（()）【】\\[\\]]*[)）】\\]]分?");
    private static final Pattern JOINING = Pattern.compile("[、，,/／或及与]");
    private static final String SUFFIX = "指标";
    /**
     * Category names as written repeat across every table of every filing; their comparable form is kept (bounded:
     * a province has a few hundred distinct spellings) so matching costs a map lookup.
     */
    private static final Map<String, String> COMPARABLE = new java.util.concurrent.ConcurrentHashMap<>();

    public TaxonomyProfile {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        synonyms = Map.copyOf(synonyms);
        level1Synonyms = Map.copyOf(level1Synonyms);
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put("national-2020", "national-2015");
        aliases.put("mof-2021-101", "national-2021");
        aliases.put("hunan", "hunan-appendix");
        aliases.put("hubei", "hubei-overall");
        return Collections.unmodifiableMap(aliases);
    }

    private static List<String> ids() {
        List<String> ids = new java.util.ArrayList<>(FORMS);
        ids.addAll(ALIASES.keySet());
        return List.copyOf(ids);
    }

    /** The id of the form's profile that an id names: itself, or the form an old id stands for. */
    public static String formOf(String id) {
        return ALIASES.getOrDefault(id, id);
    }

    /** Profiles are read once per run: the rules ask for one per filing. */
    private static final Map<String, TaxonomyProfile> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads a packaged profile by id; an old id loads its form's profile under the id as written. */
    public static Optional<TaxonomyProfile> load(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(id, TaxonomyProfile::read));
    }

    private static TaxonomyProfile read(String id) {
        String resource = "/io/jixiao/spec/profiles/" + formOf(id) + ".yaml";
        try (InputStream in = TaxonomyProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("profile missing from the classpath: " + resource);
            }
            Object data = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromInputStream(in);
            return fromData(id, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static TaxonomyProfile fromData(String id, Object data) {
        Map<String, Object> map = (Map<String, Object>) data;
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (Object level : (List<Object>) map.get("一级指标")) {
            Map<String, Object> l = (Map<String, Object>) level;
            levels.put((String) l.get("名称"), ((List<Object>) l.get("二级指标")).stream().map(String::valueOf).toList());
        }
        return new TaxonomyProfile(id, (String) map.get("名称"), levels, names(map.get("同义词")),
                names(map.get("一级同义词")));
    }

    private static Map<String, String> names(Object data) {
        Map<String, String> names = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> s) {
            s.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
        }
        return names;
    }

    /** The declared aliases of a profile file ({@code 别名}), for tests that hold the files to {@link #ALIASES}. */
    public static List<String> declaredAliases(String form) {
        String resource = "/io/jixiao/spec/profiles/" + form + ".yaml";
        try (InputStream in = TaxonomyProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            Object data = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromInputStream(in);
            Object aliases = data instanceof Map<?, ?> m ? m.get("别名") : null;
            return aliases instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The canonical 二级 name for a name as written: with or without the 指标 suffix, bracketed notes and joining
     * words ignored, synonyms resolved.
     *
     * @return empty when the name is not in this profile
     */
    public Optional<String> level2(String written) {
        String wanted = throughSynonym(written, synonyms);
        for (List<String> names : levels.values()) {
            for (String name : names) {
                if (comparable(name).equals(wanted)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** The canonical 一级 name, compared like {@link #level2} and through the first-level synonyms. */
    public Optional<String> level1(String written) {
        String wanted = throughSynonym(written, level1Synonyms);
        for (String name : levels.keySet()) {
            if (comparable(name).equals(wanted)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The comparable form of the name a written name means: its own, or its synonym's target's. Loops rather than
     * streams: the taxonomy rule asks this of every indicator's categories.
     */
    private static String throughSynonym(String written, Map<String, String> synonyms) {
        String key = comparable(written);
        for (Map.Entry<String, String> synonym : synonyms.entrySet()) {
            if (comparable(synonym.getKey()).equals(key)) {
                return comparable(synonym.getValue());
            }
        }
        return key;
    }

    /** The 一级 category a canonical 二级 name belongs to. */
    public Optional<String> parentOf(String level2) {
        for (Map.Entry<String, List<String>> level : levels.entrySet()) {
            if (level.getValue().contains(level2)) {
                return Optional.of(level.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * A category name reduced to what identifies it: no spaces, no bracketed note (and the 分 of a score range after
     * it), no joining words, always ending in 指标. {@code 数量指标(或建筑规模指标)} and {@code 数量} are both
     * {@code 数量指标}; {@code 社会、经济、生态效益 指标} is {@code 社会经济生态效益指标}.
     */
    public static String comparable(String written) {
        if (written == null) {
            return SUFFIX;
        }
        String name = COMPARABLE.get(written);
        if (name != null) {
            return name;
        }
        name = Whitespace.removeFrom(written);
        String previous;
        do {
            previous = name;
            name = BRACKETED.matcher(name).replaceAll("");
        } while (!name.equals(previous));
        name = JOINING.matcher(name).replaceAll("");
        name = name.endsWith(SUFFIX) ? name : name + SUFFIX;
        if (COMPARABLE.size() < 10_000) {
            COMPARABLE.put(written, name);
        }
        return name;
    }
}
