// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// jixiao.check.skip: the check (which would fail and write a SARIF report) is skipped; render still runs.
expect(log.contains("jixiao：已跳过 check。"), "check did not say it was skipped")
expect(!new File(out, "jixiao.sarif").exists(), "the skipped check wrote its report")
expect(!log.contains("jixiao：检查了"), "the check ran")
expect(new File(out, "index.html").isFile(), "render did not run")
expect(!new File(out, "a/2024.xlsx").exists(), "a filing that cannot be read (金额单位: 千元) was rendered")
return true
