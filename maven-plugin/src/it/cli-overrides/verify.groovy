// Three builds of one filing with one warning (VALUE-QUANTITY), configured as the README documents it.
// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// 1. As the POM says: Chinese, the warning passes, the SARIF report.
def first = log.indexOf("jixiao：检查了 1 份填报文件，错误 0 条，警告 1 条")
expect(first >= 0, "the first build did not check in Chinese")
expect(new File(out, "jixiao.sarif").isFile(), "the POM's report was not written")

// 2. -Djixiao.failOnWarning=true -Djixiao.reports=junit,gitlab -Djixiao.locale=en win over the properties.
def second = log.indexOf("jixiao: checked 1 filing: 0 errors, 1 warning")
expect(second > first, "-Djixiao.locale=en was ignored")
expect(log.contains("jixiao: 0 errors and 1 warning in 1 filing; the check failed"),
        "-Djixiao.failOnWarning=true was ignored: the warning did not fail the build")
expect(new File(out, "TEST-jixiao.xml").isFile() && new File(out, "gl-code-quality-report.json").isFile(),
        "-Djixiao.reports=junit,gitlab was ignored")

// 3. -Djixiao.rules replaces the POM's rules: the warning is switched off, and the build passes again.
expect(log.indexOf("jixiao：检查了 1 份填报文件，错误 0 条，警告 0 条") > second, "-Djixiao.rules was ignored")
expect(log.count("BUILD FAILURE") == 1 && log.count("BUILD SUCCESS") == 2, "expected only the strict build to fail")
return true
