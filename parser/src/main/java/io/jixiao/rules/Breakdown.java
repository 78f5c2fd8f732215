package io.jixiao.rules;

import io.jixiao.schema.HumanPath;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A total and its parts (其中 …), as MONEY-SUM compares them. Forms print the parts of a total in many ways, and often
 * only some of them — 青山's 其他资金 left blank, 泸县's 专户资金 and 单位资金 empty — so the parts are compared with the
 * total only when all of them are given:
 *
 * <ul>
 *   <li>every <em>required</em> part has an amount: written, or the sum of its own complete breakdown (财政资金 from
 *       上级 + 本级, say); parts only some forms print (自有资金, 上年结转) are <em>optional</em> and are added when
 *       written but never make the breakdown incomplete;</li>
 *   <li>for a list of rows (明细, 专项, 对应项目), every row has an amount.</li>
 * </ul>
 *
 * Complete parts must add up to the total (within half a unit of its last written decimal place); partial parts
 * only must not exceed it. Amounts are compared in 元.
 */
final class Breakdown {

    private final String totalPointer;
    private final Money total;
    private final List<String> names = new ArrayList<>();
    private final List<BigDecimal> amounts = new ArrayList<>();
    private final List<Boolean> required = new ArrayList<>();

    private Breakdown(String totalPointer, Money total) {
        this.totalPointer = totalPointer;
        this.total = total;
    }

    static Breakdown of(String totalPointer, Money total) {
        return new Breakdown(totalPointer, total);
    }

    /** A part every form of this breakdown prints. */
    Breakdown part(String name, Money amount) {
        return add(name, yuan(amount), true);
    }

    /** A required part whose amount may come from its own breakdown (null when neither is given). */
    Breakdown part(String name, BigDecimal yuan) {
        return add(name, yuan, true);
    }

    /** A part only some forms print: added when written, never missing. */
    Breakdown optional(String name, Money amount) {
        return add(name, yuan(amount), false);
    }

    /** A part only some forms print, whose amount in 元 may come from its own breakdown. */
    Breakdown optional(String name, BigDecimal yuan) {
        return add(name, yuan, false);
    }

    /** The rows of a list, each a required part. */
    Breakdown rows(String name, List<Money> rows) {
        rows.forEach(row -> add(name, yuan(row), true));
        return this;
    }

    private Breakdown add(String name, BigDecimal yuan, boolean isRequired) {
        names.add(name);
        amounts.add(yuan);
        required.add(isRequired);
        return this;
    }

    /** Whether every required part has an amount. */
    boolean complete() {
        for (int i = 0; i < amounts.size(); i++) {
            if (required.get(i) && amounts.get(i) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #check} would report: complete parts that do not add up, or partial ones above the total. */
    boolean disagrees() {
        if (total == null || amounts.stream().allMatch(a -> a == null)) {
            return false;
        }
        BigDecimal sum = written();
        return !WrittenPrecision.matches(total, sum) && (complete() || sum.compareTo(total.in(MoneyUnit.YUAN)) > 0);
    }

    /** The parts' sum in 元 when complete: what a missing total stands for. */
    Optional<BigDecimal> sum() {
        return complete() && amounts.stream().anyMatch(a -> a != null) ? Optional.of(written()) : Optional.empty();
    }

    /** The written total, in 元, else the sum of complete parts, else null. */
    BigDecimal totalOrSum() {
        return total != null ? total.in(MoneyUnit.YUAN) : sum().orElse(null);
    }

    private BigDecimal written() {
        return amounts.stream().filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Reports a complete breakdown that does not add up with the given variant (arguments: total as written, sum,
     * difference, then {@code details}), and partial parts that exceed the total with {@code partsExceed}.
     */
    void check(RuleContext context, String variant, Object... details) {
        if (total == null || amounts.stream().allMatch(a -> a == null)) {
            return;
        }
        BigDecimal sum = written();
        MoneyUnit unit = total.unit();
        if (complete()) {
            if (!WrittenPrecision.matches(total, sum) && !unitSlip(context, sum)) {
                report(context, variant, sum, total.amount().subtract(WrittenPrecision.inUnit(sum, unit)).abs(),
                        details);
            }
        } else if (sum.compareTo(total.in(MoneyUnit.YUAN)) > 0 && !WrittenPrecision.matches(total, sum)) {
            report(context, "partsExceed", sum, WrittenPrecision.inUnit(sum, unit).subtract(total.amount()),
                    HumanPath.of(totalPointer), partNames());
        }
    }

    /**
     * Two breakdowns of one total (a task's 财政资金 + 其他资金, and its 对应项目): when both are complete and neither
     * adds up, the total is the one wrong figure, so one finding names both sums; otherwise each is checked alone.
     */
    static void checkBoth(RuleContext context, Breakdown first, Breakdown second) {
        if (first.complete() && second.complete() && first.disagrees() && second.disagrees()) {
            MoneyUnit unit = first.total.unit();
            context.report(first.totalPointer, "breakdowns", first.total.written(),
                    WrittenPrecision.money(WrittenPrecision.inUnit(first.written(), unit), unit), first.partNames(),
                    WrittenPrecision.money(WrittenPrecision.inUnit(second.written(), unit), unit),
                    second.partNames(), HumanPath.of(first.totalPointer));
            return;
        }
        first.check(context);
        second.check(context);
    }

    /** {@link #check(RuleContext, String, Object...)} with the breakdown's own words: where the total is, its parts. */
    void check(RuleContext context) {
        check(context, "breakdown", HumanPath.of(totalPointer), partNames());
    }

    /**
     * The commonest way a total fails to add up: one part typed in 元 in a 万元 filing (or in 万元 in a 元 filing).
     * When taking exactly one part in the other unit makes the parts add up to the total, that part is named with
     * what it would be, instead of a difference of millions that tells the clerk nothing.
     *
     * @return whether such a part was found and reported
     */
    private boolean unitSlip(RuleContext context, BigDecimal sum) {
        MoneyUnit unit = total.unit();
        BigDecimal factor = MoneyUnit.WAN_YUAN.inYuan();
        boolean inWan = unit == MoneyUnit.WAN_YUAN;
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal part = amounts.get(i);
            if (part == null || part.signum() == 0) {
                continue;
            }
            BigDecimal meant = inWan ? part.divide(factor) : part.multiply(factor);
            if (WrittenPrecision.matches(total, sum.subtract(part).add(meant))) {
                context.report(totalPointer, inWan ? "yuanAsWan" : "wanAsYuan", total.written(),
                        WrittenPrecision.money(WrittenPrecision.inUnit(sum, unit), unit), HumanPath.of(totalPointer),
                        names.get(i), WrittenPrecision.money(WrittenPrecision.inUnit(part, unit), unit),
                        WrittenPrecision.money(WrittenPrecision.inUnit(meant, unit), unit));
                return true;
            }
        }
        return false;
    }

    private void report(RuleContext context, String variant, BigDecimal sumYuan, BigDecimal difference,
                        Object... details) {
        MoneyUnit unit = total.unit();
        List<Object> arguments = new ArrayList<>(List.of(total.written(),
                WrittenPrecision.money(WrittenPrecision.inUnit(sumYuan, unit), unit),
                WrittenPrecision.money(difference, unit)));
        arguments.addAll(Arrays.asList(details));
        context.report(totalPointer, variant, arguments.toArray());
    }

    /**
     * The parts' names as a sum, {@code 财政资金 + 其他资金}: the required ones and the optional ones written; a list
     * of rows names its rows once.
     */
    private String partNames() {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (required.get(i) || amounts.get(i) != null) {
                distinct.add(names.get(i));
            }
        }
        return String.join(" + ", distinct);
    }

    private static BigDecimal yuan(Money money) {
        return money == null ? null : money.in(MoneyUnit.YUAN);
    }
}
