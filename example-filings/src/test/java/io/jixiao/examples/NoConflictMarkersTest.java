package io.jixiao.examples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A merge resolved in a hurry can leave Git's conflict markers in a file no compiler reads: a message bundle, SPEC,
 * a fixture. A bundle with markers still loads (the marker lines become keys nobody asks for), so nothing else fails;
 * this test reads every source and documentation file of the repository instead. The bad-input fixture that
 * shows YAML-MERGE-CONFLICT is the one place markers belong.
 */
@DisplayName("No Git conflict markers are left in the repository")
class NoConflictMarkersTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules");
    private static final Set<String> TEXT = Set.of("java", "properties", "md", "yaml", "yml", "json", "xml", "groovy",
            "txt", "expected", "sh", "html", "path");

    @Test
    @DisplayName("no line of a source, bundle, fixture or document starts a conflict marker")
    void noMarkers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).filter(NoConflictMarkersTest::text)
                    .sorted()::iterator) {
                if (file.toString().replace('\\', '/').contains("/bad-input/merge-conflict/")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ") || line.equals("=======")) {
                        found.add(REPOSITORY.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), found, "resolve these merges");
    }

    private static boolean text(Path file) {
        for (Path part : REPOSITORY.relativize(file)) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1));
    }
}
