package io.jixiao.review.report;

import io.jixiao.finding.Messages;
import io.jixiao.history.Confidence;
import io.jixiao.history.MatchBasis;
import io.jixiao.history.TargetShift;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.change.MoneyChange;
import io.jixiao.review.change.TableChange;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a change, shared by the Markdown report and the review page: how a target moved ({@code 降低},
 * {@code 推迟} for a deadline), why two indicators are taken to be the same and how sure that is, where an indicator
 * or an amount is. Plain text; each writer escapes it for its format.
 */
public final class ChangeWords {

    /** Between the parts of a place: {@code 项目 › 车辆保险费 › 预算数}. */
    public static final String SEPARATOR = " › ";

    private final Messages messages;

    public ChangeWords(Messages messages) {
        this.messages = messages;
    }

    /** How the target moved: 提高, 收紧, 降低 … and for a deadline 提前 or 推迟. */
    public String shift(IndicatorChange change) {
        TargetShift shift = change.target().shift();
        Value value = change.current() == null ? null : change.current().value();
        boolean time = value instanceof Value.DateValue || value instanceof Value.Period;
        if (time && shift == TargetShift.LOWERED) {
            return messages.format("review.shift.later");
        }
        if (time && shift == TargetShift.RAISED) {
            return messages.format("review.shift.earlier");
        }
        return messages.format("review.shift." + shift.id());
    }

    /** 新增 or 取消 for an indicator that is new or dropped; its move for one kept. */
    public String status(IndicatorChange change) {
        return switch (change.status()) {
            case ADDED -> messages.format("review.status.added");
            case DROPPED -> messages.format("review.status.dropped");
            case KEPT -> shift(change);
        };
    }

    /** Why two things are taken to be the same, and how sure that is: {@code 名称相近，76%相同，把握：可能}. */
    public String match(MatchBasis basis, Confidence confidence, int similarity) {
        if (basis == null) {
            return "";
        }
        String why = messages.format("review.match.basis." + basis.id(), similarity);
        return messages.format("review.match.described", why,
                messages.format("review.match.confidence." + confidence.name().toLowerCase(Locale.ROOT)));
    }

    /** A value as filed, or the word for blank. */
    public String value(Value value) {
        return value == null || value.written().isBlank() ? messages.format("review.blank") : value.written();
    }

    public String orBlank(String text) {
        return text == null || text.isBlank() ? messages.format("review.blank") : text;
    }

    /** The indicator with its table and category: {@code 项目 › 车辆保险费 › 正常使用率（质量指标）}. */
    public String indicatorPath(IndicatorChange change, TableChange table) {
        List<String> path = new ArrayList<>(table.path());
        String level2 = change.shown().level2();
        path.add(level2 == null || level2.isBlank() ? change.name()
                : messages.format("review.indicator.category", change.name(), level2));
        return String.join(SEPARATOR, path);
    }

    /** A change as a finance clerk writes it: {@code +500}, {@code -16.2%}, {@code 0}; never an exponent. */
    public static String signed(java.math.BigDecimal number, String suffix) {
        String sign = number.signum() > 0 ? "+" : number.signum() < 0 ? "-" : "";
        return sign + io.jixiao.value.Numbers.plain(number.abs()) + suffix;
    }

    /** Where an amount is; a new or dropped project's budget says so, the filing's total says what it sums. */
    public String moneyLabel(MoneyChange change, boolean total) {
        String label = String.join(SEPARATOR, change.label());
        if (total) {
            return messages.format("review.money.total", label);
        }
        if (change.added()) {
            return messages.format("review.money.added", label);
        }
        return change.dropped() ? messages.format("review.money.dropped", label) : label;
    }
}
