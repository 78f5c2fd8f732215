package io.jixiao.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.check.FilingOrder;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.text.PathText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What all report formats share, so that they show the same findings the same way: the path a finding is shown
 * under, one stable order, the fingerprint that identifies a finding across runs, rule titles, JSON output.
 */
final class ReportSupport {

    /**
     * One finding as the reports show it. The fingerprint is worked out when a report asks for it: only SARIF and
     * GitLab do, and SHA-256 per finding is most of what printing a cached finding costs otherwise.
     */
    record Entry(FileCheck check, Finding finding, String path, String uri, String fingerprintKey) {
        String fingerprint() {
            return sha256(fingerprintKey);
        }
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path, FilingOrder.SHOWN)
            .thenComparingInt(e -> e.finding().line())
            .thenComparingInt(e -> e.finding().column())
            .thenComparing(e -> e.finding().ruleId())
            .thenComparing(e -> e.finding().pointer())
            .thenComparing(e -> e.finding().messageKey())
            .thenComparing(e -> e.finding().arguments().toString())
            .thenComparing(e -> e.finding().severity());

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter JSON = jsonWriter();

    private final ReportOptions options;
    private final FindingPrinter printer;
    private final Path base;

    ReportSupport(ReportOptions options) {
        this.options = options;
        this.printer = new FindingPrinter(options.messages());
        this.base = options.baseDirectory() == null ? null : options.baseDirectory().toAbsolutePath().normalize();
    }

    ReportOptions options() {
        return options;
    }

    /** The language of the reports. */
    Messages messages() {
        return options.messages();
    }

    /**
     * The filings in the order of their shown paths: department folder by department folder, then by file name
     * ({@link FilingOrder}), the order a folder check hands them over in, so a report can be written as it goes.
     */
    List<FileCheck> files(CheckResult result) {
        return result.files().stream().sorted(Comparator.comparing((FileCheck f) -> path(f.file()),
                FilingOrder.SHOWN)).toList();
    }

    /** Every finding of the run, in report order. */
    List<Entry> entries(CheckResult result) {
        return files(result).stream().flatMap(f -> entries(f).stream()).toList();
    }

    /** The findings of one filing, in report order, each with a fingerprint unique within the filing. */
    List<Entry> entries(FileCheck check) {
        if (check.findings().isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(check.findings().size());
        Path file = null;
        String path = null;
        String uri = null;
        for (Finding finding : check.findings()) {
            if (!finding.file().equals(file)) {
                file = finding.file();
                path = path(file);
                uri = uri(file);
            }
            entries.add(new Entry(check, finding, path, uri, ""));
        }
        entries.sort(ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> result = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String key = fingerprintKey(e.path(), e.finding(), 0);
            int occurrence = seen.merge(key, 1, Integer::sum);
            if (occurrence > 1) {
                // Same rule, place and message twice (say, two tabs on lines without a pointer): keep them apart.
                key = fingerprintKey(e.path(), e.finding(), occurrence);
            }
            result.add(new Entry(e.check(), e.finding(), e.path(), e.uri(), key));
        }
        return result;
    }

    /**
     * The path a file is shown under: relative to the base directory with forward slashes when it lies under it,
     * otherwise as the user gave it (forward slashes); characters that could break a line are escaped
     * ({@link PathText}).
     */
    String path(Path file) {
        return PathText.escaped(slashes(file));
    }

    /** The path as {@link #path} shows it, but with every character as it is: what a URI encodes. */
    private String slashes(Path file) {
        Path shown = file;
        if (base != null) {
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                shown = base.relativize(absolute);
            }
        }
        return PathText.slashes(shown);
    }

    /**
     * The file as a URI reference: a relative path percent-encoded as UTF-8 (so {@code 石峰区政协/2023.yaml} becomes
     * {@code %E7%9F%B3...%8F/2023.yaml} and decodes back to the same name), or a {@code file:} URI for an absolute
     * path outside the base directory.
     */
    String uri(Path file) {
        String shown = slashes(file);
        boolean relativized = base != null && file.toAbsolutePath().normalize().startsWith(base);
        if (!relativized && file.isAbsolute()) {
            return file.normalize().toUri().toASCIIString();
        }
        return encodePath(shown);
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters and the {@code /} separators. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * A stable identity for a finding that survives unrelated edits moving it to another line: SHA-256 of the
     * shown path, rule id, JSON pointer, message key and arguments (and the occurrence when these repeat).
     */
    static String fingerprint(String path, Finding finding, int occurrence) {
        return sha256(fingerprintKey(path, finding, occurrence));
    }

    private static String fingerprintKey(String path, Finding finding, int occurrence) {
        StringBuilder key = new StringBuilder("jixiao-fingerprint-1");
        key.append('\0').append(path).append('\0').append(finding.ruleId()).append('\0').append(finding.pointer())
                .append('\0').append(finding.messageKey());
        for (Object argument : finding.arguments()) {
            key.append('\0').append(argument);
        }
        if (occurrence > 1) {
            key.append('\0').append('#').append(occurrence);
        }
        return key.toString();
    }

    private static String sha256(String key) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** The message of a finding in the chosen language. */
    String message(Finding finding) {
        return options.messages().message(finding);
    }

    /** The finding printed like a compiler does, under its shown path, with its source line and caret. */
    String printed(Entry entry) {
        Finding shown = entry.finding().withFile(Path.of(entry.path()));
        return normalizeNewlines(printer.print(shown, sourceLines(entry.check())));
    }

    static List<String> sourceLines(FileCheck check) {
        return check.sourceLines();
    }

    static String normalizeNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The rules a machine-readable report describes: every declared diagnostic — reading, YAML, schema, internal
     * and domain rule — sorted by id, whether or not it reported anything.
     */
    static List<Diagnostic> rules() {
        return Diagnostic.all().stream().sorted(Comparator.comparing(Diagnostic::id)).toList();
    }

    /** "jixiao 0.1.0, rules 1" in the chosen language. */
    String versionLine() {
        return options.messages().format("report.versionLine", options.jixiaoVersion(), options.ruleSetVersion());
    }

    /** Pretty-printed JSON with two-space indents and {@code \n} line ends on every platform, ending in a newline. */
    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generator writing JSON as {@link #json} does (same indentation and spacing), for reports written a filing
     * at a time.
     */
    static JsonGenerator jsonGenerator(OutputStream out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        generator.setPrettyPrinter(prettyPrinter());
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    /** The whole report of a result, through the report's own writer: one way to write it, whole or streamed. */
    static byte[] bytes(Report report, ReportSupport support, CheckResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Report.Sink sink = report.open(out);
            for (FileCheck file : support.files(result)) {
                sink.add(file);
            }
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** For building JSON trees (object nodes keep the order keys are put in). */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectWriter jsonWriter() {
        return MAPPER.writer(prettyPrinter());
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
