package io.jixiao.editor;

import io.jixiao.editor.EditorFiles.Outcome;
import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Editor help written into a department's repository")
class EditorFilesTest {

    private static final Path SCHEMA = Path.of(".jixiao/filing.schema.json");
    private static final Path SETTINGS = Path.of(".vscode/settings.json");

    @TempDir
    Path repo;

    private EditorFiles files() {
        return new EditorFiles(repo, SCHEMA, SETTINGS, Path.of("filings"));
    }

    private static List<Outcome> outcomes(List<EditorFiles.Step> steps) {
        return steps.stream().map(EditorFiles.Step::outcome).toList();
    }

    @Test
    @DisplayName("writes the packaged schema byte for byte and settings mapping filings/**/*.yaml to it")
    void firstRun() throws IOException {
        List<EditorFiles.Step> steps = files().install();
        assertEquals(List.of(Outcome.WRITTEN, Outcome.WRITTEN), outcomes(steps));
        assertArrayEquals(EditorFiles.currentSchema(), Files.readAllBytes(repo.resolve(SCHEMA)));
        assertArrayEquals(Files.readAllBytes(Path.of("../format-spec/filing.schema.json")),
                Files.readAllBytes(repo.resolve(SCHEMA)), "the schema of this release, as format-spec has it");
        assertEquals("""
                {
                  "yaml.schemas" : {
                    "./.jixiao/filing.schema.json" : "filings/**/*.yaml"
                  }
                }
                """, Files.readString(repo.resolve(SETTINGS), StandardCharsets.UTF_8));
        assertEquals("已写出 .vscode/settings.json：VS Code（Red Hat 的 YAML 扩展）会用 ./.jixiao/filing.schema.json "
                + "检查 filings/**/*.yaml。",
                Messages.chinese().format(steps.get(1).messageKey(), steps.get(1).arguments().toArray()));
        assertEquals("已写出编辑器用的 Schema：.jixiao/filing.schema.json",
                Messages.chinese().format(steps.get(0).messageKey(), steps.get(0).arguments().toArray()));
        assertEquals("../../.jixiao/filing.schema.json", files().modeline());
    }

    @Test
    @DisplayName("a second run changes nothing, not even a time stamp")
    void idempotent() throws IOException {
        files().install();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(repo.resolve(SCHEMA), old);
        Files.setLastModifiedTime(repo.resolve(SETTINGS), old);
        assertEquals(List.of(Outcome.UP_TO_DATE, Outcome.UP_TO_DATE), outcomes(files().install()));
        assertEquals(old, Files.getLastModifiedTime(repo.resolve(SCHEMA)));
        assertEquals(old, Files.getLastModifiedTime(repo.resolve(SETTINGS)));
    }

    @Test
    @DisplayName("a schema an earlier jixiao wrote is brought up to date")
    void updatesItsOwnSchema() throws IOException {
        Files.createDirectories(repo.resolve(SCHEMA).getParent());
        Files.writeString(repo.resolve(SCHEMA), "{\"$id\": \"https://jixiao.io/schema/filing-0.schema.json\"}");
        assertEquals(Outcome.UPDATED, files().install().get(0).outcome());
        assertArrayEquals(EditorFiles.currentSchema(), Files.readAllBytes(repo.resolve(SCHEMA)));
    }

    @Test
    @DisplayName("a file of the user's own at the schema's place is never overwritten, and the user is told")
    void keepsAForeignSchema() throws IOException {
        Files.createDirectories(repo.resolve(SCHEMA).getParent());
        for (String foreign : List.of("{\"$id\": \"https://example.org/schema/my.json\"}", "not json at all", "{}")) {
            Files.writeString(repo.resolve(SCHEMA), foreign);
            EditorFiles.Step step = files().install().get(0);
            assertEquals(Outcome.KEPT, step.outcome(), foreign);
            assertEquals(foreign, Files.readString(repo.resolve(SCHEMA)));
            assertTrue(Messages.chinese().format(step.messageKey(), step.arguments().toArray()).contains("没有覆盖"));
        }
    }

    @Test
    @DisplayName("existing VS Code settings are left alone: recognised when they map the schema, else told what to add")
    void existingSettings() throws IOException {
        Files.createDirectories(repo.resolve(SETTINGS).getParent());
        String mine = """
                {
                  // my settings
                  "editor.fontSize": 14,
                }
                """;
        Files.writeString(repo.resolve(SETTINGS), mine);
        EditorFiles.Step advice = files().install().get(1);
        assertEquals(Outcome.KEPT, advice.outcome());
        assertEquals(mine, Files.readString(repo.resolve(SETTINGS)));
        assertEquals(".vscode/settings.json 已存在，没有改动。请在其中加入：\"yaml.schemas\": { "
                        + "\"./.jixiao/filing.schema.json\": \"filings/**/*.yaml\" }",
                Messages.chinese().format(advice.messageKey(), advice.arguments().toArray()));

        Files.writeString(repo.resolve(SETTINGS), """
                { "yaml.schemas": { ".jixiao/filing.schema.json": ["filings/**/*.yaml"] }, // mine
                }
                """);
        assertEquals(Outcome.UP_TO_DATE, files().install().get(1).outcome());
    }
}
