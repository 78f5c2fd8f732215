package io.jixiao.model;

import io.jixiao.text.Whitespace;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An indicator taxonomy (一级 → 二级 categories), read from {@code format-spec/profiles/<id>.yaml}. Frameworks differ
 * by year and province (成本 under 产出 or as a first level; 满意度 as a first level or under 效益), so they are data,
 * not code: a province adds a profile file, not a release.
 *
 * @param id       the id a filing names in 指标体系
 * @param name     a human name
 * @param levels   一级指标 → its 二级指标, in the framework's order
 * @param synonyms names other templates use → the name in this profile
 */
public record TaxonomyProfile(String id, String name, Map<String, List<String>> levels, Map<String, String> synonyms) {

    public static final List<String> IDS = List.of("national-2020", "mof-2021-101", "hunan", "hubei");

    public TaxonomyProfile {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        synonyms = Map.copyOf(synonyms);
    }

    /** Profiles are read once per run: the rules ask for one per filing. */
    private static final Map<String, TaxonomyProfile> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads a packaged profile by id. */
    public static Optional<TaxonomyProfile> load(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(id, TaxonomyProfile::read));
    }

    private static TaxonomyProfile read(String id) {
        String resource = "/io/jixiao/spec/profiles/" + id + ".yaml";
        try (InputStream in = TaxonomyProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("profile missing from the classpath: " + resource);
            }
            Object data = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromInputStream(in);
            return fromData(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static TaxonomyProfile fromData(Object data) {
        Map<String, Object> map = (Map<String, Object>) data;
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (Object level : (List<Object>) map.get("一级指标")) {
            Map<String, Object> l = (Map<String, Object>) level;
            levels.put((String) l.get("名称"), ((List<Object>) l.get("二级指标")).stream().map(String::valueOf).toList());
        }
        Map<String, String> synonyms = new LinkedHashMap<>();
        Object syn = map.get("同义词");
        if (syn instanceof Map<?, ?> s) {
            s.forEach((k, v) -> synonyms.put(String.valueOf(k), String.valueOf(v)));
        }
        return new TaxonomyProfile((String) map.get("编号"), (String) map.get("名称"), levels, synonyms);
    }

    /**
     * The canonical 二级 name for a name as written: with or without the 指标 suffix, synonyms resolved.
     *
     * @return empty when the name is not in this profile
     */
    public Optional<String> level2(String written) {
        String name = canonical(written);
        return levels.values().stream().flatMap(List::stream).filter(name::equals).findFirst();
    }

    /** The canonical 一级 name, with or without the 指标 suffix. */
    public Optional<String> level1(String written) {
        String name = canonical(written);
        return levels.keySet().stream().filter(name::equals).findFirst();
    }

    /** The 一级 category a canonical 二级 name belongs to. */
    public Optional<String> parentOf(String level2) {
        return levels.entrySet().stream().filter(e -> e.getValue().contains(level2)).map(Map.Entry::getKey)
                .findFirst();
    }

    private String canonical(String written) {
        if (written == null) {
            return "";
        }
        String name = Whitespace.removeFrom(written);
        if (!name.endsWith("指标")) {
            name = name + "指标";
        }
        return synonyms.getOrDefault(name, name);
    }
}
