// A reactor of two modules, each with its own filings/: both are checked, each writes its own report.
// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

expect(log.count("jixiao：检查了 1 份填报文件") == 2, "expected one check per module")
expect(log.contains("[WARNING] filings/b/2024.yaml:10:12: 警告[VALUE-QUANTITY]"), "the second module was not checked")
for (module in ["first", "second"]) {
    expect(new File(basedir, "${module}/target/jixiao/TEST-jixiao.xml").isFile(), "no report in ${module}")
}
expect(!out.exists(), "the aggregator ran the check itself")
return true
