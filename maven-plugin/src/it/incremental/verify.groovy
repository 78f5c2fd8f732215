// Two render runs: the first renders the filing, the second finds it up to date and leaves it alone.
// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

def first = log.indexOf("jixiao：1 份填报文件，渲染 1 份，已是最新 0 份")
def second = log.indexOf("jixiao：1 份填报文件，渲染 0 份，已是最新 1 份")
expect(first >= 0, "the first run did not render")
expect(second > first, "the second run did not find the outputs up to date")
expect(new File(out, "a/2024.xlsx").isFile() && new File(out, "a/2024.html").isFile(), "no workbook or page")
return true
