package io.jixiao.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory grows with findings, not with filings: a check of thousands of filings runs in a heap far smaller than
 * their models would take, in a JVM of its own so the limit is real. The corpus is made from the rule fixtures
 * (each a realistic filing, half of them with findings), one department per fixture and year.
 */
@DisplayName("A check of thousands of filings in a small heap")
class BoundedMemoryTest {

    /** Departments × years: 3,000 filings. */
    private static final int DEPARTMENTS = 300;
    private static final int YEARS = 10;
    /** Far below the ~100 KB a parsed filing of this corpus holds (model, node tree, text): 300 MB for all. */
    private static final String HEAP = "-Xmx64m";

    private static final Pattern DEPARTMENT = Pattern.compile("(?m)^部门名称: .*$");
    private static final Pattern YEAR = Pattern.compile("(?m)^年度: .*$");

    @TempDir
    Path repo;

    @Test
    @DisplayName("3,000 filings checked with -Xmx64m, then again from the cache, every finding reported")
    void thousandsOfFilings() throws Exception {
        List<String> templates = templates();
        Path filings = repo.resolve("filings");
        for (int d = 0; d < DEPARTMENTS; d++) {
            String template = templates.get(d % templates.size());
            Path folder = Files.createDirectories(filings.resolve(String.format("dept%04d", d)));
            for (int y = 0; y < YEARS; y++) {
                int year = 2016 + y;
                String text = DEPARTMENT.matcher(template).replaceFirst("部门名称: 部门" + d);
                text = YEAR.matcher(text).replaceFirst("年度: " + year);
                Files.writeString(folder.resolve(year + ".yaml"), text);
            }
        }
        String first = probe(filings);
        assertTrue(first.contains("filings=3000"), first);
        long findings = count(first);
        assertTrue(findings > 3000, "a corpus with findings: " + first);
        String second = probe(filings);
        assertEquals(first.replaceAll("millis=\\d+", ""), second.replaceAll("millis=\\d+", ""),
                "the second run, from the cache, reports the same");
        assertTrue(Files.size(repo.resolve("out/jixiao.sarif")) > 1000);
    }

    private static long count(String summary) {
        long total = 0;
        for (String key : new String[] {"errors=", "warnings=", "infos="}) {
            int at = summary.indexOf(key) + key.length();
            int end = at;
            while (end < summary.length() && Character.isDigit(summary.charAt(end))) {
                end++;
            }
            total += Long.parseLong(summary.substring(at, end));
        }
        return total;
    }

    /** Runs {@link BoundedMemoryProbe} in a JVM of its own with the small heap; its summary line. */
    private String probe(Path filings) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), BoundedMemoryProbe.class.getName(),
                filings.toString(), repo.resolve("out").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the check ended");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text.lines().filter(l -> l.startsWith("summary ")).findFirst().orElse(text);
    }

    private static List<String> templates() throws IOException, URISyntaxException {
        Path rules = Path.of(BoundedMemoryTest.class.getResource("/io/jixiao/rules").toURI());
        try (Stream<Path> files = Files.walk(rules)) {
            List<String> templates = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file);
                if (DEPARTMENT.matcher(text).find() && YEAR.matcher(text).find()) {
                    templates.add(text);
                }
            }
            return templates;
        }
    }
}
