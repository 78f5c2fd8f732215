package io.jixiao.history;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.rules.IndicatorTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
            pairs.add(new YearMatch.TablePair(table, indicators, unmatched(is, indicators, Match::current),
                    unmatched(was, indicators, Match::previous)));
        }
        return new YearMatch(previous, current, pairs, unmatched(after, tables, Match::current),
                unmatched(before, tables, Match::previous));
    }

    /** The items no match took on the given side, in their order (by identity: two rows may read alike). */
    private static <T> List<T> unmatched(List<T> items, List<Match<T>> matches, Function<Match<T>, T> side) {
        Set<T> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        matches.forEach(m -> taken.add(side.apply(m)));
        return items.stream().filter(i -> !taken.contains(i)).toList();
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
        Worked<T, TableText> was = new Worked<>(previous, t -> TableText.of(t, previousYear, kind, code, name));
        Worked<T, TableText> is = new Worked<>(current, t -> TableText.of(t, currentYear, kind, code, name));
        Passes<T> passes = new Passes<>(previous, current,
                (a, b) -> Objects.equals(was.of(a).kind(), is.of(b).kind()));
        // Each pass by key (the texts worked out once per table), so two lists of 900 projects are not 800,000
        // comparisons per pass; the keys are what each test needs equal, and the test still decides.
        passes.run(MatchBasis.CODE, a -> was.of(a).code(), b -> is.of(b).code(),
                (a, b) -> same(was.of(a).code(), is.of(b).code()));
        passes.run(MatchBasis.CODE_YEAR, a -> was.of(a).neutralCode(), b -> is.of(b).neutralCode(),
                (a, b) -> YearText.sameButYear(was.of(a).code(), was.of(a).neutralCode(), is.of(b).code(),
                        is.of(b).neutralCode()));
        passes.run(MatchBasis.NAME, a -> was.of(a).name(), b -> is.of(b).name(),
                (a, b) -> same(was.of(a).name(), is.of(b).name())
                        && (was.of(a).code() == null || is.of(b).code() == null));
        passes.run(MatchBasis.NAME_NEW_CODE, a -> was.of(a).name(), b -> is.of(b).name(),
                (a, b) -> same(was.of(a).name(), is.of(b).name()));
        passes.run(MatchBasis.NAME_YEAR, a -> was.of(a).neutralName(), b -> is.of(b).neutralName(),
                (a, b) -> YearText.sameButYear(was.of(a).name(), was.of(a).neutralName(), is.of(b).name(),
                        is.of(b).neutralName()));
        return passes.matches();
    }

    /**
     * A table's texts as matching compares them: its kind, and its code and name squeezed and with the year
     * neutral. A code or name that is not written stays null.
     */
    private record TableText(String kind, String code, String neutralCode, String name, String neutralName) {
        static <T> TableText of(T table, int year, Function<T, String> kind, Function<T, String> code,
                                Function<T, String> name) {
            String c = code.apply(table);
            String n = name.apply(table);
            return new TableText(kind.apply(table), squeezed(c), YearText.neutral(c, year), squeezed(n),
                    YearText.neutral(n, year));
        }
    }

    /**
     * An indicator's texts as matching compares them: without whitespace, the name also with its year neutral. A
     * text that is not written stays null.
     */
    private record IndicatorText(String id, String level2, String name, String neutral) {
        static IndicatorText of(Indicator indicator, int year) {
            return new IndicatorText(squeezed(indicator.id()), squeezed(indicator.level2()),
                    squeezed(indicator.name()), YearText.neutral(indicator.name(), year));
        }
    }

    /**
     * Each item's texts worked out once and found again by identity (two rows may read alike): the passes ask for
     * them for every pair they compare, and a table has a hundred indicators or more.
     */
    private static final class Worked<T, R> {
        private final Map<T, R> done = new IdentityHashMap<>();

        Worked(List<T> items, Function<T, R> work) {
            for (T item : items) {
                done.put(item, work.apply(item));
            }
        }

        R of(T item) {
            return done.get(item);
        }
    }

    private static String squeezed(String text) {
        return text == null ? null : YearText.squeeze(text);
    }

    /**
     * Indicators of one table matched across years. Two indicators whose 指标编号 are both written and differ are
     * never the same.
     *
     * @return the matches, in the order of {@code current}
     */
    public static List<Match<Indicator>> indicators(List<Indicator> previous, int previousYear,
                                                    List<Indicator> current, int currentYear) {
        Worked<Indicator, IndicatorText> was = new Worked<>(previous, i -> IndicatorText.of(i, previousYear));
        Worked<Indicator, IndicatorText> is = new Worked<>(current, i -> IndicatorText.of(i, currentYear));
        Passes<Indicator> passes = new Passes<>(previous, current,
                (a, b) -> a.id() == null || b.id() == null || same(was.of(a).id(), is.of(b).id()));
        passes.run(MatchBasis.ID, a -> was.of(a).id(), b -> is.of(b).id(),
                (a, b) -> same(was.of(a).id(), is.of(b).id()));
        passes.run(MatchBasis.NAME, a -> both(was.of(a).level2(), was.of(a).name()),
                b -> both(is.of(b).level2(), is.of(b).name()),
                (a, b) -> same(was.of(a).level2(), is.of(b).level2()) && same(was.of(a).name(), is.of(b).name()));
        passes.run(MatchBasis.NAME_YEAR, a -> both(was.of(a).level2(), was.of(a).neutral()),
                b -> both(is.of(b).level2(), is.of(b).neutral()),
                (a, b) -> same(was.of(a).level2(), is.of(b).level2()) && YearText.sameButYear(was.of(a).name(),
                        was.of(a).neutral(), is.of(b).name(), is.of(b).neutral()));
        passes.run(MatchBasis.MOVED, a -> was.of(a).name(), b -> is.of(b).name(),
                (a, b) -> same(was.of(a).name(), is.of(b).name()));
        passes.similar(a -> Objects.toString(was.of(a).level2(), ""), b -> Objects.toString(is.of(b).level2(), ""),
                a -> was.of(a).neutral(), b -> is.of(b).neutral());
        return passes.matches();
    }

    /** Both texts as one key, or null when either is not written. */
    private static List<String> both(String a, String b) {
        return a == null || b == null ? null : List.of(a, b);
    }

    /** Whether two texts already squeezed are both written and alike. */
    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    /**
     * The share of character pairs two names have in common, in percent (the Dice coefficient of their bigrams;
     * single characters for a one-character name): {@code 服务对象满意度} and {@code 服务对象的满意度} share 76%.
     */
    static int similarity(String a, String b) {
        return similarity(pairs(a), pairs(b));
    }

    /**
     * {@link #similarity(String, String)} of the names' character pairs, each sorted: the pairs in common are
     * counted in one merge, with nothing allocated, as the rename pass compares every remaining pair of names.
     */
    private static int similarity(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 200 * common / (x.length + y.length);
    }

    /**
     * The text's pairs of consecutive characters (code points, 21 bits each), sorted; a one-character text is its
     * character alone, marked so that it never equals a pair.
     */
    private static long[] pairs(String text) {
        int[] chars = text.codePoints().toArray();
        if (chars.length == 1) {
            return new long[]{SINGLE | chars[0]};
        }
        long[] pairs = new long[Math.max(0, chars.length - 1)];
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs[i] = (long) chars[i] << 21 | chars[i + 1];
        }
        Arrays.sort(pairs);
        return pairs;
    }

    /** Above any two code points packed by {@link #pairs}. */
    private static final long SINGLE = 1L << 42;

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

        /**
         * {@link #run(MatchBasis, BiPredicate)} for a test that two items pass only when their keys are written and
         * equal: each current item is tried against the previous items of its key alone, in their order, instead of
         * against all of them, so a pass over two lists of a hundred indicators is not ten thousand comparisons. The
         * same pairs come out, as {@code same} still decides.
         *
         * @param previousKey a previous item's key, or null when {@code same} can hold for none
         * @param currentKey  a current item's key, or null when {@code same} can hold for none
         */
        void run(MatchBasis basis, Function<T, Object> previousKey, Function<T, Object> currentKey,
                 BiPredicate<T, T> same) {
            Map<Object, List<Integer>> byKey = new HashMap<>();
            for (int p = 0; p < previous.size(); p++) {
                Object key = taken[p] ? null : previousKey.apply(previous.get(p));
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            for (int c = 0; c < current.size(); c++) {
                Object key = byCurrent.containsKey(c) ? null : currentKey.apply(current.get(c));
                List<Integer> candidates = key == null ? null : byKey.get(key);
                if (candidates == null) {
                    continue;
                }
                T b = current.get(c);
                for (int p : candidates) {
                    T a = previous.get(p);
                    if (!taken[p] && compatible.test(a, b) && same.test(a, b)) {
                        taken[p] = true;
                        byCurrent.put(c, Match.of(a, b, basis));
                        break;
                    }
                }
            }
        }

        /**
         * Renames: the most similar remaining pairs of one group first, each item used once. Every remaining pair
         * of a group is scored, so each name is split into pairs once, a current item meets only the previous items
         * of its own group, and a pair whose lengths alone rule out {@link #SIMILAR_AT_LEAST} is not scored.
         */
        void similar(Function<T, String> previousGroup, Function<T, String> currentGroup,
                     Function<T, String> previousName, Function<T, String> currentName) {
            record Candidate(int previous, int current, int score) {
            }
            Map<String, List<Integer>> previousByGroup = new HashMap<>();
            long[][] previousPairs = new long[previous.size()][];
            for (int p = 0; p < previous.size(); p++) {
                if (!taken[p]) {
                    previousByGroup.computeIfAbsent(previousGroup.apply(previous.get(p)), g -> new ArrayList<>())
                            .add(p);
                    previousPairs[p] = pairs(previousName.apply(previous.get(p)));
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int c = 0; c < current.size(); c++) {
                T b = current.get(c);
                List<Integer> group = byCurrent.containsKey(c) ? null : previousByGroup.get(currentGroup.apply(b));
                if (group == null) {
                    continue;
                }
                long[] y = pairs(currentName.apply(b));
                for (int p : group) {
                    long[] x = previousPairs[p];
                    if (!couldBeSimilar(x.length, y.length) || !compatible.test(previous.get(p), b)) {
                        continue;
                    }
                    int score = similarity(x, y);
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

        /**
         * Whether names of these many pairs could reach {@link #SIMILAR_AT_LEAST}: they share at most the shorter
         * one's pairs, and the score is {@code 200 × shared ÷ (x + y)}.
         */
        private static boolean couldBeSimilar(int x, int y) {
            return x > 0 && y > 0 && 200 * Math.min(x, y) >= SIMILAR_AT_LEAST * (x + y);
        }

        List<Match<T>> matches() {
            return byCurrent.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                    .toList();
        }
    }
}
