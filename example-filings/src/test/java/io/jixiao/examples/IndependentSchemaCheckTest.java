package io.jixiao.examples;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code format-spec/validate-independently.sh} (python3-jsonschema) over the example filings, proving the
 * schema works in a tool other than ours. Skips, saying so, on a machine without the Python packages.
 */
@DisplayName("The schema in an independent JSON Schema tool")
class IndependentSchemaCheckTest {

    @Test
    @DisplayName("python3-jsonschema accepts every example filing")
    void pythonJsonschemaAcceptsTheExamples() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "../format-spec/validate-independently.sh"));
        ExampleFilings.all().stream().map(Path::toString).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "validator did not finish");
        Assumptions.assumeFalse(process.exitValue() == 3, output.strip());
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains(ExampleFilings.all().size() + " valid, 0 invalid"), output);
    }
}
