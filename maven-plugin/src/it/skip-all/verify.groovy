// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

// jixiao.skip: neither goal reads a filing (the one here has an error) or writes anything.
expect(log.contains("jixiao：已跳过 check。"), "check did not say it was skipped")
expect(log.contains("jixiao：已跳过 render。"), "render did not say it was skipped")
expect(!out.exists(), "something was written to target/jixiao")
expect(!log.contains("SCHEMA-ENUM"), "a filing was checked")
return true
