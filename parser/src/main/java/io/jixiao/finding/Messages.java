package io.jixiao.finding;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern TYPE_TOKEN = Pattern.compile("\\{(string|integer|number|object|array|null|boolean|root)}");

    /** The rule groups' bundles, looked up after the parser's own (kept in sync with RuleSet.BUNDLES). */
    private static final List<String> RULE_BUNDLES = List.of("taxonomy", "value", "money", "plan", "calculation",
            "duplicate", "crosstable", "history").stream().map(g -> "io.jixiao.rules." + g).toList();

    private final List<ResourceBundle> bundles;
    private final Locale locale;

    private Messages(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = bundles;
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
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> bundles = new ArrayList<>();
        bundles.add(ResourceBundle.getBundle(BUNDLE, chosen, control));
        for (String name : RULE_BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, chosen, control));
            } catch (MissingResourceException e) {
                // a rule group without messages yet contributes none
            }
        }
        return new Messages(List.copyOf(bundles), english ? Locale.ENGLISH : Locale.CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key with its arguments; an unknown key is shown as itself so nothing is ever lost. */
    public String format(String key, Object... arguments) {
        String pattern = lookup(key);
        if (pattern == null) {
            return arguments.length == 0 ? key : key + " " + java.util.Arrays.toString(arguments);
        }
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof String text ? localizeTypeTokens(text) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(localized);
    }

    /** Whether any bundle has the key (used by tests that every rule has its texts). */
    public boolean has(String key) {
        return lookup(key) != null;
    }

    private String lookup(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    /** Schema type names travel as tokens such as {@code {string}} so that findings stay locale-neutral. */
    private String localizeTypeTokens(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = TYPE_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(lookup("type." + m.group(1))));
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
