package io.jixiao.history;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.rules.IndicatorTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The identity rules of SPEC §6, made robust: which table and which indicator of this year's filing are the same
 * as one of last year's. Tables match by 项目编码, by a code that differs only in its year, by name, or by a name
 * that differs only in its year; indicators within a matched table by 指标编号, by 二级 and 三级 name, by a name that
 * differs only in its year, by the same name under another category, and last by a similar name in the same
 * category. Each pass takes only what the earlier ones left, every match says its basis and how sure it is, and the
 * order is the filing's, so the result is the same on every run.
 */
public final class CrossYear {

    /** Names sharing fewer character pairs than this are not taken for a renamed indicator. */
    static final int SIMILAR_AT_LEAST = 50;
    /** A renamed indicator sharing at least this share is a {@link Confidence#MEDIUM} match, else LOW. */
    static final int MEDIUM_AT_LEAST = 75;

    private static final Pattern POSITION = Pattern.compile("/[0-9]+(?=/|$)");

    private CrossYear() {
    }

    /** Every indicator table of the two filings matched, and within each matched pair, their indicators. */
    public static YearMatch match(Filing previous, Filing current) {
        List<IndicatorTable> before = IndicatorTable.of(previous);
        List<IndicatorTable> after = IndicatorTable.of(current);
        List<Match<IndicatorTable>> tables = tables(before, previous.year(), after, current.year(),
                t -> shape(t.pointer()), CrossYear::codeOf, IndicatorTable::label);
        List<YearMatch.TablePair> pairs = new ArrayList<>();
        for (Match<IndicatorTable> table : tables) {
            List<Indicator> was = named(table.previous().indicators());
            List<Indicator> is = named(table.current().indicators());
            List<Match<Indicator>> indicators = indicators(was, previous.year(), is, current.year());
            pairs.add(new YearMatch.TablePair(table, indicators,
                    is.stream().filter(i -> indicators.stream().noneMatch(m -> m.current() == i)).toList(),
                    was.stream().filter(i -> indicators.stream().noneMatch(m -> m.previous() == i)).toList()));
        }
        return new YearMatch(previous, current, pairs,
                after.stream().filter(t -> tables.stream().noneMatch(m -> m.current() == t)).toList(),
                before.stream().filter(t -> tables.stream().noneMatch(m -> m.previous() == t)).toList());
    }

    /**
     * Tables of one kind matched across years: same code, code but for its year, same name, name but for its year.
     *
     * @param kind what sort of table it is (only tables of one kind are matched with each other)
     * @param code its code, or null when it has none
     * @param name its name
     * @return the matches, in the order of {@code current}
     */
    public static <T> List<Match<T>> tables(List<T> previous, int previousYear, List<T> current, int currentYear,
                                            Function<T, String> kind, Function<T, String> code,
                                            Function<T, String> name) {
        Passes<T> passes = new Passes<>(previous, current, (a, b) -> Objects.equals(kind.apply(a), kind.apply(b)));
        passes.run(MatchBasis.CODE, (a, b) -> code.apply(a) != null && equal(code.apply(a), code.apply(b)));
        passes.run(MatchBasis.CODE_YEAR,
                (a, b) -> YearText.sameButYear(code.apply(a), previousYear, code.apply(b), currentYear));
        passes.run(MatchBasis.NAME, (a, b) -> equal(name.apply(a), name.apply(b))
                && (code.apply(a) == null || code.apply(b) == null));
        passes.run(MatchBasis.NAME_NEW_CODE, (a, b) -> equal(name.apply(a), name.apply(b)));
        passes.run(MatchBasis.NAME_YEAR,
                (a, b) -> YearText.sameButYear(name.apply(a), previousYear, name.apply(b), currentYear));
        return passes.matches();
    }

    /**
     * Indicators of one table matched across years. Two indicators whose 指标编号 are both written and differ are
     * never the same.
     *
     * @return the matches, in the order of {@code current}
     */
    public static List<Match<Indicator>> indicators(List<Indicator> previous, int previousYear,
                                                    List<Indicator> current, int currentYear) {
        Passes<Indicator> passes = new Passes<>(previous, current,
                (a, b) -> a.id() == null || b.id() == null || equal(a.id(), b.id()));
        passes.run(MatchBasis.ID, (a, b) -> a.id() != null && equal(a.id(), b.id()));
        passes.run(MatchBasis.NAME, (a, b) -> equal(a.level2(), b.level2()) && equal(a.name(), b.name()));
        passes.run(MatchBasis.NAME_YEAR, (a, b) -> equal(a.level2(), b.level2())
                && YearText.sameButYear(a.name(), previousYear, b.name(), currentYear));
        passes.run(MatchBasis.MOVED, (a, b) -> equal(a.name(), b.name()));
        passes.similar(a -> YearText.squeeze(a.level2()), a -> YearText.neutral(a.name(), previousYear),
                b -> YearText.neutral(b.name(), currentYear));
        return passes.matches();
    }

    /**
     * The share of character pairs two names have in common, in percent (the Dice coefficient of their bigrams;
     * single characters for a one-character name): {@code 服务对象满意度} and {@code 服务对象的满意度} share 76%.
     */
    static int similarity(String a, String b) {
        List<String> x = pairs(a);
        List<String> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        x.forEach(p -> counts.merge(p, 1, Integer::sum));
        int common = 0;
        for (String p : y) {
            Integer left = counts.get(p);
            if (left != null && left > 0) {
                counts.put(p, left - 1);
                common++;
            }
        }
        return 200 * common / (x.size() + y.size());
    }

    private static List<String> pairs(String text) {
        int[] chars = text.codePoints().toArray();
        List<String> pairs = new ArrayList<>();
        if (chars.length == 1) {
            pairs.add(new String(chars, 0, 1));
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs.add(new String(chars, i, 2));
        }
        return pairs;
    }

    private static boolean equal(String a, String b) {
        return a != null && b != null && YearText.squeeze(a).equals(YearText.squeeze(b));
    }

    private static List<Indicator> named(List<Indicator> indicators) {
        return indicators.stream().filter(i -> !YearText.squeeze(i.name()).isEmpty()).toList();
    }

    /** A table's code, when its key is not just its name (a project with 项目编码). */
    private static String codeOf(IndicatorTable table) {
        return table.key().equals(table.label()) ? null : table.key();
    }

    /** The table's pointer with list positions left out: {@code /项目/*}, {@code /部门整体/年度绩效目标/*}. */
    static String shape(String pointer) {
        return POSITION.matcher(pointer).replaceAll("/*");
    }

    /** The passes of one matching: each pairs what the earlier ones left, in the order of the current list. */
    private static final class Passes<T> {
        private final List<T> previous;
        private final List<T> current;
        private final BiPredicate<T, T> compatible;
        private final Map<Integer, Match<T>> byCurrent = new HashMap<>();
        private final boolean[] taken;

        Passes(List<T> previous, List<T> current, BiPredicate<T, T> compatible) {
            this.previous = previous;
            this.current = current;
            this.compatible = compatible;
            this.taken = new boolean[previous.size()];
        }

        void run(MatchBasis basis, BiPredicate<T, T> same) {
            for (int c = 0; c < current.size(); c++) {
                if (byCurrent.containsKey(c)) {
                    continue;
                }
                for (int p = 0; p < previous.size(); p++) {
                    T a = previous.get(p);
                    T b = current.get(c);
                    if (!taken[p] && compatible.test(a, b) && same.test(a, b)) {
                        taken[p] = true;
                        byCurrent.put(c, Match.of(a, b, basis));
                        break;
                    }
                }
            }
        }

        /** Renames: the most similar remaining pairs of one group first, each item used once. */
        void similar(Function<T, String> group, Function<T, String> previousName, Function<T, String> currentName) {
            record Candidate(int previous, int current, int score) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int c = 0; c < current.size(); c++) {
                for (int p = 0; p < previous.size(); p++) {
                    T a = previous.get(p);
                    T b = current.get(c);
                    if (taken[p] || byCurrent.containsKey(c) || !compatible.test(a, b)
                            || !group.apply(a).equals(group.apply(b))) {
                        continue;
                    }
                    int score = similarity(previousName.apply(a), currentName.apply(b));
                    if (score >= SIMILAR_AT_LEAST) {
                        candidates.add(new Candidate(p, c, score));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                    .thenComparingInt(Candidate::current).thenComparingInt(Candidate::previous));
            for (Candidate candidate : candidates) {
                if (!taken[candidate.previous()] && !byCurrent.containsKey(candidate.current())) {
                    taken[candidate.previous()] = true;
                    Confidence confidence = candidate.score() >= MEDIUM_AT_LEAST ? Confidence.MEDIUM : Confidence.LOW;
                    byCurrent.put(candidate.current(), new Match<>(previous.get(candidate.previous()),
                            current.get(candidate.current()), MatchBasis.SIMILAR, confidence, candidate.score()));
                }
            }
        }

        List<Match<T>> matches() {
            return byCurrent.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                    .toList();
        }
    }
}
