// Seven hostile cases, each run with a 256 MB heap (invoker.properties): each ends with a finding naming the file
// and exit status 1, without running out of memory, without echoing a file it should not read, and writing nothing
// outside its output folder. Each failed expectation prints the build log, so a red IT explains itself.
import java.nio.file.Files
import java.nio.file.Path
import java.util.zip.ZipFile

def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log.length() > 60000 ? log.substring(0, 60000) + '…' : log}")
    }
}
def hasFinding = { String file, String id -> log.contains("[ERROR] " + file) && log =~ java.util.regex.Pattern.quote(file) + "(:[0-9]+)*: 错误\\[" + id + "\\]" }

expect(hasFinding("cases/traversal/..\\..\\..\\escaped/2024.yaml", "FILE-NAME"), "no FILE-NAME for the backslash folder")
expect(hasFinding("cases/links/ok/2023.yaml", "FILE-SYMLINK"), "no FILE-SYMLINK for the linked filing")
expect(hasFinding("cases/links/up", "FILE-SYMLINK"), "no FILE-SYMLINK for the linked folder")
expect(hasFinding("cases/list/big/2024.yaml", "LIMIT-NODES"), "no LIMIT-NODES for two million list items")
expect(hasFinding("cases/duplicates/big/2024.yaml", "LIMIT-NODES"), "no LIMIT-NODES for 100,000 indicators")
expect(hasFinding("cases/projects/big/2024.yaml", "LIMIT-PROJECTS"), "no LIMIT-PROJECTS for 30,000 projects")
expect(hasFinding("cases/formula/dept/2024.yaml", "VALUE-FORMULA"), "no VALUE-FORMULA for a pasted formula")
// The render refuses the filing with too many cells, and the check of the same build reports that and fails on it:
// a filing left undrawn never makes a green build.
expect(hasFinding("cases/cells/big/2024.yaml", "LIMIT-CELLS"), "no LIMIT-CELLS for 950 projects beside last year's")
expect((log =~ /(?m)^\[INFO\] jixiao：检查了 2 份填报文件，错误 1 条/).find(), "the check did not count the render's refusal")
expect(!Files.exists(basedir.toPath().resolve("target/out/cells/big/2024.xlsx")), "the refused filing was drawn")
expect(Files.isRegularFile(basedir.toPath().resolve("target/out/cells/big/2023.xlsx")), "last year's filing was not drawn")

// Exit status 1 each time: invoker.buildResult.N = failure checks the status; here, that each failure is the check's.
expect((log =~ /(?m)^\[ERROR\] Failed to execute goal [^\n]*jixiao-maven-plugin[^\n]*:check /).size() == 7, "not seven failures of the check goal")
expect(!log.contains("OutOfMemoryError") && !log.contains("Java heap space"), "ran out of memory")
expect(!log.contains("JIXIAO-INTERNAL"), "an internal error")

// The credentials file a link pointed at was never read: not in the log, not in any output.
Path base = basedir.toPath()
def secret = "AKIAITLIMITSSECRET"
expect(!log.contains(secret), "the linked file's content is in the log")
Files.walk(base.resolve("target")).withCloseable { files ->
    files.filter { Files.isRegularFile(it) }.each { f ->
        expect(!new String(Files.readAllBytes(f), "UTF-8").contains(secret), "the linked file's content is in ${f}")
    }
}

// Nothing outside the output folders: no "escaped" anywhere above them, no filing output outside target/out.
Path itRoot = base.parent
for (Path up : [base.resolve("target/escaped"), base.resolve("escaped"), itRoot.resolve("escaped"),
                itRoot.parent.resolve("escaped")]) {
    expect(!Files.exists(up), "written outside the output folder: ${up}")
}
Files.walk(itRoot).withCloseable { paths ->
    paths.each { p ->
        expect(p.fileName?.toString() != "escaped", "written outside the output folder: ${p}")
        String name = p.fileName?.toString() ?: ""
        if (p.startsWith(base) && (name.endsWith(".xlsx") || name.endsWith(".html"))) {
            expect(p.startsWith(base.resolve("target/out")), "an output outside target/out: ${p}")
        }
    }
}

// The good filings beside the hostile ones were still rendered, and no link shows a way up.
def out = base.resolve("target/out")
expect(Files.isRegularFile(out.resolve("traversal/ok/2024.xlsx")), "the valid filing beside the traversal was not rendered")
expect(Files.isRegularFile(out.resolve("links/ok/2024.xlsx")), "the valid filing beside the links was not rendered")
expect(!Files.exists(out.resolve("links/ok/2023.xlsx")), "the linked filing was rendered")
String index = new String(Files.readAllBytes(out.resolve("traversal/index.html")), "UTF-8")
expect(!index.contains("../../.."), "the index shows ../../..")

// Formula-leading text is rendered as text with Excel's quote prefix, and no cell is a formula.
new ZipFile(out.resolve("formula/dept/2024.xlsx").toFile()).withCloseable { zip ->
    String styles = zip.getInputStream(zip.getEntry("xl/styles.xml")).getText("UTF-8")
    expect((styles =~ /quotePrefix="(1|true)"/).find(), "no quote-prefixed style in the workbook")
    // Texts are shared strings, or inline strings in the sheets where the rows are streamed (SheetWriter).
    String strings = zip.entries().findAll { it.name == "xl/sharedStrings.xml" || it.name.startsWith("xl/worksheets/") }
            .collect { zip.getInputStream(it).getText("UTF-8") }.join("\n")
    expect(strings.contains("=HYPERLINK(") && strings.contains("@SUM(A1:A2)"), "the formula texts are not kept as text")
    zip.entries().findAll { it.name.startsWith("xl/worksheets/") }.each { sheet ->
        expect(!zip.getInputStream(sheet).getText("UTF-8").contains("<f>"), "a formula cell in ${sheet.name}")
    }
}
return true
