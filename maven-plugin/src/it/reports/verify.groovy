// SARIF, JUnit (at an explicit path) and GitLab reports are all written, non-empty and well-formed.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")

def sarif = new File(out, "jixiao.sarif")
def junit = new File(basedir, "target/test-reports/TEST-jixiao.xml")
def gitlab = new File(out, "gl-code-quality-report.json")
for (file in [sarif, junit, gitlab]) {
    expect(file.isFile() && file.length() > 0, "missing or empty report ${file}")
}
def sarifJson = new JsonSlurper().parse(sarif, "UTF-8")
expect(sarifJson.version == "2.1.0", "SARIF version is ${sarifJson.version}")
expect(sarifJson.runs[0].results*.ruleId.contains("VALUE-QUANTITY"), "the SARIF report misses the warning")
def gitlabJson = new JsonSlurper().parse(gitlab, "UTF-8")
expect(gitlabJson instanceof List && gitlabJson.size() == 1, "GitLab report: ${gitlabJson}")
expect(gitlabJson[0].check_name == "VALUE-QUANTITY", "GitLab report names ${gitlabJson[0].check_name}")
def suites = new XmlSlurper().parse(junit)
expect(suites.depthFirst().findAll { it.name() == "testcase" }.size() == 2, "JUnit report: one test case per filing")
expect(!new File(out, "TEST-jixiao.xml").exists(), "the JUnit report went to the default place as well")
return true
