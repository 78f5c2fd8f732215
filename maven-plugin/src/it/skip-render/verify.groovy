// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// jixiao.render.skip: the check runs and writes its report; render writes nothing.
expect(log.contains("jixiao：已跳过 render。"), "render did not say it was skipped")
expect(log.contains("jixiao：检查了 1 份填报文件，错误 0 条"), "the check did not run")
expect(new File(out, "jixiao.sarif").isFile(), "the check did not write its report")
expect(!new File(out, "index.html").exists(), "the skipped render wrote the index")
expect(!new File(out, "a").exists(), "the skipped render wrote a filing")
return true
