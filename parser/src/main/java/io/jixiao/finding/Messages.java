package io.jixiao.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one way jixiao's text is localised: every sentence the tool says — findings, summaries, report texts,
 * configuration errors, page and index labels — is a key in the bundles {@code io/jixiao/i18n/<topic>.properties}
 * (Chinese) and {@code <topic>_en.properties} (English) of {@link #TOPICS}, formatted with
 * {@link MessageFormat}. Chinese is the default whatever the JVM's locale, because the people who act on findings
 * are finance clerks; English is available on request.
 *
 * <p>To add a text: put the key in the topic's Chinese and English files (a new topic is a new pair of files and
 * one entry in {@link #TOPICS}). Counts in English use choice patterns ({@code {0,choice,1#1 error|1<{0} errors}});
 * years and line numbers use {@code {0,number,#}} so they are not grouped. A key is defined in one topic only.
 */
public final class Messages {

    /** Where the bundles live on the class path. */
    public static final String FOLDER = "/io/jixiao/i18n/";

    /**
     * The topics, one pair of files each: what a filing gets told ({@code findings}), the domain rules' texts
     * ({@code rules}), configuration errors ({@code config}), the reports' own lines ({@code report}), the rendered
     * pages and index ({@code render}), what the Maven plugin's own goals say, help and editor setup
     * ({@code goals}), and the review's change sets and reports ({@code review}).
     */
    public static final List<String> TOPICS = List.of("findings", "rules", "config", "report", "render", "goals",
            "review");

    private static final Pattern TYPE_TOKEN =
            Pattern.compile("\\{(string|integer|number|object|array|null|boolean|root)}");
    private static final Map<Boolean, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private final Map<String, String> texts;
    private final Locale locale;
    /** Patterns parsed once per key: a run prints the same few dozen messages tens of thousands of times. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Map<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** Chinese messages. */
    public static Messages chinese() {
        return forLocale(Locale.CHINESE);
    }

    /** English when the locale's language is English, Chinese otherwise. */
    public static Messages forLocale(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new Messages(TEXTS.computeIfAbsent(english, Messages::load), english ? Locale.ENGLISH : Locale.CHINESE);
    }

    /**
     * Every key of every topic in one language, English over Chinese so that a text not yet translated still shows
     * (the tests keep both complete).
     */
    private static Map<String, String> load(boolean english) {
        Map<String, String> texts = new HashMap<>();
        for (String topic : TOPICS) {
            Map<String, String> chinese = bundle(topic, false);
            chinese.keySet().stream().filter(texts::containsKey).findFirst().ifPresent(key -> {
                throw new IllegalStateException("key " + key + " is defined in two topics; " + topic + " is one");
            });
            texts.putAll(chinese);
            if (english) {
                texts.putAll(bundle(topic, true));
            }
        }
        return Map.copyOf(texts);
    }

    /**
     * The texts of one topic's file as written, without falling back to the other language: {@code english}
     * selects {@code <topic>_en.properties}.
     */
    public static Map<String, String> bundle(String topic, boolean english) {
        String resource = FOLDER + topic + (english ? "_en" : "") + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing from the classpath: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames().stream()
                    .collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The language as a BCP 47 tag, as SARIF and HTML record it: {@code zh-CN} or {@code en}. */
    public String languageTag() {
        return Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
    }

    /**
     * The text of a key with its arguments; an unknown key is shown as itself so nothing is ever lost. A
     * {@link Collection} argument is shown as its items joined with the language's list separator.
     */
    public String format(String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return arguments.length == 0 ? key : key + " " + Arrays.toString(arguments);
        }
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = localize(arguments[i]);
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (format) { // a MessageFormat and its number formats are not thread-safe
            return format.format(localized);
        }
    }

    /** Whether any topic has the key. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    private Object localize(Object argument) {
        if (argument instanceof String text) {
            return localizeTypeTokens(text);
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(localize(item)))
                    .collect(Collectors.joining(texts.getOrDefault("list.separator", ", ")));
        }
        return argument;
    }

    /** Schema type names travel as tokens such as {@code {string}} so that findings stay locale-neutral. */
    private String localizeTypeTokens(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = TYPE_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(texts.get("type." + m.group(1))));
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

    /** The one-line title of a diagnostic: what it checks. */
    public String title(Diagnostic diagnostic) {
        return format(diagnostic.titleKey());
    }
}
