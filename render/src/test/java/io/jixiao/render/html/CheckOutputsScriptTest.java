package io.jixiao.render.html;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code check-outputs.sh} with stand-in converters, so its decisions (skip, pass, fail) are tested on any
 * machine with bash and without LibreOffice or Chromium; the real tools are never needed by the build.
 */
@DisplayName("check-outputs.sh skips missing tools and fails when a conversion fails")
class CheckOutputsScriptTest {

    private static final Path SCRIPT = Path.of("check-outputs.sh").toAbsolutePath();

    @TempDir
    Path temp;
    private Path outputs;

    private record Run(int exitCode, String output) {
    }

    @BeforeEach
    void outputs() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bash is needed to run the script");
        outputs = temp.resolve("out");
        Files.createDirectories(outputs.resolve("临沂 统战部"));
        Files.writeString(outputs.resolve("index.html"), "<!DOCTYPE html><title>i</title>");
        Files.writeString(outputs.resolve("临沂 统战部/2023.html"), "<!DOCTYPE html><title>p</title>");
        Files.write(outputs.resolve("临沂 统战部/2023.xlsx"), new byte[] {'P', 'K'});
    }

    /** A stand-in tool: a shell script that records its arguments and then runs {@code body}. */
    private Path tool(String name, String body) throws IOException {
        Path tool = temp.resolve(name);
        Files.writeString(tool, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" >> '" + temp.resolve(name + ".args")
                + "'\n" + body + "\n");
        assertTrue(tool.toFile().setExecutable(true));
        return tool;
    }

    private Run run(String soffice, String chromium) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), outputs.toString())
                .redirectErrorStream(true);
        builder.environment().put("SOFFICE", soffice);
        builder.environment().put("CHROMIUM", chromium);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    /** Writes a PDF where soffice would: the --outdir folder, named after the input. */
    private static final String SOFFICE_OK = """
            while [ $# -gt 0 ]; do case "$1" in --outdir) dir=$2; shift;; *) in=$1;; esac; shift; done
            base=$(basename "$in"); printf '%%PDF' > "$dir/${base%.*}.pdf"
            """;
    private static final String CHROMIUM_OK = """
            for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF' > "${a#--print-to-pdf=}";; esac; done
            """;

    @Test
    @DisplayName("without soffice and chromium it says how to install them and exits 0")
    void skipsMissingTools() throws Exception {
        Run run = run(temp.resolve("missing-soffice").toString(), temp.resolve("missing-chromium").toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("skipped: soffice not installed (apt-get install libreoffice-calc-nogui)"));
        assertTrue(run.output().contains("skipped: chromium not installed (apt-get install chromium)"));
    }

    @Test
    @DisplayName("every workbook and page converted gives exit 0, with Chinese folder names percent-encoded in the URL")
    void passes() throws Exception {
        Run run = run(tool("soffice", SOFFICE_OK).toString(), tool("chromium", CHROMIUM_OK).toString());
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(3, run.output().lines().filter(l -> l.startsWith("ok: ")).count(), run.output());
        List<String> chromiumArgs = Files.readAllLines(temp.resolve("chromium.args"));
        assertTrue(chromiumArgs.containsAll(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run")), chromiumArgs.toString());
        assertTrue(chromiumArgs.stream().anyMatch(a -> a.startsWith("file://")
                && a.endsWith("/%E4%B8%B4%E6%B2%82%20%E7%BB%9F%E6%88%98%E9%83%A8/2023.html")), chromiumArgs.toString());
        List<String> sofficeArgs = Files.readAllLines(temp.resolve("soffice.args"));
        assertTrue(sofficeArgs.containsAll(List.of("--headless", "--convert-to", "pdf", "--outdir")));
    }

    @Test
    @DisplayName("a converter that fails, or succeeds without writing a PDF, makes the check fail")
    void failures() throws Exception {
        Run crashed = run(tool("soffice-crash", "echo 'Error: source file could not be loaded'; exit 1").toString(),
                tool("chromium-silent", "exit 0").toString());
        assertEquals(1, crashed.exitCode(), crashed.output());
        List<String> failed = new ArrayList<>(crashed.output().lines().filter(l -> l.startsWith("FAILED")).toList());
        assertEquals(3, failed.size(), crashed.output());
        assertTrue(failed.get(0).startsWith("FAILED: soffice could not convert"), failed.get(0));
        assertTrue(crashed.output().contains("source file could not be loaded"), "the tool's own words are shown");
        assertTrue(failed.get(1).startsWith("FAILED: chromium produced no PDF"), failed.get(1));
    }
}
