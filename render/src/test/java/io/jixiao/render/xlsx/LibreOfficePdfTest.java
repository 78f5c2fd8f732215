package io.jixiao.render.xlsx;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints rendered workbooks to PDF with LibreOffice, as a reviewer would, and reads the PDF back with poppler's
 * pdftotext: nothing filed may be lost on paper. Machines without {@code soffice} or {@code pdftotext} skip this
 * test with a message saying how to install them ({@code apt-get install -y libreoffice-calc-nogui poppler-utils},
 * and a CJK font such as {@code fonts-noto-cjk} for the glyphs); nothing is installed for it.
 *
 * <p>What is checked, for the example filings, the format-v2 test filings and each template's layout:
 * <ul>
 *   <li>every cell's text is in the PDF (compared without white space and line breaks; a text cut into
 *       continuation rows may be found in parts, in order);</li>
 *   <li>no two words of a page overlap: a line that does not fit its row is drawn under the next row, where the
 *       PDF still holds its text (so the first check alone would pass) but the reader sees it cut off;</li>
 *   <li>every page carries its page number and the filing's year.</li>
 * </ul>
 */
@DisplayName("Rendered workbooks print to PDF in LibreOffice with nothing lost")
class LibreOfficePdfTest {

    private static final Path EXAMPLES = Path.of("../example-filings/filings");
    private static final Path V2 = Path.of("../parser/src/test/resources/io/jixiao/v2");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    @Test
    @DisplayName("every value's text is in the PDF, no line is cut off, every page is numbered and dated")
    void nothingLostOnPaper(@TempDir Path dir) throws IOException, InterruptedException {
        Optional<Path> soffice = onPath("soffice");
        Optional<Path> pdftotext = onPath("pdftotext");
        assumeTrue(soffice.isPresent() && pdftotext.isPresent(), "soffice (LibreOffice) or pdftotext (poppler) is "
                + "not on the PATH: skipping the print check; install with "
                + "apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk");

        Renderer renderer = new Renderer(Messages.chinese());
        Map<String, Filing> filings = filings();
        List<Path> workbooks = new ArrayList<>();
        for (Map.Entry<String, Filing> entry : filings.entrySet()) {
            Path workbook = dir.resolve(entry.getKey() + ".xlsx");
            Files.write(workbook, renderer.xlsx(entry.getValue()));
            workbooks.add(workbook);
        }
        convert(soffice.get(), dir, workbooks);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Filing> entry : filings.entrySet()) {
            Filing filing = entry.getValue();
            Path pdf = dir.resolve(entry.getKey() + ".pdf");
            assertTrue(Files.isRegularFile(pdf), "no PDF written for " + entry.getKey());
            String raw = run(pdftotext.get(), "-raw", pdf.toString(), "-");
            String text = squeeze(raw);
            for (Grid grid : renderer.tables(filing)) {
                for (Cell cell : grid.cells()) {
                    String wanted = squeeze(cell.text());
                    if (!wanted.isEmpty() && !foundInParts(text, wanted)) {
                        problems.add(entry.getKey() + " / " + grid.name() + ": not in the PDF: " + cell.text());
                    }
                }
            }
            String[] pages = raw.split("\f");
            for (int p = 0; p < pages.length; p++) {
                String page = squeeze(pages[p]);
                if (page.isEmpty()) {
                    continue;
                }
                if (!page.contains("第" + (p + 1) + "页") || !page.contains(filing.year() + "年度")) {
                    problems.add(entry.getKey() + " page " + (p + 1) + ": no page number or year: " + page);
                }
            }
            problems.addAll(overlaps(entry.getKey(), run(pdftotext.get(), "-bbox", pdf.toString(), "-")));
        }
        assertEquals(List.of(), problems);
    }

    /** The example filings, the format-v2 test filings, and a filing with every key in each template's layout. */
    private static Map<String, Filing> filings() throws IOException {
        Map<String, Filing> filings = new LinkedHashMap<>();
        for (Path folder : List.of(EXAMPLES, V2)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    String name = folder.relativize(file).toString().replaceAll("[/\\\\.]", "-");
                    new FilingParser().parse(file).filing().ifPresent(f -> filings.put(name, f));
                }
            }
        }
        Filing base = filings.get("national-2015-yaml");
        for (Template template : Template.values()) {
            filings.put("national-2015-as-" + template.id(), base.withTemplate(template));
        }
        Filing longText = longDuties();
        filings.put("long-duties-hunan", longText);
        filings.put("long-duties-generic", longText.withTemplate(Template.GENERIC));
        return filings;
    }

    /** A 部门职责概述 of sixty numbered duties: taller than Excel's tallest row, so it continues on further rows. */
    private static Filing longDuties() {
        StringBuilder yaml = new StringBuilder("格式版本: 1\n部门名称: 长文字测试部门\n年度: 2024\n模板: hunan-appendix\n"
                + "金额单位: 万元\n部门整体:\n  部门职责概述: |-\n");
        for (int i = 1; i <= 60; i++) {
            yaml.append("    （").append(i).append("）负责第").append(i)
                    .append("项职责的组织协调、督促检查和统计分析工作，按时报送有关情况，做好服务保障。\n");
        }
        yaml.append("  年度绩效指标:\n");
        for (int i = 1; i <= 40; i++) {
            yaml.append("    - 一级指标: 产出指标\n      二级指标: 数量指标\n      三级指标: 第").append(i)
                    .append("项工作完成数量\n      指标值: ≥").append(i).append("次\n");
        }
        return new FilingParser().parse(Path.of("long.yaml"), yaml.toString().getBytes(StandardCharsets.UTF_8))
                .filing().orElseThrow();
    }

    /** One LibreOffice run converts all the workbooks: starting it is most of the time. */
    private static void convert(Path soffice, Path dir, List<Path> workbooks) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertTrue(finished, "soffice did not finish in 10 minutes: " + log);
        assertEquals(0, process.exitValue(), log);
    }

    private static String run(Path program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "pdftotext did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The text without white space: the PDF breaks lines where the cell wraps. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * Whether the text is in the PDF whole, or in parts in order, each part at least as long as a short line: a text
     * cut into continuation rows is broken by the page foot and the repeated heading of the next page.
     */
    static boolean foundInParts(String pdf, String wanted) {
        if (pdf.contains(wanted)) {
            return true;
        }
        int from = 0;
        String rest = wanted;
        while (!rest.isEmpty()) {
            int length = longestPrefixFound(pdf, rest, from);
            if (length < Math.min(rest.length(), 8)) {
                return false;
            }
            from = pdf.indexOf(rest.substring(0, length), from) + length;
            rest = rest.substring(length);
        }
        return true;
    }

    private static int longestPrefixFound(String pdf, String text, int from) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (pdf.indexOf(text.substring(0, mid), from) >= 0) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Words of one page drawn over each other: a line that did not fit its row, drawn under the next one. */
    static List<String> overlaps(String name, String bbox) {
        List<String> problems = new ArrayList<>();
        String[] pages = bbox.split("<page ");
        for (int p = 1; p < pages.length; p++) {
            List<double[]> boxes = new ArrayList<>();
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(pages[p]);
            while (m.find()) {
                boxes.add(new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
                words.add(m.group(5));
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (overlap(boxes.get(i), boxes.get(j)) > 0.25) {
                        problems.add(name + " page " + p + ": words drawn over each other, a line cut off? «"
                                + words.get(i) + "» «" + words.get(j) + "»");
                    }
                }
            }
        }
        return problems;
    }

    /** The shared area of two boxes as a share of the smaller one. */
    private static double overlap(double[] a, double[] b) {
        double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double smaller = Math.min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]));
        return smaller <= 0 ? 0 : w * h / smaller;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, program)).filter(Files::isExecutable).findFirst();
    }
}
