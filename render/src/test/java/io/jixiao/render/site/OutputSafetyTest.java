package io.jixiao.render.site;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outputs go inside the output folder and nowhere else, whatever the filings folder holds; a filing whose tables
 * are too large to draw is refused with a finding instead of taking minutes and gigabytes.
 */
@DisplayName("The render's outputs")
class OutputSafetyTest {

    private static final String VALID = SiteRenderTest.VALID;

    @TempDir
    Path repo;
    private final List<String> lines = new ArrayList<>();

    private RenderSummary render(Path out) throws IOException {
        FolderCheck check = new FolderCheck(CheckOptions.of(repo.resolve("filings")));
        return new SiteRender(SiteOptions.of(out), (severity, line) -> lines.add(line)).render(check, null);
    }

    /** Every file under the repository but the output folder and the filings: what a render must not write. */
    private List<Path> writtenElsewhere(Path out) throws IOException {
        try (Stream<Path> all = Files.walk(repo)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.startsWith(out))
                    .filter(p -> !p.startsWith(repo.resolve("filings"))).toList();
        }
    }

    @Test
    @DisplayName("a folder named ..\\..\\..\\escaped writes nothing three folders up, and no link shows ../../..")
    void backslashFolder() throws IOException {
        Path escaped = Files.createDirectories(repo.resolve("filings/..\\..\\..\\escaped"));
        Files.writeString(escaped.resolve("2024.yaml"), VALID);
        Files.createDirectories(repo.resolve("filings/ok"));
        Files.writeString(repo.resolve("filings/ok/2024.yaml"), VALID.replace("示例部门", "乙部门"));
        Path out = repo.resolve("target/jixiao");

        RenderSummary summary = render(out);

        assertEquals(1, summary.rendered());
        assertEquals(List.of(), writtenElsewhere(out));
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertFalse(index.html().contains("../../.."), "a link or name shown as ../../..");
        assertTrue(index.select("a").eachAttr("href").stream().noneMatch(href -> href.contains("..")));
    }

    @Test
    @DisplayName("a symbolic link committed in the output folder does not carry the writes out of it")
    void linkInTheOutputFolder() throws IOException {
        Files.createDirectories(repo.resolve("filings/dept"));
        Files.writeString(repo.resolve("filings/dept/2024.yaml"), VALID);
        Path out = Files.createDirectories(repo.resolve("target/jixiao"));
        Path elsewhere = Files.createDirectories(repo.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("dept"), elsewhere);

        RenderSummary summary = render(out);

        assertEquals(0, summary.rendered());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(List.of(), files.toList(), "written through the link");
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("错误[FILE-OUTPUT-PATH]")), lines::toString);
        Element row = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("tbody tr").first();
        assertTrue(row.text().contains("[FILE-OUTPUT-PATH]"), row.text());
    }

    @Test
    @DisplayName("an output path that would leave the output folder is refused, whatever the names")
    void outsideIsRefused() {
        Path out = repo.resolve("target/jixiao");
        OutputPaths.Resolved up = OutputPaths.ofRelative(out, Path.of("..", "..", "..", "escaped", "2024.yaml"),
                Path.of("f.yaml"));
        assertNull(up.outputs());
        Finding refusal = up.refusal();
        assertEquals("FILE-OUTPUT-PATH", refusal.ruleId());
        assertEquals("file.outputOutside", refusal.messageKey());

        OutputPaths.Resolved inside = OutputPaths.ofRelative(out, Path.of("..\\..\\..\\escaped", "2024.yaml"),
                Path.of("f.yaml"));
        assertEquals(out.toAbsolutePath().resolve("..\\..\\..\\escaped").resolve("2024.xlsx"),
                inside.outputs().xlsx(), "a backslash is part of a name, never a way up");
    }

    @Test
    @DisplayName("a filing with more cells than the limit is refused with LIMIT-CELLS and nothing is written")
    void tooManyCells() throws IOException {
        Files.createDirectories(repo.resolve("filings/big"));
        Files.writeString(repo.resolve("filings/big/2024.yaml"), tooManyCellsFiling());
        Path out = repo.resolve("target/jixiao");

        RenderSummary summary = render(out);

        assertEquals(new RenderSummary(1, 0, 0, 1, summary.millis()), summary);
        assertFalse(Files.exists(out.resolve("big/2024.xlsx")));
        assertFalse(Files.exists(out.resolve("big/2024.html")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("big/2024.yaml: 错误[LIMIT-CELLS]")), lines::toString);
        Element row = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("tbody tr").first();
        assertTrue(row.text().contains("[LIMIT-CELLS]"), row.text());
    }

    @Test
    @DisplayName("the cell limit holds when last year's filing is drawn beside this year's")
    void tooManyCellsYearOverYear() throws IOException {
        Files.createDirectories(repo.resolve("filings/big"));
        Files.writeString(repo.resolve("filings/big/2024.yaml"), tooManyCellsFiling());
        Files.writeString(repo.resolve("filings/big/2023.yaml"), VALID.replace("示例部门", "大部门")
                .replace("年度: 2024", "年度: 2023"));
        Path out = repo.resolve("target/jixiao");

        RenderSummary summary = render(out);

        assertEquals(new RenderSummary(2, 1, 0, 1, summary.millis()), summary);
        assertTrue(Files.exists(out.resolve("big/2023.xlsx")));
        assertFalse(Files.exists(out.resolve("big/2024.xlsx")));
        assertFalse(Files.exists(out.resolve("big/2024.html")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("big/2024.yaml: 错误[LIMIT-CELLS]")), lines::toString);
    }

    /** 999 projects of 22 indicators on the national form: within the check's limits, past the render's. */
    private static String tooManyCellsFiling() {
        StringBuilder text = new StringBuilder("格式版本: 1\n部门名称: 大部门\n年度: 2024\n模板: national-2015\n"
                + "金额单位: 万元\n项目:\n");
        for (int p = 0; p < 999; p++) {
            text.append("  - 项目名称: 项目").append(p).append("\n    绩效指标:\n");
            for (int i = 0; i < 22; i++) {
                text.append("      - {三级指标: 指标").append(i).append("}\n");
            }
        }
        return text.toString();
    }
}
