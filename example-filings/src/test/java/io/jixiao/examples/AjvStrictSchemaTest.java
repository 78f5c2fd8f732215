package io.jixiao.examples;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code format-spec/validate-with-ajv.sh}: ajv in its default strict mode compiles the schema with no error and
 * no strict-mode warning, and accepts the example filings and the format-v2 test filings. Editors and CI jobs that use
 * ajv can then use the schema unchanged. Skips, saying why, on a machine where ajv cannot be run (no Node.js, or npx
 * cannot fetch ajv-cli).
 */
@DisplayName("The schema in ajv's strict mode")
class AjvStrictSchemaTest {

    private static final Path V2_FILINGS = Path.of("../parser/src/test/resources/io/jixiao/v2");

    @Test
    @DisplayName("ajv compiles the schema strictly and accepts the example and format-v2 filings")
    void ajvAcceptsSchemaAndFilings() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "../format-spec/validate-with-ajv.sh"));
        List<Path> filings = new ArrayList<>(ExampleFilings.all());
        filings.addAll(v2Filings());
        filings.stream().map(Path::toString).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "ajv did not finish");
        Assumptions.assumeFalse(process.exitValue() == 3, output.strip());
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains("strict mode"), output);
        assertTrue(output.contains(filings.size() + " valid, 0 invalid"), output);
    }

    private static List<Path> v2Filings() {
        try (Stream<Path> files = Files.list(V2_FILINGS)) {
            List<Path> v2 = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(v2.isEmpty(), "the format-v2 test filings are in " + V2_FILINGS);
            return v2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
