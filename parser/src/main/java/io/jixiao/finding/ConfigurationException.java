package io.jixiao.finding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A mistake in how jixiao was configured — a severity override naming an unknown id, a report format that does not
 * exist — carried, like a finding, as a message key and arguments, so whoever shows it can say it in the user's
 * language: {@link #message(Messages)}. {@link #getMessage()} is the English text, as exception messages in logs
 * and stack traces conventionally are.
 */
public final class ConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> arguments;

    /** @param key a key of the bundles (see {@link Messages}), usually {@code config.…} */
    public ConfigurationException(String key, Object... arguments) {
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The message in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.format(key, arguments.toArray());
    }

    @Override
    public String getMessage() {
        return message(Messages.forLocale(Locale.ENGLISH));
    }
}
