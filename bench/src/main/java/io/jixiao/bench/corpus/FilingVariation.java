package io.jixiao.bench.corpus;

import io.jixiao.model.Keys;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Serialize;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One synthetic filing made from an example filing's YAML tree: another department name, another year (every year
 * written in the filing moves with it, so history stays in the past), amounts scaled by a whole factor (sums and
 * shares still add up exactly), indicator names and values varied, indicators reordered within their category and
 * a few added, until the file reaches the size asked for. The result is a different file for every seed, so no
 * cache keyed by content, name or value can turn the benchmark into a lookup; its findings stay warnings and hints
 * like the examples', so every generated filing is rendered.
 *
 * <p>Works on the node tree rather than on the text so that the result is always well-formed YAML of the same
 * structure; comments are not kept (a filing's comments do not change what is checked).
 */
final class FilingVariation {

    /** Numbers in a filing that are not amounts: versions, years, sequence numbers, percentages. */
    private static final Set<String> NOT_AMOUNTS = Set.of(Keys.FORMAT_VERSION, Keys.YEAR,
            Keys.Duty.NUMBER, Keys.Fund.NUMBER, Keys.FundRow.SHARE, Keys.Indicator.VALUE);
    /** Keys whose mappings hold values by year or month, not amounts. */
    private static final Set<String> NOT_AMOUNT_BLOCKS = Set.of(Keys.Indicator.HISTORY, Keys.Indicator.STANDARD,
            Keys.Project.SPENDING_PLAN);
    /** An amount written with its unit, {@code 37万} or {@code 6.4万元}: scaled like the numbers. */
    private static final Pattern WRITTEN_AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(万元|元|万)");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** A year written in text: 2023年, 2023年底, 2021-2023年 (the second one too). */
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![0-9.])(19[5-9][0-9]|20[0-9]{2})(?=年|[-—－~～至到][0-9]{4}年)");
    /** A whole number in an indicator value that is not part of a year or a decimal. */
    private static final Pattern COUNT_IN_VALUE = Pattern.compile("(?<![0-9.])([0-9]{1,3})(?![0-9.年])(%|％)?");
    private static final Pattern COUNTY = Pattern.compile("^[\\p{IsHan}]{1,4}?[区县市]");
    private static final List<String> COUNTIES = List.of("芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区",
            "荷塘区", "芦淞区", "天元区", "渌口区", "雁峰区", "石鼓区", "蒸湘区", "南岳区", "双清区", "大祥区",
            "北塔区", "武陵区", "鼎城区", "永定区", "资阳区", "赫山区", "北湖区", "苏仙区", "零陵区", "冷水滩区",
            "鹤城区", "娄星区", "吉首市", "浏阳市", "醴陵市", "湘乡市", "韶山市", "耒阳市", "常宁市", "武冈市",
            "汨罗市", "临湘市", "津市市", "沅江市", "资兴市", "洪江市", "冷水江市", "涟源市", "宁乡市", "邵东市",
            "长沙县", "攸县", "茶陵县", "炎陵县", "湘潭县", "衡阳县", "衡南县", "衡山县", "衡东县", "祁东县");
    private static final List<String> NAME_QUALIFIERS = List.of("（本级）", "（全年）", "（重点领域）", "（下属单位）",
            "（二期）", "（新增）", "（续建）", "（试点）", "（城区）", "（乡镇）", "（线上）", "（线下）");
    /** Emitted like the hand-written examples: block style, two-space indents, CJK as is, long lines kept. */
    private static final DumpSettings DUMP = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(400).setSplitLines(false)
            .build();

    private final SplittableRandom random;
    private final int year;
    private final int yearShift;
    private final String oldName;
    private final String newName;
    private final BigDecimal factor;
    /** How many rows were added after each indicator name, so every added name is new in the filing. */
    private final Map<String, Integer> siblings = new java.util.HashMap<>();

    /**
     * @param example the example's root mapping (not changed)
     * @param year    the year the new filing is for
     * @param random  the only source of variation, so the same seed gives the same file
     */
    private FilingVariation(MappingNode example, int department, int year, SplittableRandom random) {
        this.random = random;
        this.year = year;
        this.yearShift = year - Integer.parseInt(scalar(example, Keys.YEAR));
        this.oldName = scalar(example, Keys.DEPARTMENT_NAME);
        this.newName = departmentName(oldName, department);
        this.factor = BigDecimal.valueOf(1 + random.nextInt(4));
    }

    /** The varied filing as YAML text of about {@code targetBytes} (UTF-8), never shorter than the example allows. */
    static String vary(MappingNode example, int department, int year, SplittableRandom random, int targetBytes) {
        FilingVariation variation = new FilingVariation(example, department, year, random);
        MappingNode varied = (MappingNode) variation.copy(example, null);
        String yaml = dump(varied);
        int size = utf8Length(yaml);
        for (int round = 0; round < 4 && size < targetBytes * 0.95; round++) {
            List<List<Node>> lists = new ArrayList<>();
            indicatorLists(varied, lists);
            if (lists.isEmpty()) {
                break;
            }
            int rows = lists.stream().mapToInt(List::size).sum();
            int perRow = Math.max(1, size / Math.max(1, rows) / 2);
            int add = Math.max(1, (targetBytes - size) / perRow);
            for (int i = 0; i < add; i++) {
                List<Node> list = lists.get(variation.random.nextInt(lists.size()));
                int at = variation.random.nextInt(list.size());
                list.add(at + 1, variation.sibling(list.get(at)));
            }
            yaml = dump(varied);
            size = utf8Length(yaml);
        }
        return yaml;
    }

    /** A copy of the node with this filing's variations; {@code key} is the mapping key the node is the value of. */
    private Node copy(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, key);
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(copy(item, key));
            }
            if (isIndicatorList(items)) {
                items = shuffledWithinCategories(items);
            }
            return new SequenceNode(sequence.getTag(), items, FlowStyle.BLOCK);
        }
        MappingNode mapping = (MappingNode) node;
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            Node keyNode = copy(tuple.getKeyNode(), null);
            Node value = key != null && NOT_AMOUNT_BLOCKS.contains(key) ? notAmount(tuple.getValueNode(), name)
                    : copy(tuple.getValueNode(), name);
            tuples.add(new NodeTuple(keyNode, value));
        }
        MappingNode copied = new MappingNode(mapping.getTag(), tuples, FlowStyle.BLOCK);
        if (!scalarOrEmpty(copied, Keys.Indicator.NAME).isEmpty()
                && scalarOrEmpty(copied, Keys.Indicator.VALUE).isBlank()
                && scalarOrEmpty(copied, Keys.Indicator.MID_TERM_VALUE).isBlank()) {
            fillTarget(copied);
        }
        return copied;
    }

    /**
     * Gives a named indicator without a target one that suits its category. Some published tables leave the value
     * cell empty, which the rule set reports as an error (VALUE-MISSING); the corpus stands for departments that
     * fixed it, so that every generated filing is rendered, as the examples are in their module (which lowers the
     * rule to a warning instead).
     */
    private void fillTarget(MappingNode indicator) {
        String category = scalarOrEmpty(indicator, Keys.Indicator.LEVEL2);
        String target;
        if (category.contains("数量")) {
            target = "≥" + (2 + random.nextInt(20)) + "项";
        } else if (category.contains("时效")) {
            target = year + "年底";
        } else {
            target = "≥" + (85 + random.nextInt(15)) + "%";
        }
        indicator.getValue().removeIf(t -> t.getKeyNode() instanceof ScalarNode k
                && k.getValue().equals(Keys.Indicator.VALUE));
        indicator.getValue().add(new NodeTuple(plain(Keys.Indicator.VALUE), plain(target)));
    }

    private static ScalarNode plain(String text) {
        return new ScalarNode(Tag.STR, true, text, ScalarStyle.PLAIN, java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    /** Copies a value by year or by month: the years move, the numbers stay what they measure. */
    private Node notAmount(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return withValue(scalar, years(scalar.getValue()));
        }
        return copy(node, key);
    }

    private ScalarNode scalar(ScalarNode scalar, String key) {
        String value = scalar.getValue();
        if (Keys.YEAR.equals(key) || key == null && Keys.YEAR_KEY.matcher(value).matches()) {
            return withValue(scalar, String.valueOf(Integer.parseInt(value) + yearShift));
        }
        if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
            if (key != null && !NOT_AMOUNTS.contains(key) && DECIMAL.matcher(value).matches()) {
                return withValue(scalar, new BigDecimal(value).multiply(factor).toPlainString());
            }
            return scalar;
        }
        Matcher amount = WRITTEN_AMOUNT.matcher(value);
        if (key != null && !NOT_AMOUNTS.contains(key) && amount.matches()) {
            return withValue(scalar, new BigDecimal(amount.group(1)).multiply(factor).toPlainString() + amount.group(2));
        }
        String text = years(value).replace(oldName, newName);
        if (Keys.Indicator.VALUE.equals(key)) {
            text = counts(text);
        }
        return withValue(scalar, text);
    }

    /** Every year written in the text, moved by the shift. */
    private String years(String text) {
        if (yearShift == 0) {
            return text;
        }
        Matcher m = YEAR_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + yearShift));
        }
        return m.appendTail(out).toString();
    }

    /** Small whole numbers of a value varied: counts go up, percentages stay between 60 and 100. */
    private String counts(String text) {
        if (text.contains("元") || text.contains("万") || random.nextInt(2) == 0) {
            return text; // amounts of money stay within the budget they were compared with
        }
        Matcher m = COUNT_IN_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String replaced;
            if (m.group(2) != null) {
                int low = Math.min(n, 60);
                replaced = (n >= 100 ? n : low + random.nextInt(Math.min(100, n + 10) - low + 1)) + m.group(2);
            } else {
                replaced = String.valueOf(n == 0 ? 0 : n + random.nextInt(n + 1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        return m.appendTail(out).toString();
    }

    /** Another indicator of the same category: the same row with a qualified name and its own value. */
    private Node sibling(Node indicator) {
        MappingNode row = (MappingNode) indicator;
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : row.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            Node value = tuple.getValueNode();
            if (Keys.Indicator.NAME.equals(key) && value instanceof ScalarNode name) {
                String base = stripQualifier(name.getValue());
                int k = siblings.merge(base, 1, Integer::sum) - 1;
                String qualifier = NAME_QUALIFIERS.get((base.length() + k) % NAME_QUALIFIERS.size());
                value = withValue(name, base + qualifier + (k >= NAME_QUALIFIERS.size() ? k : ""));
            } else if (Keys.Indicator.VALUE.equals(key) && value instanceof ScalarNode v && v.getTag().equals(Tag.STR)) {
                value = withValue(v, counts(v.getValue()));
            } else if (Keys.Indicator.ID.equals(key)) {
                continue;
            }
            tuples.add(new NodeTuple(deepCopy(tuple.getKeyNode()), deepCopy(value)));
        }
        return new MappingNode(row.getTag(), tuples, FlowStyle.BLOCK);
    }

    /**
     * A copy sharing no node with the original: the serializer writes a node met twice as an anchor and an alias,
     * which filings must not contain.
     */
    private static Node deepCopy(Node node) {
        if (node instanceof ScalarNode s) {
            return new ScalarNode(s.getTag(), true, s.getValue(), s.getScalarStyle(), s.getStartMark(), s.getEndMark());
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            sequence.getValue().forEach(n -> items.add(deepCopy(n)));
            return new SequenceNode(sequence.getTag(), items, FlowStyle.BLOCK);
        }
        MappingNode mapping = (MappingNode) node;
        List<NodeTuple> tuples = new ArrayList<>();
        mapping.getValue().forEach(t -> tuples.add(new NodeTuple(deepCopy(t.getKeyNode()), deepCopy(t.getValueNode()))));
        return new MappingNode(mapping.getTag(), tuples, FlowStyle.BLOCK);
    }

    private static String stripQualifier(String name) {
        for (String q : NAME_QUALIFIERS) {
            if (name.endsWith(q)) {
                return name.substring(0, name.length() - q.length());
            }
        }
        return name;
    }

    /** The rows keep their order of categories (tables merge a category's rows); within one they are shuffled. */
    private List<Node> shuffledWithinCategories(List<Node> rows) {
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node row : rows) {
            String category = scalarOrEmpty((MappingNode) row, Keys.Indicator.LEVEL1) + "|"
                    + scalarOrEmpty((MappingNode) row, Keys.Indicator.LEVEL2);
            groups.computeIfAbsent(category, k -> new ArrayList<>()).add(row);
        }
        List<Node> out = new ArrayList<>();
        for (List<Node> group : groups.values()) {
            for (int i = group.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Node t = group.get(i);
                group.set(i, group.get(j));
                group.set(j, t);
            }
            out.addAll(group);
        }
        return out;
    }

    /** Whether a list holds indicator rows (mappings with a 三级指标). */
    private static boolean isIndicatorList(List<Node> items) {
        return !items.isEmpty() && items.stream().allMatch(n -> n instanceof MappingNode m
                && !scalarOrEmpty(m, Keys.Indicator.NAME).isEmpty());
    }

    private static void indicatorLists(Node node, List<List<Node>> found) {
        if (node instanceof SequenceNode sequence) {
            if (isIndicatorList(sequence.getValue())) {
                found.add(sequence.getValue());
            }
            sequence.getValue().forEach(n -> indicatorLists(n, found));
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> indicatorLists(t.getValueNode(), found));
        }
    }

    /**
     * The department's name in every year it files: the example's name in another county, the county taken by the
     * department's number, and a number in brackets once the counties are used up, so that no two departments of the
     * corpus share a name (two filings of one name and year are an error, FILE-DUPLICATE-FILING).
     */
    private static String departmentName(String name, int department) {
        String county = COUNTIES.get(department % COUNTIES.size());
        int round = department / COUNTIES.size();
        Matcher m = COUNTY.matcher(name);
        String named = m.find() ? county + name.substring(m.end()) : county + name;
        return round == 0 ? named : named + "（" + (round + 1) + "）";
    }

    private static ScalarNode withValue(ScalarNode scalar, String value) {
        if (value.equals(scalar.getValue())) {
            return scalar;
        }
        ScalarStyle style = scalar.getScalarStyle();
        return new ScalarNode(scalar.getTag(), true, value, style, scalar.getStartMark(), scalar.getEndMark());
    }

    static String scalar(MappingNode mapping, String key) {
        String value = scalarOrEmpty(mapping, key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("example without " + key);
        }
        return value;
    }

    private static String scalarOrEmpty(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v) {
                return v.getValue();
            }
        }
        return "";
    }

    private static String dump(Node root) {
        StringWriter text = new StringWriter();
        Emitter emitter = new Emitter(DUMP, new Writer(text));
        for (Event event : new Serialize(DUMP).serializeOne(root)) {
            emitter.emit(event);
        }
        return text.toString();
    }

    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** The emitter's output into a string. */
    private record Writer(StringWriter out) implements StreamDataWriter {
        @Override
        public void write(String str) {
            out.write(str);
        }

        @Override
        public void write(String str, int off, int len) {
            out.write(str, off, len);
        }
    }
}
