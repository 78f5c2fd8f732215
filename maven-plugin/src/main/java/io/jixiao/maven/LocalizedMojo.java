package io.jixiao.maven;

import io.jixiao.finding.Messages;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Locale;

/**
 * What every jixiao goal shares: the language it speaks and a console that shows Chinese whatever the machine's
 * locale ({@link ConsoleEncoding}).
 */
abstract class LocalizedMojo extends AbstractMojo {

    /** Language of messages: {@code zh} or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh")
    String locale;

    /** Where this goal's lines go; set when the goal starts ({@link #startConsole()}). */
    private ConsoleEncoding console;

    /** Decides, once per goal, whether lines go to Maven's log or straight to UTF-8 standard output. */
    ConsoleEncoding startConsole() {
        console = ConsoleEncoding.of(getLog());
        return console;
    }

    ConsoleEncoding console() {
        return console != null ? console : startConsole();
    }

    /** Messages in the configured language; Chinese when the language itself is unknown (its fault says so). */
    Messages messages() {
        return Messages.forLocale(ParameterParsing.knownLocale(locale).orElse(Locale.CHINESE));
    }

    /** The exception that fails the build, its message first printed readably when Maven's banner cannot be. */
    <E extends Exception> E shown(E e) {
        console().failure(e.getMessage());
        return e;
    }
}
