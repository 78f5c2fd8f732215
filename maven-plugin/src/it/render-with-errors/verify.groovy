// The check fails the build, but only after render has written every table it can and the index.
import java.util.zip.ZipFile

// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// The order: render (package) writes the tables, then check (verify) reports and fails.
def rendered = log.indexOf("jixiao：3 份填报文件，渲染 2 份，已是最新 0 份，无法读取而未渲染 1 份")
def checked = log.indexOf("jixiao：检查了 3 份填报文件")
expect(rendered >= 0, "no render summary: 2 rendered, 1 not readable")
expect(checked > rendered, "the check ran before the render")
expect(log.contains("[ERROR] filings/b/2024.yaml:7:11: 错误[MONEY-SUM]"), "the sum error of b is not reported")
expect(log.contains("[ERROR] filings/b/2024.yaml:16:7: 错误[VALUE-MISSING]"), "the missing target of b is not reported")
expect(log.contains("[ERROR] filings/c/2024.yaml:2:7: 错误[YAML-SYNTAX]"), "the syntax error of c is not reported")
expect(log.contains("BUILD FAILURE") && log.contains("检查未通过（详见上方）"), "the build did not fail on the check")

// Both readable filings have their workbook and page; the unreadable one has none.
for (name in ["a/2024.xlsx", "a/2024.html", "b/2024.xlsx", "b/2024.html", "index.html", "TEST-jixiao.xml"]) {
    expect(new File(out, name).length() > 0, "missing or empty output ${name}")
}
expect(!new File(out, "c/2024.xlsx").exists() && !new File(out, "c/2024.html").exists(), "the unreadable c was rendered")

// The page of b shows its errors beside the rows; its workbook carries them as cell comments; a's has none.
def page = new File(out, "b/2024.html").getText("UTF-8")
expect(page.contains("MONEY-SUM") && page.contains("VALUE-MISSING"), "the page of b does not show its errors")
def comments = { String name ->
    new ZipFile(new File(out, name)).withCloseable { zip ->
        zip.entries().toList().findAll { it.name.startsWith("xl/comments") }
                .collect { zip.getInputStream(it).getText("UTF-8") }.join("\n")
    }
}
def commentsOfB = comments("b/2024.xlsx")
expect(commentsOfB.contains("错误[MONEY-SUM]") && commentsOfB.contains("错误[VALUE-MISSING]"),
        "the workbook of b has no comments with its errors: ${commentsOfB}")
expect(comments("a/2024.xlsx").isEmpty(), "the workbook of the valid a has comments")

// The index lists all three: a passed, b rendered with its errors, c not rendered with its error.
def index = new File(out, "index.html").getText("UTF-8")
expect(index.contains("有错误，仍已渲染") && index.contains("[MONEY-SUM]"), "the index does not list b's errors")
expect(index.contains("有错误，未渲染") && index.contains("[YAML-SYNTAX]"), "the index does not list c's error")
expect(index.contains("href=\"b/2024.html\"") && index.contains("href=\"b/2024.xlsx\""), "the index does not link b")
return true
