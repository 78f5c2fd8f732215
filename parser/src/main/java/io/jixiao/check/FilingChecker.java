package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.model.Filing;
import io.jixiao.model.FilingBinder;
import io.jixiao.parser.ParseResult;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleEngine;
import io.jixiao.rules.RuleSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a set of filings: parses them all (in parallel; the parser is thread-safe), then runs the rules on each
 * valid one with the same department's previous-year filing, so cross-year rules see every file. A department is
 * a folder: {@code filings/<department>/<year>.yaml}.
 */
public final class FilingChecker {

    private final FilingReader reader;
    private final RuleEngine engine;

    public FilingChecker(RuleConfig config) {
        this(config, FilingBinder.DEFAULT_PROFILE);
    }

    /**
     * @param defaultProfile taxonomy profile for filings that declare none
     * @throws IllegalArgumentException when the profile is unknown
     */
    public FilingChecker(RuleConfig config, String defaultProfile) {
        this(config, defaultProfile, FilingReader.standard());
    }

    /**
     * @param reader how each file is parsed ({@link FilingReader#standard()} unless a caller wraps it)
     * @throws IllegalArgumentException when the profile is unknown
     */
    public FilingChecker(RuleConfig config, String defaultProfile, FilingReader reader) {
        this.reader = reader;
        this.engine = new RuleEngine(RuleSet.all(), config, defaultProfile);
    }

    /** Checks the files, reporting them in path order whatever order they are given in. */
    public CheckResult check(List<Path> files) {
        List<ParseResult> parsed = files.stream().sorted().parallel().map(reader::read).toList();
        Map<String, Filing> byDepartmentYear = new HashMap<>();
        for (ParseResult result : parsed) {
            result.filing().ifPresent(f -> byDepartmentYear.putIfAbsent(key(result.file(), f.year()), f));
        }
        List<FileCheck> checks = new ArrayList<>(parsed.parallelStream().map(result -> {
            List<Finding> findings = new ArrayList<>(result.findings());
            result.filing().ifPresent(filing -> findings.addAll(engine.check(result.file(), filing,
                    result.positions(), Optional.ofNullable(
                            byDepartmentYear.get(key(result.file(), filing.year() - 1))))));
            findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                    .thenComparing(Finding::ruleId));
            return new FileCheck(result.file(), result, findings);
        }).toList());
        return new CheckResult(checks);
    }

    private static String key(Path file, int year) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder + "|" + year;
    }
}
