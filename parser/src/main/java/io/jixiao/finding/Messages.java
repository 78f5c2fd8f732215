package io.jixiao.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns message keys into text. Chinese is the default whatever the JVM's locale, because the people who act on
 * findings are finance clerks; English is available on request.
 */
public final class Messages {

    private static final String BUNDLE = "io.jixiao.finding.messages";
    private static final Pattern TYPE_TOKEN = Pattern.compile("\\{(string|integer|number|object|array|null|boolean)}");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Chinese messages. */
    public static Messages chinese() {
        return forLocale(Locale.CHINESE);
    }

    /** English when the locale's language is English, Chinese otherwise. */
    public static Messages forLocale(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Locale chosen = english ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, english ? Locale.ENGLISH : Locale.CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key with its arguments; an unknown key is shown as itself so nothing is ever lost. */
    public String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return arguments.length == 0 ? key : key + " " + java.util.Arrays.toString(arguments);
        }
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof String text ? localizeTypeTokens(text) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(localized);
    }

    /** Schema type names travel as tokens such as {@code {string}} so that findings stay locale-neutral. */
    private String localizeTypeTokens(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = TYPE_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(bundle.getString("type." + m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String message(Finding finding) {
        return format(finding.messageKey(), finding.arguments().toArray());
    }

    public String severity(Severity severity) {
        return format(severity.labelKey());
    }
}
