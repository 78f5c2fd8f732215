package io.jixiao.render.html;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("HTML files are written whole, in UTF-8, and replace the old file in one step")
class HtmlFilesTest {

    @TempDir
    Path folder;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("a page is written as UTF-8 into a new Chinese-named folder, with no temporary file left")
    void writesUtf8() throws IOException {
        Path target = folder.resolve("临沂统战部").resolve("2023.html");
        HtmlFiles.write(target, "<p>绩效目标</p>\n");
        assertArrayEquals("<p>绩效目标</p>\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of("2023.html"), names(target.getParent()));
    }

    @Test
    @DisplayName("writing again replaces the old page")
    void replaces() throws IOException {
        Path target = folder.resolve("index.html");
        HtmlFiles.write(target, "old, and longer than the new one");
        HtmlFiles.write(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("index.html"), names(folder));
    }

    @Test
    @DisplayName("when the page cannot be put in place, the error is reported and no temporary file is left")
    void failureLeavesNothing() throws IOException {
        Path target = folder.resolve("page.html");
        Files.createDirectories(target.resolve("occupied"));
        assertThrows(IOException.class, () -> HtmlFiles.write(target, "x"));
        assertEquals(List.of("page.html"), names(folder));
    }
}
