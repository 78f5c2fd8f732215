package io.jixiao.examples;

import java.text.Normalizer;

/**
 * The normal form in which seed cells and filing values are compared: Word bookmark markers dropped, full-width
 * forms folded to half-width (NFKC), curly quotes made straight, and all whitespace removed, because the seed
 * extraction pads, wraps and splits cells where the original table did not.
 */
final class Normal {

    private Normal() {
    }

    static String of(String s) {
        String t = s.replaceAll("\\[bookmark: [^\\]]*\\]", "");
        t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        t = t.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
        return t.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
