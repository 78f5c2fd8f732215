package io.jixiao.render.layout.blocks;

import java.util.List;

/**
 * A filed text with the label a form prints before or beside it and its key in the filing. The label is the form's
 * word and the key the schema's: spelled alike today (填表人, 主要职责), they are kept apart so that renaming a key
 * moves no printed text and no pointer is built from a printed word.
 */
record LabelledText(String label, String key, String text) {

    /** Adds the text when it was filed (not blank): a form prints only the parts the filing has. */
    static void addIfFiled(List<LabelledText> texts, String label, String key, String text) {
        if (!CellText.isBlank(text)) {
            texts.add(new LabelledText(label, key, text));
        }
    }
}
