package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Severity;
import io.jixiao.text.PathText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JUnit XML, which Jenkins, GitLab, Azure DevOps and most CI servers show as a test report: one
 * {@code <testsuite name="jixiao">} with the jixiao and rule-set versions as {@code <properties>}, and one
 * {@code <testcase>} per filing ({@code classname} = its department folder, {@code name} = its path). A filing
 * with errors, or with warnings when warnings fail, has a {@code <failure>} whose message counts them and whose text
 * is every finding printed as in the console; a passing filing's findings go to {@code <system-out>}.
 *
 * <p>Written with the JDK's {@link XMLStreamWriter}, which does the escaping; characters XML 1.0 cannot carry at
 * all (control characters) are replaced by U+FFFD. No times or timestamps, so the same findings give the same
 * bytes.
 */
public final class JUnitReport implements Report {

    private final ReportSupport support;

    public JUnitReport(ReportOptions options) {
        this.support = new ReportSupport(options);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JUNIT;
    }

    @Override
    public byte[] bytes(CheckResult result) {
        return ReportSupport.bytes(this, support, result);
    }

    /**
     * The test cases are written to a {@link Spool} as the filings come, since the suite's opening tag counts
     * them; the suite is put together at the end.
     */
    @Override
    public Sink open(OutputStream out) throws IOException {
        ReportOptions options = support.options();
        boolean failOnWarning = options.failOnWarning();
        Spool body = new Spool();
        XMLStreamWriter cases = writer(body);
        int[] counts = new int[2];
        return new Sink() {
            @Override
            public void add(FileCheck file) throws IOException {
                counts[0]++;
                if (file.failed(failOnWarning)) {
                    counts[1]++;
                }
                try {
                    testcase(cases, file, failOnWarning);
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            }

            @Override
            public void finish() throws IOException {
                try (body) {
                    newline(cases, 0); // also ends the last test case, when it is an empty element
                    cases.flush();
                    XMLStreamWriter xml = writer(out);
                    xml.writeStartDocument("UTF-8", "1.0");
                    newline(xml, 0);
                    xml.writeStartElement("testsuite");
                    attribute(xml, "name", "jixiao");
                    attribute(xml, "tests", Integer.toString(counts[0]));
                    attribute(xml, "failures", Integer.toString(counts[1]));
                    attribute(xml, "errors", "0");
                    attribute(xml, "skipped", "0");
                    newline(xml, 1);
                    xml.writeStartElement("properties");
                    property(xml, "jixiao.version", options.jixiaoVersion());
                    property(xml, "jixiao.ruleSetVersion", options.ruleSetVersion());
                    newline(xml, 1);
                    xml.writeEndElement();
                    xml.flush(); // the suite stays open: the cases, then its end, follow as bytes
                    body.copyTo(out);
                    out.write("</testsuite>\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    private static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report", e);
        }
    }

    private void testcase(XMLStreamWriter xml, FileCheck file, boolean failOnWarning) throws XMLStreamException {
        String path = support.path(file.file());
        List<ReportSupport.Entry> entries = support.entries(file);
        newline(xml, 1);
        if (entries.isEmpty()) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        attribute(xml, "classname", department(file.file()));
        attribute(xml, "name", path);
        attribute(xml, "file", path);
        if (!entries.isEmpty()) {
            String printed = entries.stream().map(support::printed).collect(Collectors.joining("\n\n", "\n",
                    "\n"));
            newline(xml, 2);
            if (file.failed(failOnWarning)) {
                long errors = file.count(Severity.ERROR);
                xml.writeStartElement("failure");
                attribute(xml, "message", support.messages().format("report.failure", errors,
                        file.count(Severity.WARNING)));
                attribute(xml, "type", errors > 0 ? "error" : "warning");
            } else {
                xml.writeStartElement("system-out");
            }
            xml.writeCharacters(xmlSafe(printed));
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
        }
    }

    /** The department a filing belongs to: its folder ({@code filings/<department>/<year>.yaml}). */
    static String department(Path file) {
        Path folder = file.getParent();
        if (folder == null) {
            folder = file.toAbsolutePath().getParent();
        }
        return folder == null || folder.getFileName() == null ? "jixiao"
                : PathText.escaped(folder.getFileName().toString());
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 2);
        xml.writeEmptyElement("property");
        attribute(xml, "name", name);
        attribute(xml, "value", value);
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlSafe(value));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Replaces what XML 1.0 cannot represent even escaped (most control characters, lone surrogates) by U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('\uFFFD');
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
