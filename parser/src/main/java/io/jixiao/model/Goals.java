package io.jixiao.model;

import java.util.List;

/**
 * A goal cell: either one text or a numbered list of goals. Kept as written so the table renders as filed, while
 * rules see each goal separately (three identical goals are a defect worth reporting).
 *
 * @param items  the goal texts
 * @param listed true when the filing wrote a list rather than one text
 */
public record Goals(List<String> items, boolean listed) {

    public Goals {
        items = List.copyOf(items);
    }
}
