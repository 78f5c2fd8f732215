// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// Two bad filings and a good one: every finding of every file is logged before the one failure.
expect(log.contains("[ERROR] filings/a/2024.yaml:4:7: 错误[SCHEMA-ENUM]"), "the wrong unit of a/2024.yaml is not reported")
expect(log.contains("[ERROR] filings/b/2024.yaml:10:7: 错误[SCHEMA-UNKNOWN-KEY]"), "the unknown key of b/2024.yaml is not reported")
expect(!log.contains("filings/c/2024.yaml:"), "the valid c/2024.yaml has findings")
expect(log.contains("jixiao：3 份填报文件中有"), "no failure message with the counts")
expect(log.contains("检查未通过（详见上方）"), "the failure message does not point at the findings")
expect(log.contains("BUILD FAILURE"), "the build did not fail")
return true
