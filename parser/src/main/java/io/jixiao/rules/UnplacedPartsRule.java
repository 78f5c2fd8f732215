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
 * <p>One finding per part, however many values fill it: a column the form lacks is one finding at its first value,
 * with the count; a whole table the form lacks is one finding at its first value. What each form has a place for is
 * {@code format-spec/templates.yaml}, which the renderer's tests hold to what each layout prints.
 */
@Checks(Diagnostic.TEMPLATE_UNPLACED)
final class UnplacedPartsRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Filing filing = context.filing();
        TemplateForm form = filing.template().form();
        Map<List<String>, Part> parts = new LinkedHashMap<>();
        for (FiledValues.Entry entry : filing.values().entries()) {
            List<String> part = form.unplacedPart(entry.pointer());
            if (!part.isEmpty()) {
                parts.computeIfAbsent(part, p -> new Part(entry.pointer())).add(entry.pointer(), part.size());
            }
        }
        for (Map.Entry<List<String>, Part> found : parts.entrySet()) {
            List<String> path = found.getKey();
            Part part = found.getValue();
            boolean table = path.size() == 1 && TemplateForm.TABLES.contains(path.get(0));
            if (table) {
                context.report(part.first, "table", filing.template().id(), TemplateForm.label(path),
                        part.items.size());
            } else {
                context.report(part.first, "part", filing.template().id(), TemplateForm.label(path),
                        part.values);
            }
        }
    }

    /** The values found in one unplaced part: the first, how many, and the list items (tables) they belong to. */
    private static final class Part {
        private final String first;
        private final Set<String> items = new LinkedHashSet<>();
        private int values;

        Part(String first) {
            this.first = first;
        }

        void add(String pointer, int depth) {
            values++;
            List<String> tokens = Pointers.tokens(pointer);
            // A list of tables (项目, 支出方向) counts its items; a single table (部门整体) is one.
            boolean item = tokens.size() > depth && tokens.get(depth).matches("[0-9]+");
            items.add(item ? tokens.get(depth) : "");
        }
    }
}
