// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// Two valid filings: the check passes, and every workbook, page and the index are written.
for (name in ["a/2024.xlsx", "a/2024.html", "b/2024.xlsx", "b/2024.html", "index.html"]) {
    def file = new File(out, name)
    expect(file.isFile() && file.length() > 0, "missing or empty output ${name}")
}
expect(log.contains("jixiao：检查了 2 份填报文件，错误 0 条"), "no check summary")
expect(log.contains("jixiao：2 份填报文件，渲染 2 份"), "no render summary")
expect(log.count("BUILD SUCCESS") == 2, "the build or the help goal did not pass")
expect(log.contains("jixiao:check") && log.contains("jixiao:render") && log.contains("jixiao:help"), "jixiao:help lists no goals")
return true
