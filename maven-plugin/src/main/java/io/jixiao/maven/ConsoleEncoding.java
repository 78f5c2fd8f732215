package io.jixiao.maven;

import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import org.apache.maven.plugin.logging.Log;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Where the plugin's lines go, so that Chinese survives a console whose encoding cannot show it.
 *
 * <p>Maven prints its log through the {@code System.out} it found at start-up, encoded in the console's charset:
 * {@code stdout.encoding}, else {@code sun.stdout.encoding}, else the JVM's default charset, which with {@code LANG}
 * unset or {@code C} is ASCII on Java 17. Every finding would then print as {@code ????}, and Maven's logger keeps
 * its stream, so replacing {@code System.out} changes nothing. When the console cannot encode Chinese, the plugin
 * therefore writes its own lines itself, as UTF-8 bytes to standard output, with the level in brackets as Maven
 * writes it, and only at the levels Maven's log has switched on; otherwise everything goes to Maven's log as usual.
 * CI log viewers (GitLab, GitHub, Jenkins) read UTF-8, so the findings arrive intact.
 *
 * <p>Lines Maven prints itself, such as the failure banner at the end of the build, stay in the console's encoding;
 * the README's fix for those is {@code -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8} in {@code .mvn/jvm.config}.
 * When Maven writes its log to a file ({@code mvn -l build.log}, which makes {@code System.out} and {@code System.err}
 * one stream), standard output is not the log, so the plugin keeps to Maven's log.
 */
final class ConsoleEncoding {

    /** Text the console must be able to show: the severity every Chinese finding starts with. */
    private static final String SAMPLE = Messages.chinese().severity(Severity.ERROR);

    private static PrintStream utf8;

    private final Log log;
    private final PrintStream direct;

    /**
     * @param direct where lines are written as UTF-8 instead of to {@code log}, or null to use {@code log}
     */
    ConsoleEncoding(Log log, PrintStream direct) {
        this.log = log;
        this.direct = direct;
    }

    /** Maven's log, or UTF-8 standard output when the console's encoding cannot show Chinese. */
    static ConsoleEncoding of(Log log) {
        boolean logToFile = System.out == System.err;
        return new ConsoleEncoding(log, showsChinese(consoleCharset()) || logToFile ? null : utf8Out());
    }

    /** The charset the console's {@code System.out} encodes with, found as the JVM and Maven's console find it. */
    static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // the JVM falls back to its default charset as well
            }
        }
        return Charset.defaultCharset();
    }

    static boolean showsChinese(Charset charset) {
        return charset.newEncoder().canEncode(SAMPLE);
    }

    /** Whether lines bypass Maven's log because the console cannot show Chinese. */
    boolean direct() {
        return direct != null;
    }

    /** A line at the level of the finding it reports (null: plain information). */
    void line(Severity severity, String line) {
        if (severity == Severity.ERROR) {
            error(line);
        } else if (severity == Severity.WARNING) {
            warn(line);
        } else {
            info(line);
        }
    }

    void info(String line) {
        if (direct == null) {
            log.info(line);
        } else if (log.isInfoEnabled()) {
            direct.println("[INFO] " + line);
        }
    }

    void warn(String line) {
        if (direct == null) {
            log.warn(line);
        } else if (log.isWarnEnabled()) {
            direct.println("[WARNING] " + line);
        }
    }

    void error(String line) {
        if (direct == null) {
            log.error(line);
        } else if (log.isErrorEnabled()) {
            direct.println("[ERROR] " + line);
        }
    }

    /**
     * The message of the exception that is about to fail the build. Maven prints it in its failure banner; when that
     * banner cannot show Chinese, it is printed here first, readable.
     */
    void failure(String message) {
        if (direct != null) {
            error(message);
        }
    }

    /**
     * Lines that must reach standard output as they are, each at the start of a line, such as the GitHub Actions
     * workflow commands ({@code ::error file=…}): a log prefix would stop the runner from reading them.
     */
    @SuppressWarnings("java:S106")
    void raw(String lines) {
        (direct != null ? direct : System.out).println(lines);
    }

    /** One UTF-8 stream over standard output for the whole build, never closed (that would close stdout). */
    private static synchronized PrintStream utf8Out() {
        if (utf8 == null) {
            utf8 = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        }
        return utf8;
    }
}
