package io.jixiao.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a whole output with its golden file under {@code src/test/resources/io/jixiao/render/html}. Run the
 * tests with {@code -Djixiao.updateGolden=true} to rewrite the golden files after an intended change, then review
 * the diff.
 */
final class Golden {

    static final String UPDATE_PROPERTY = "jixiao.updateGolden";
    private static final Path FOLDER = Path.of("src", "test", "resources", "io", "jixiao", "render", "html");

    private Golden() {
    }

    static void assertMatches(String fileName, String actual) throws IOException {
        Path golden = FOLDER.resolve(fileName);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            HtmlFiles.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden.toAbsolutePath() + "; run the tests with -D" + UPDATE_PROPERTY
                    + "=true to create it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "output differs from " + golden + " (rewrite with -D" + UPDATE_PROPERTY
                + "=true if the change is intended)");
    }
}
