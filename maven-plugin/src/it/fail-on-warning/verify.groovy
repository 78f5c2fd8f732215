// The same filing with one warning: the first run passes, the strict second run fails.
// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

expect(log.count("jixiao：检查了 1 份填报文件，错误 0 条，警告 1 条") == 2, "expected two check runs")
expect(log.contains("jixiao：1 份填报文件中有 0 条错误、1 条警告，检查未通过（详见上方）"), "the strict run did not fail on the warning")
expect(log.count("BUILD SUCCESS") == 1 && log.count("BUILD FAILURE") == 1, "expected one passing and one failing run")
return true
