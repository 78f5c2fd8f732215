package io.jixiao.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example filings of this module, and which published seed table each one transcribes. */
final class ExampleFilings {

    static final Path ROOT = Path.of("filings");

    /**
     * The severity overrides this module's POM gives the check: the published tables are kept with their defects,
     * and 石峰区政协's blank targets (VALUE-MISSING, an error by default) stay warnings so the build shows them
     * without failing.
     */
    static final String RULES = "VALUE-MISSING=warning";

    /** Seed file prefix (in {@code ../shared/seeds}) → the filing that holds it. */
    static final List<String[]> SEEDS = List.of(
            new String[] {"000_", "linyi-tongzhanbu/2023.yaml"},
            new String[] {"001_", "shanhaiguan-tongzhanbu/2021.yaml"},
            new String[] {"002_", "shifeng-tongzhanbu/2023.yaml"},
            new String[] {"003_", "wuchang-tongzhanbu/2020.yaml"},
            new String[] {"004_", "shifeng-zhengxie/2023.yaml"});

    /**
     * Hand-made next-year filings of two departments, not published tables: they show year-over-year review (targets
     * raised, lowered, new, dropped and renamed, budgets changed) on the seeds, and the build checks and renders them
     * like the others.
     */
    static final List<String> NEXT_YEAR = List.of("shanhaiguan-tongzhanbu/2022.yaml", "shifeng-zhengxie/2024.yaml");

    private ExampleFilings() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
