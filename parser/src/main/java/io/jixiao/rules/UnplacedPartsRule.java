package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.FiledValues;
import io.jixiao.model.Filing;
import io.jixiao.model.TemplateForm;
import io.jixiao.read.Pointers;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEMPLATE-UNPLACED: parts of the filing that the chosen template's form has no place for. Nothing filed is ever
 * dropped — the renderer prints such parts apart, a table the form lacks in the generic layout and any other part in
 * the extra table 本表样没有位置的内容 — but a department that chose a form should learn that its printed form will
 * not show them where a reader looks (a Hebei project's 标准值, a Hunan filing's 项目), before a reviewer does.
 *
 * <p>One finding per part, however many values fill it, at its first value: a column the form lacks is one finding
 * with the count, the keys of one object the form lacks side by side are one finding naming them (项目 › 资金来源 ›
 * 一般公共预算、政府性基金), and a whole table the form lacks is one finding with the number of its tables. What each form has a place for is
 * {@code format-spec/templates.yaml}, which the renderer's tests hold to what each layout prints.
 */
@Checks(Diagnostic.TEMPLATE_UNPLACED)
final class UnplacedPartsRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Filing filing = context.filing();
        TemplateForm form = filing.form();
        Map<List<String>, Part> parts = new LinkedHashMap<>();
        java.util.function.Predicate<String> placed = form.placeFinder();
        for (FiledValues.Entry entry : filing.values().entries()) {
            if (placed.test(entry.pointer())) {
                continue;
            }
            List<String> part = form.unplacedPart(entry.pointer());
            if (part.isEmpty()) {
                continue;
            }
            boolean table = part.size() == 1 && TemplateForm.TABLES.contains(part.get(0));
            // Keys the form lacks side by side (资金来源's 一般公共预算, 政府性基金 …) are one part: their parent.
            List<String> group = table ? part : part.subList(0, part.size() - 1);
            parts.computeIfAbsent(group, p -> new Part(entry.pointer(), table))
                    .add(entry.pointer(), part.get(part.size() - 1), group.size());
        }
        for (Map.Entry<List<String>, Part> found : parts.entrySet()) {
            Part part = found.getValue();
            if (part.table) {
                context.report(part.first, "table", filing.template().id(), TemplateForm.label(found.getKey()),
                        part.items.size());
            } else {
                String parent = TemplateForm.label(found.getKey());
                context.report(part.first, "part", filing.template().id(), parent.isEmpty() ? "" : parent + " › ",
                        part.values, List.copyOf(part.keys));
            }
        }
    }

    /**
     * The values found in one unplaced part: the first, how many, the keys the form lacks in it, and the list items
     * (tables) they belong to.
     */
    private static final class Part {
        private final String first;
        private final boolean table;
        private final Set<String> keys = new LinkedHashSet<>();
        private final Set<String> items = new LinkedHashSet<>();
        private int values;

        Part(String first, boolean table) {
            this.first = first;
            this.table = table;
        }

        void add(String pointer, String key, int depth) {
            values++;
            keys.add(key);
            List<String> tokens = Pointers.tokens(pointer);
            // A list of tables (项目, 支出方向) counts its items; a single table (部门整体) is one.
            boolean item = tokens.size() > depth && tokens.get(depth).matches("[0-9]+");
            items.add(item ? tokens.get(depth) : "");
        }
    }
}
