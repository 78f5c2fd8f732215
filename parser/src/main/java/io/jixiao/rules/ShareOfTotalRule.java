package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * MONEY-SHARE: each 占比 of the funding overview (湖北 部门整体支出绩效目标表, 部门总体资金情况) is the row's amount
 * divided by its block's 合计, between 0% and 100%. The share is printed next to the amounts, so a reader sees at
 * once when 项目支出 300 of 717.28 is called 106%; shares usually go wrong when copied from another year's table.
 * A written share matches within half a unit of its last decimal place (82% within 0.5 points). One wrong share is one
 * finding: a share the amounts contradict gets the share they call for, and "outside 0–100%" only when the
 * amounts cannot say more (no amount, or an amount itself above the total).
 */
@Checks(Diagnostic.MONEY_SHARE)
final class ShareOfTotalRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String TOTAL = "合计";

    @Override
    public void check(RuleContext context) {
        var dept = context.filing().departmentTable();
        if (dept == null || dept.funding() == null) {
            return;
        }
        block(context, dept.funding().income());
        block(context, dept.funding().expenditure());
    }

    private static void block(RuleContext context, FundingOverview.Block block) {
        if (block == null) {
            return;
        }
        BigDecimal base = base(block);
        for (FundingOverview.Row row : rows(block)) {
            boolean isTotal = row == block.total();
            WrittenPrecision.percent(row.share()).ifPresent(share -> {
                if (isTotal && share.compareTo(HUNDRED) == 0) {
                    return;
                }
                String item = isTotal || row.item() == null ? TOTAL : row.item();
                String pointer = Pointers.child(row.pointer(), Keys.FundRow.SHARE);
                boolean computed = row.thisYear() != null && base != null && base.signum() > 0
                        && compare(context, pointer, row, item, share, base);
                if (!computed && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
                    context.report(pointer, "range", item, row.share().written());
                }
            });
        }
    }

    /** The block's 合计 this year, in 元; the sum of its lines when no 合计 amount is written. */
    private static BigDecimal base(FundingOverview.Block block) {
        if (block.total() != null && block.total().thisYear() != null) {
            return block.total().thisYear().in(MoneyUnit.YUAN);
        }
        List<BigDecimal> amounts = block.lines().stream().filter(l -> l.thisYear() != null)
                .map(l -> l.thisYear().in(MoneyUnit.YUAN)).toList();
        return amounts.isEmpty() ? null : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<FundingOverview.Row> rows(FundingOverview.Block block) {
        List<FundingOverview.Row> rows = new ArrayList<>(block.lines());
        if (block.total() != null) {
            rows.add(block.total());
        }
        return rows;
    }

    /**
     * Compares share × base with amount × 100, so the check is exact although the quotient may not be, and reports
     * a share that does not match.
     *
     * @return whether a mismatch was reported: its message already gives the share the amounts call for, so a
     *         share that is also out of range ({@code 106%}) is not reported a second time for that
     */
    private static boolean compare(RuleContext context, String pointer, FundingOverview.Row row, String item,
                                   BigDecimal share, BigDecimal base) {
        BigDecimal amount = row.thisYear().in(MoneyUnit.YUAN);
        BigDecimal gap = share.multiply(base).subtract(amount.multiply(HUNDRED)).abs();
        if (gap.compareTo(WrittenPrecision.halfUnit(share).multiply(base)) < 0) {
            return false;
        }
        int places = Math.max(share.scale(), 1);
        BigDecimal expected = amount.multiply(HUNDRED).divide(base, places, RoundingMode.HALF_UP);
        context.report(pointer, "mismatch", item, row.share().written(), WrittenPrecision.plain(expected),
                row.thisYear().written(), WrittenPrecision.plain(WrittenPrecision.inUnit(base,
                        row.thisYear().unit())));
        return true;
    }
}
