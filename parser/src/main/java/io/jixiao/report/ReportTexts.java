package io.jixiao.report;

import io.jixiao.finding.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reports' own texts (summary lines, the titles of the reading and schema stages' rule ids), in the language
 * of the {@link Messages} the reports were given.
 */
final class ReportTexts {

    private static final String BUNDLE = "io.jixiao.report.report";

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportTexts(Messages messages) {
        boolean english = "en".equals(messages.locale().getLanguage());
        this.locale = english ? Locale.ENGLISH : Locale.CHINESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A BCP 47 tag for the language of the texts, as SARIF records it. */
    String languageTag() {
        return Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
    }
}
