package io.jixiao.rules;

import io.jixiao.value.Magnitude;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of amounts closed by its total, as 测算说明 often itemises a cost: "办公费59144元（含文件袋…），印刷费59203元，
 * 餐费73535元，…其它费用27603元，合计239485元". Only a list that is unambiguous is read: every item between the start
 * of the sentence (or the colon that introduces the list) and the total is a name followed by one amount in 元 or
 * 万元. Anything else — a count, a rate, a formula or a subtotal among the items — and the text is left alone.
 *
 * @param totalText  the total as written, such as {@code 合计239485元}
 * @param total      the total's number
 * @param totalUnit  its unit: 元, 万元 or 万
 * @param itemsYuan  the listed amounts in 元
 */
record ListedSum(String totalText, BigDecimal total, String totalUnit, List<BigDecimal> itemsYuan) {

    private static final Pattern TOTAL = Pattern.compile("(?:合计|共计|总计)[为是:：约]?\\s*("
            + Numbers.IN_PROSE + ")\\s*(" + MoneyUnit.WRITTEN + ")(?=$|[\\s，,；;。)）])");
    private static final Pattern ITEM = Pattern.compile("([^0-9*×+÷=/%每]*[^\\s0-9*×+÷=/%每])\\s*("
            + Numbers.IN_PROSE + ")\\s*(" + MoneyUnit.WRITTEN + ")");
    private static final Pattern LIST_START = Pattern.compile("[。\\n:：]");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s，,；;、]+");
    private static final Pattern SUBTOTAL = Pattern.compile("合计|共计|总计|小计");
    private static final Pattern BRACKETED = Pattern.compile("（[^（）]*）|\\([^()]*\\)");

    ListedSum {
        itemsYuan = List.copyOf(itemsYuan);
    }

    /** Every unambiguous list with its total in a text. */
    static List<ListedSum> find(String text) {
        List<ListedSum> found = new ArrayList<>();
        Matcher m = TOTAL.matcher(text);
        int previousTotalEnd = 0;
        while (m.find()) {
            int listStart = previousTotalEnd;
            Matcher start = LIST_START.matcher(text).region(listStart, m.start());
            while (start.find()) {
                listStart = start.end();
            }
            previousTotalEnd = m.end();
            String list = LEADING_SEPARATORS.matcher(text.substring(listStart, m.start())).replaceFirst("").strip();
            items(list).ifPresent(items -> found.add(new ListedSum(m.group(), Numbers.parse(m.group(1)),
                    m.group(2), items)));
        }
        return found;
    }

    /** The amounts of a list that ends with a separator before its total, or empty when it is not all amounts. */
    private static Optional<List<BigDecimal>> items(String list) {
        if (list.isEmpty() || "，,；;、".indexOf(list.charAt(list.length() - 1)) < 0) {
            return Optional.empty();
        }
        String body = BRACKETED.matcher(list.substring(0, list.length() - 1)).replaceAll("");
        List<BigDecimal> amounts = new ArrayList<>();
        for (String segment : body.split("[，,；;]")) {
            Optional<BigDecimal> single = item(segment);
            if (single.isPresent()) {
                amounts.add(single.get());
                continue;
            }
            for (String part : segment.split("、")) {
                Optional<BigDecimal> amount = item(part);
                if (amount.isEmpty()) {
                    return Optional.empty();
                }
                amounts.add(amount.get());
            }
        }
        return amounts.size() < 2 ? Optional.empty() : Optional.of(amounts);
    }

    /** "印刷费59203元" as 59203 (in 元); empty for anything that is not a name followed by one amount. */
    private static Optional<BigDecimal> item(String segment) {
        Matcher m = ITEM.matcher(segment.strip());
        if (!m.matches() || SUBTOTAL.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        return Optional.of(Numbers.parse(m.group(2)).multiply(Magnitude.factorOfUnit(m.group(3))));
    }

    /** The sum of the items in the unit of the total. */
    BigDecimal sumInTotalUnit() {
        BigDecimal yuan = itemsYuan.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return yuan.divide(Magnitude.factorOfUnit(totalUnit));
    }

    /** Whether the total is the sum of the items, to the places it is written with. */
    boolean holds() {
        return WrittenPrecision.matches(total, sumInTotalUnit());
    }
}
