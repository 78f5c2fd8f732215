// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// No pom.xml: the check runs in the current folder, paths are shown relative to it, reports go to target/jixiao.
expect(!new File(basedir, "pom.xml").exists(), "this case must have no POM")
expect(log.contains("[WARNING] filings/a/2024.yaml:10:12: 警告[VALUE-QUANTITY]"), "the warning is not reported with a relative path")
expect(log.contains("jixiao：检查了 1 份填报文件，错误 0 条，警告 1 条"), "no check summary")
expect(new File(out, "jixiao.sarif").length() > 0, "no SARIF report in target/jixiao")
return true
