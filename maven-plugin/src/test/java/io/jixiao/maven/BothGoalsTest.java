package io.jixiao.maven;

import io.jixiao.check.FilingReader;
import io.jixiao.parser.FilingParser;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.verify;

/**
 * Check and render in one build share one checked folder through the plugin context, as Maven gives it to the goals
 * of one project: each filing is parsed once whichever goal runs first, and an edit between the goals is seen.
 */
@MojoTest
@DisplayName("The check and render goals in one build")
class BothGoalsTest {

    private static final Path BASEDIR = Path.of(MojoExtension.getBasedir()).toAbsolutePath();
    private static final String REPO = "target/unit/both-goals/";
    private static final Path FILINGS = BASEDIR.resolve(REPO + "filings");

    @Inject
    private Log log;

    /** The plugin context Maven would share between the two goals of one project. */
    private final Map<Object, Object> pluginContext = new ConcurrentHashMap<>();
    private final Map<Path, AtomicInteger> parses = new ConcurrentHashMap<>();
    private final FilingParser parser = new FilingParser();

    @BeforeEach
    void repository() throws IOException {
        Path repo = BASEDIR.resolve(REPO);
        if (Files.exists(repo)) {
            try (Stream<Path> old = Files.walk(repo)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path valid = BASEDIR.resolve("src/test/resources/filings/valid/a/2024.yaml");
        Path warnings = BASEDIR.resolve("src/test/resources/filings/warnings/a/2024.yaml");
        Path errors = BASEDIR.resolve("src/test/resources/filings/errors/a/2024.yaml");
        for (String department : new String[] {"a", "b", "c"}) {
            Files.createDirectories(FILINGS.resolve(department));
        }
        Files.copy(valid, FILINGS.resolve("a/2024.yaml"), REPLACE_EXISTING);
        // Three departments: the same 部门名称 and 年度 twice would be an error of its own (FILE-DUPLICATE-FILING).
        Files.writeString(FILINGS.resolve("b/2024.yaml"), department(warnings, "乙部门"));
        Files.writeString(FILINGS.resolve("c/2024.yaml"), department(errors, "丙部门"));
        pluginContext.put("project", "held by Maven, left alone");
    }

    private static String department(Path filing, String name) throws IOException {
        return Files.readString(filing).replace("部门名称: 示例县财政局", "部门名称: " + name);
    }

    /** Both goals as Maven runs them in one project: the same plugin context, a parser that counts. */
    private void asInOneBuild(AbstractJixiaoMojo... mojos) {
        FilingReader counting = file -> {
            parses.computeIfAbsent(FILINGS.relativize(file.toAbsolutePath()), f -> new AtomicInteger())
                    .incrementAndGet();
            return parser.parse(file);
        };
        for (AbstractJixiaoMojo mojo : mojos) {
            mojo.setPluginContext(pluginContext);
            mojo.reader = counting;
        }
    }

    private Map<String, Integer> parsesPerFiling() {
        Map<String, Integer> counts = new HashMap<>();
        parses.forEach((file, n) -> counts.put(file.toString().replace('\\', '/'), n.get()));
        return counts;
    }

    @Test
    @MojoParameter(name = "directory", value = REPO + "filings")
    @MojoParameter(name = "outputDirectory", value = REPO + "check-then-render")
    @DisplayName("check then render: the render reuses the check, each filing is parsed once")
    void checkThenRender(@InjectMojo(goal = "check") CheckMojo check, @InjectMojo(goal = "render") RenderMojo render)
            throws Exception {
        asInOneBuild(check, render);
        assertThrows(MojoFailureException.class, check::execute, "c/2024.yaml has an error");
        render.execute();
        assertEquals(Map.of("a/2024.yaml", 1, "b/2024.yaml", 1, "c/2024.yaml", 1), parsesPerFiling());
        Path out = BASEDIR.resolve(REPO + "check-then-render");
        assertTrue(Files.isRegularFile(out.resolve("a/2024.xlsx")) && Files.isRegularFile(out.resolve("b/2024.html")));
        assertTrue(Files.notExists(out.resolve("c/2024.xlsx")), "the filing with an error is not rendered");
        verify(log).info(startsWith("jixiao：3 份填报文件，渲染 2 份"));
        assertEquals("held by Maven, left alone", pluginContext.get("project"));
    }

    @Test
    @MojoParameter(name = "directory", value = REPO + "filings")
    @MojoParameter(name = "outputDirectory", value = REPO + "render-then-check")
    @DisplayName("render then check: the check reuses the render's, reports every finding and still fails")
    void renderThenCheck(@InjectMojo(goal = "render") RenderMojo render, @InjectMojo(goal = "check") CheckMojo check)
            throws Exception {
        asInOneBuild(check, render);
        render.execute();
        MojoFailureException failure = assertThrows(MojoFailureException.class, check::execute);
        assertEquals(Map.of("a/2024.yaml", 1, "b/2024.yaml", 1, "c/2024.yaml", 1), parsesPerFiling());
        assertTrue(failure.getMessage().startsWith("jixiao：3 份填报文件中有 1 条错误、1 条警告"), failure.getMessage());
        verify(log).error(argThat((CharSequence line) -> line.toString().contains("c/2024.yaml:4:7: 错误[SCHEMA-ENUM]")));
        verify(log).warn(argThat((CharSequence line) -> line.toString().contains("VALUE-QUANTITY")));
        verify(log).info(startsWith("jixiao：检查了 3 份填报文件，错误 1 条，警告 1 条"));
    }

    @Test
    @MojoParameter(name = "directory", value = REPO + "filings")
    @MojoParameter(name = "outputDirectory", value = REPO + "edited")
    @DisplayName("a filing edited between the goals is checked again, so the render shows the edit; the others are not")
    void editBetweenGoals(@InjectMojo(goal = "check") CheckMojo check, @InjectMojo(goal = "render") RenderMojo render)
            throws Exception {
        asInOneBuild(check, render);
        assertThrows(MojoFailureException.class, check::execute);
        Files.writeString(FILINGS.resolve("c/2024.yaml"), department(FILINGS.resolve("a/2024.yaml"), "丙部门"));
        render.execute();
        assertEquals(Map.of("a/2024.yaml", 1, "b/2024.yaml", 1, "c/2024.yaml", 2), parsesPerFiling());
        assertTrue(Files.isRegularFile(BASEDIR.resolve(REPO + "edited/c/2024.xlsx")), "the fixed filing is rendered");
    }
}
