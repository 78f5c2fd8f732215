package io.jixiao.review.next;

import io.jixiao.check.CheckOptions;
import io.jixiao.review.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jixiao:next-year} writes into the filings folder, which a merge request may have filled with links: it
 * writes only inside that folder, never through a link to a file or folder elsewhere.
 */
@DisplayName("Next year's filings are written only inside the filings folder")
class NextYearSafetyTest {

    @TempDir
    Path root;
    private Path filings;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        filings = Files.createDirectories(root.resolve("filings"));
        outside = Files.createDirectories(root.resolve("outside/other"));
        String filing = Fixtures.filing("nongye-2025.yaml");
        Files.createDirectories(filings.resolve("dept"));
        Files.writeString(filings.resolve("dept/2025.yaml"), filing, StandardCharsets.UTF_8);
        Files.writeString(outside.resolve("2025.yaml"), filing, StandardCharsets.UTF_8);
        Files.createSymbolicLink(filings.resolve("linked"), Path.of("../outside/other"));
        Files.createDirectories(filings.resolve("linkfile"));
        Files.createSymbolicLink(filings.resolve("linkfile/2025.yaml"), Path.of("../../outside/other/2025.yaml"));
    }

    @Test
    @DisplayName("the departments to roll forward are the real folders, not a linked folder or a linked file")
    void linksAreNoDepartments() throws IOException {
        assertEquals(List.of("dept"), List.copyOf(NextYear.latest(CheckOptions.of(filings)).keySet()));
    }

    @Test
    @DisplayName("a linked file, a file in a linked folder and a file outside the folder are refused, nothing written")
    void linksAndOutsidersAreRefused() throws IOException {
        List<NextYear.Outcome> outcomes = NextYear.roll(filings, List.of(filings.resolve("linked/2025.yaml"),
                filings.resolve("linkfile/2025.yaml"), outside.resolve("2025.yaml"),
                filings.resolve("dept/../../outside/other/2025.yaml")));

        assertEquals(List.of(NextYear.Status.REFUSED, NextYear.Status.REFUSED, NextYear.Status.REFUSED,
                NextYear.Status.REFUSED), outcomes.stream().map(NextYear.Outcome::status).toList());
        assertEquals(List.of(outside.resolve("2025.yaml")), files(root.resolve("outside")), "written outside");
        assertFalse(Files.exists(filings.resolve("linkfile/2026.yaml"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    @DisplayName("a real filing in the folder is still rolled forward beside it")
    void realFilingIsWritten() throws IOException {
        List<NextYear.Outcome> outcomes = NextYear.roll(filings, List.of(filings.resolve("dept/2025.yaml")));

        assertEquals(NextYear.Status.WRITTEN, outcomes.get(0).status());
        assertTrue(Files.isRegularFile(filings.resolve("dept/2026.yaml")));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
