package io.jixiao.review.report;

import io.jixiao.finding.Messages;
import io.jixiao.history.TargetShift;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.change.MoneyChange;
import io.jixiao.review.change.TableChange;
import io.jixiao.review.change.TextChange;
import io.jixiao.review.change.TextDiff;
import io.jixiao.value.Numbers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Predicate;

/**
 * A change set as Markdown, ready to read in a merge-request note or a terminal: the money table, the targets
 * raised, lowered, new, dropped and renamed, other changes, and the goal texts with deletions struck through and
 * insertions in bold. Every sentence comes from the bundles; filed names and values are quoted as filed, escaped.
 * Not thread-safe: use one instance per thread.
 */
public final class ChangeSetMarkdown {

    private static final String SEPARATOR = ChangeWords.SEPARATOR;

    private final Messages messages;
    private final ChangeWords words;
    /** Each indicator's table, for the change set being written (an instance writes one at a time). */
    private final Map<IndicatorChange, TableChange> owner = new IdentityHashMap<>();

    public ChangeSetMarkdown(Messages messages) {
        this.messages = messages;
        this.words = new ChangeWords(messages);
    }

    /** The change set under a heading of the given level (2 for {@code ##}). */
    public String write(ChangeSet changes, int level) {
        owner.clear();
        changes.tables().forEach(t -> t.indicators().forEach(i -> owner.put(i, t)));
        StringBuilder out = new StringBuilder();
        ChangeSet.Side before = changes.previous();
        ChangeSet.Side after = changes.current();
        String title = before.year() == after.year()
                ? messages.format("review.changeSet.sameYear", after.department(), after.year())
                : messages.format("review.changeSet.years", after.department(), before.year(), after.year());
        out.append("#".repeat(level)).append(' ').append(Markdown.text(title)).append("\n\n");
        out.append(messages.format("review.changeSet.compared", Markdown.code(before.source()),
                Markdown.code(after.source()))).append("\n\n");
        ChangeSet.Counts counts = changes.counts();
        out.append(messages.format("review.changeSet.counts", counts.raised(), counts.lowered(), counts.added(),
                counts.dropped(), counts.renamed())).append("\n\n");
        if (changes.isEmpty()) {
            out.append(messages.format("review.changeSet.empty")).append("\n\n");
            return out.toString();
        }
        money(out, changes, level + 1);
        targets(out, changes, level + 1);
        texts(out, changes, level + 1);
        return out.toString();
    }

    private void money(StringBuilder out, ChangeSet changes, int level) {
        List<MoneyChange> rows = changes.moneyRows();
        if (rows.isEmpty()) {
            return;
        }
        heading(out, level, "review.money.heading");
        out.append(messages.format("review.money.unit", rows.get(0).unit().label())).append("\n\n");
        out.append("| ").append(messages.format("review.money.column.item")).append(" | ")
                .append(messages.format("review.money.column.before")).append(" | ")
                .append(messages.format("review.money.column.after")).append(" | ")
                .append(messages.format("review.money.column.change")).append(" | ")
                .append(messages.format("review.money.column.percent")).append(" |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (MoneyChange row : rows) {
            out.append("| ").append(Markdown.cell(words.moneyLabel(row, row == changes.budget()))).append(" | ")
                    .append(row.added() ? "—" : Numbers.plain(row.beforeAmount())).append(" | ")
                    .append(row.dropped() ? "—" : Numbers.plain(row.afterAmount())).append(" | ")
                    .append(ChangeWords.signed(row.difference(), "")).append(" | ")
                    .append(row.percent() == null ? "—" : ChangeWords.signed(row.percent(), "%")).append(" |\n");
        }
        out.append('\n');
    }

    private void targets(StringBuilder out, ChangeSet changes, int level) {
        list(out, level, "review.targets.raised", changes, i -> i.status() == IndicatorChange.Status.KEPT
                && i.target().shift().stricter(), this::targetLine);
        list(out, level, "review.targets.lowered", changes, i -> i.status() == IndicatorChange.Status.KEPT
                && i.target().shift().weaker(), i -> targetLine(i) + " — " + adjustment(i));
        list(out, level, "review.targets.added", changes, i -> i.status() == IndicatorChange.Status.ADDED,
                i -> messages.format("review.indicator.new", Markdown.text(path(i)),
                        Markdown.text(words.value(i.current().value()))));
        list(out, level, "review.targets.dropped", changes, i -> i.status() == IndicatorChange.Status.DROPPED,
                i -> messages.format("review.indicator.new", Markdown.text(path(i)),
                        Markdown.text(words.value(i.previous().value()))));
        List<String> renamed = new ArrayList<>();
        for (TableChange table : changes.tables()) {
            if (table.previousLabel() != null) {
                renamed.add(messages.format("review.table.renamed", Markdown.text(table.previousLabel()),
                        Markdown.text(table.label()), words.match(table.basis(), table.confidence(), 100)));
            }
        }
        for (IndicatorChange i : changes.indicators()) {
            if (i.renamed()) {
                renamed.add(Markdown.text(tablePath(changes, i)) + SEPARATOR + messages.format(
                        "review.indicator.renamed", Markdown.text(i.previous().name()), Markdown.text(i.name()),
                        words.match(i.basis(), i.confidence(), i.similarity())));
            }
            if (i.moved()) {
                renamed.add(Markdown.text(tablePath(changes, i)) + SEPARATOR + messages.format(
                        "review.indicator.moved", Markdown.text(i.name()),
                        Markdown.text(words.orBlank(i.previous().level2())),
                        Markdown.text(words.orBlank(i.current().level2()))));
            }
        }
        items(out, level, "review.targets.renamed", renamed);
        List<String> other = new ArrayList<>();
        for (IndicatorChange i : changes.indicators()) {
            if (i.status() != IndicatorChange.Status.KEPT) {
                continue;
            }
            TargetShift shift = i.target().shift();
            if (shift.changed() && !shift.stricter() && !shift.weaker()) {
                other.add(targetLine(i));
            }
            if (i.basisChanged()) {
                other.add(messages.format("review.indicator.basis", Markdown.text(path(i)),
                        Markdown.text(words.orBlank(i.previous().basis())),
                        Markdown.text(words.orBlank(i.current().basis()))));
            }
            if (i.explanationChanged()) {
                other.add(messages.format("review.indicator.explanation", Markdown.text(path(i)),
                        Markdown.text(words.orBlank(i.previous().explanation())),
                        Markdown.text(words.orBlank(i.current().explanation()))));
            }
        }
        items(out, level, "review.targets.other", other);
    }

    private void texts(StringBuilder out, ChangeSet changes, int level) {
        if (changes.texts().isEmpty()) {
            return;
        }
        heading(out, level, "review.texts.heading");
        for (TextChange text : changes.texts()) {
            out.append("- ").append(messages.format("review.texts.item",
                    Markdown.text(String.join(SEPARATOR, text.label()))));
            for (TextDiff.Segment segment : text.diff()) {
                String shown = Markdown.text(segment.text().replace("\n", " / "));
                switch (segment.kind()) {
                    case KEPT -> out.append(shown);
                    case DELETED -> out.append("~~").append(shown.strip()).append("~~");
                    case INSERTED -> out.append("**").append(shown.strip()).append("**");
                }
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private String targetLine(IndicatorChange i) {
        return messages.format("review.indicator.target", Markdown.text(path(i)),
                Markdown.text(words.value(i.previous().value())), Markdown.text(words.value(i.current().value())),
                words.shift(i));
    }

    private String adjustment(IndicatorChange i) {
        String text = i.adjustment();
        return text == null || text.isBlank() ? messages.format("review.indicator.noAdjustment")
                : messages.format("review.indicator.adjustment", Markdown.text(text));
    }

    private void list(StringBuilder out, int level, String key, ChangeSet changes, Predicate<IndicatorChange> which,
                      java.util.function.Function<IndicatorChange, String> line) {
        items(out, level, key, changes.indicators().stream().filter(which).map(line).toList());
    }

    private void items(StringBuilder out, int level, String key, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        heading(out, level, key);
        lines.forEach(l -> out.append("- ").append(l).append('\n'));
        out.append('\n');
    }

    private void heading(StringBuilder out, int level, String key) {
        out.append("#".repeat(level)).append(' ').append(messages.format(key)).append("\n\n");
    }

    /** The indicator with its table and category: {@code 项目 › 车辆保险费 › 正常使用率（质量指标）}. */
    private String path(IndicatorChange i) {
        return words.indicatorPath(i, tableOf(i));
    }

    private String tablePath(ChangeSet changes, IndicatorChange i) {
        return String.join(SEPARATOR, tableOf(i).path());
    }

    private TableChange tableOf(IndicatorChange i) {
        return owner.get(i);
    }


}
