package io.jixiao.editor;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.report.Reports;
import io.jixiao.schema.FilingSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Puts editor help into a department's repository: the current {@code filing.schema.json} (so yaml-language-server
 * and VS Code complete keys and show the Chinese descriptions) and a VS Code {@code settings.json} that maps the
 * filings to it. Outside this repository the schema in {@code format-spec/} is out of reach, and copying it by hand
 * goes stale with every release.
 *
 * <p>Run it again after upgrading jixiao: a schema file jixiao wrote is brought up to date, an up-to-date one is left
 * untouched (same bytes, same time stamp), and each file is written atomically. A file jixiao did not write — a
 * schema with another {@code $id}, or an existing {@code settings.json} — is never changed; the result says so, and
 * for the settings what to add. Knows nothing of Maven: the plugin's {@code jixiao:schema} goal calls it.
 */
public final class EditorFiles {

    /** What became of one file. */
    public enum Outcome {
        WRITTEN, UPDATED, UP_TO_DATE, KEPT
    }

    /**
     * One file's outcome, with the message that says it ({@code editor.*} in the bundles).
     *
     * @param arguments the message's arguments
     */
    public record Step(Path file, Outcome outcome, String messageKey, List<Object> arguments) {

        public Step {
            arguments = List.copyOf(arguments);
        }
    }

    /** VS Code's settings are JSON with comments and trailing commas. */
    private static final ObjectMapper SETTINGS = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String YAML_SCHEMAS = "yaml.schemas";

    private final Path root;
    private final Path schemaFile;
    private final Path settingsFile;
    private final Path filings;

    /**
     * @param root         the repository (VS Code's workspace folder): settings paths are relative to it
     * @param schemaFile   where the schema goes, such as {@code .jixiao/filing.schema.json}
     * @param settingsFile VS Code's settings, such as {@code .vscode/settings.json}
     * @param filings      the folder of filings, {@code filings/<department>/<year>.yaml}
     */
    public EditorFiles(Path root, Path schemaFile, Path settingsFile, Path filings) {
        this.root = root.toAbsolutePath().normalize();
        this.schemaFile = this.root.resolve(schemaFile).normalize();
        this.settingsFile = this.root.resolve(settingsFile).normalize();
        this.filings = this.root.resolve(filings).normalize();
    }

    /** Writes or updates the schema and the settings, as far as they are jixiao's to write, and says what it did. */
    public List<Step> install() throws IOException {
        List<Step> steps = new ArrayList<>();
        steps.add(schema());
        steps.add(settings());
        return steps;
    }

    /**
     * The modeline a filing's first line carries for editors other than VS Code, with the schema's path relative to
     * a filing in {@code filings/<department>/}.
     */
    public String modeline() {
        return slashes(filings.resolve("x").relativize(schemaFile));
    }

    /** The schema jixiao checks with, as packaged. */
    static byte[] currentSchema() {
        try (InputStream in = FilingSchema.class.getResourceAsStream(FilingSchema.RESOURCE)) {
            return Objects.requireNonNull(in, FilingSchema.RESOURCE).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Step schema() throws IOException {
        byte[] current = currentSchema();
        String shown = shown(schemaFile);
        if (!Files.exists(schemaFile)) {
            Reports.writeAtomically(schemaFile, current);
            return new Step(schemaFile, Outcome.WRITTEN, "editor.schema.written", List.of(shown));
        }
        byte[] existing = Files.readAllBytes(schemaFile);
        if (Arrays.equals(existing, current)) {
            return new Step(schemaFile, Outcome.UP_TO_DATE, "editor.schema.upToDate", List.of(shown));
        }
        if (!writtenByJixiao(existing, current)) {
            return new Step(schemaFile, Outcome.KEPT, "editor.schema.foreign", List.of(shown));
        }
        Reports.writeAtomically(schemaFile, current);
        return new Step(schemaFile, Outcome.UPDATED, "editor.schema.updated", List.of(shown));
    }

    private Step settings() throws IOException {
        String schema = "./" + slashes(root.relativize(schemaFile));
        String glob = slashes(root.relativize(filings)) + "/**/*.yaml";
        String shown = shown(settingsFile);
        if (!Files.exists(settingsFile)) {
            ObjectNode settings = SETTINGS.createObjectNode();
            settings.putObject(YAML_SCHEMAS).put(schema, glob);
            byte[] json = (SETTINGS.writeValueAsString(settings) + "\n").getBytes(StandardCharsets.UTF_8);
            Reports.writeAtomically(settingsFile, json);
            return new Step(settingsFile, Outcome.WRITTEN, "editor.settings.written", List.of(shown, schema, glob));
        }
        if (mapsSchema(settingsFile, schema)) {
            return new Step(settingsFile, Outcome.UP_TO_DATE, "editor.settings.upToDate", List.of(shown, schema));
        }
        return new Step(settingsFile, Outcome.KEPT, "editor.settings.advice", List.of(shown, schema, glob));
    }

    /**
     * Whether a schema file is one jixiao wrote, of this or another version: its {@code $id} lives where the current
     * schema's does ({@code https://jixiao.io/schema/}).
     */
    private static boolean writtenByJixiao(byte[] existing, byte[] current) {
        try {
            ObjectMapper json = new ObjectMapper();
            String theirs = json.readTree(existing).path("$id").asText("");
            String ours = json.readTree(current).path("$id").asText("");
            return !theirs.isEmpty() && URI.create(theirs).resolve(".").equals(URI.create(ours).resolve("."));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether VS Code's settings (JSON with comments) already map some files to the schema. */
    private static boolean mapsSchema(Path settingsFile, String schema) {
        try {
            JsonNode schemas = SETTINGS.readTree(settingsFile.toFile()).path(YAML_SCHEMAS);
            for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
                if (names.next().replaceFirst("^\\./", "").equals(schema.substring(2))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** A path as the user knows it: relative to the repository. */
    private String shown(Path file) {
        return slashes(root.relativize(file));
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
