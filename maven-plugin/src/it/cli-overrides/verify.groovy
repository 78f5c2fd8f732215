// Three builds of one filing with one warning (VALUE-QUANTITY), configured as the README documents it.
import groovy.xml.XmlSlurper

// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}

// 0. This POM is the README's snippet: the same properties (the version aside) and the goals in the same order.
def section = new File(readme).getText("UTF-8").split(/\n### /).find { it.startsWith("3. ") }
expect(section != null, "README.md has no section '### 3.' with the plugin snippet")
def snippet = (section =~ /(?s)```xml\n(.*?)```/).findAll().collect { it[1] }.find { it.contains("<properties>") }
expect(snippet != null, "README.md section 3 has no pom.xml snippet")
def properties = { String xml ->
    (xml =~ /<(jixiao\.[\w.]+)>([^<]*)<\/\1>/).findAll().collectEntries { [(it[1]): it[2]] }.findAll { it.key != "jixiao.version" }
}
def pom = new File(basedir, "pom.xml").getText("UTF-8")
expect(properties(pom) == properties(snippet),
        "the IT's properties ${properties(pom)} are not the README's ${properties(snippet)}")
def goals = { String xml -> (xml =~ /<goal>(\w+)<\/goal>/).findAll().collect { it[1] } }
expect(goals(pom) == goals(snippet) && goals(pom) == ["render", "check"], "the goals are not the README's")
expect(!snippet.contains("<configuration>") && new XmlSlurper().parseText(pom).build.plugins.plugin.configuration.size() == 0,
        "a <configuration> in the snippet would shadow -D")

// 1. As the POM says: Chinese, the warning passes, every report of jixiao.reports.
def out = new File(basedir, "target/jixiao")
def first = log.indexOf("jixiao：检查了 1 份填报文件，错误 0 条，警告 1 条")
expect(first >= 0, "the first build did not check in Chinese")
for (name in ["jixiao.sarif", "TEST-jixiao.xml", "gl-code-quality-report.json"]) {
    expect(new File(out, name).isFile(), "the POM's report ${name} was not written")
}

// 2. -Djixiao.failOnWarning=true -Djixiao.reports=junit,gitlab -Djixiao.locale=en (and -Djixiao.outputDirectory)
//    win over the properties.
def strict = new File(basedir, "target/strict")
def second = log.indexOf("jixiao: checked 1 filing: 0 errors, 1 warning")
expect(second > first, "-Djixiao.locale=en was ignored")
expect(log.contains("jixiao: 0 errors and 1 warning in 1 filing; the check failed"),
        "-Djixiao.failOnWarning=true was ignored: the warning did not fail the build")
expect(new File(strict, "TEST-jixiao.xml").isFile() && new File(strict, "gl-code-quality-report.json").isFile(),
        "-Djixiao.reports=junit,gitlab or -Djixiao.outputDirectory was ignored")
expect(!new File(strict, "jixiao.sarif").exists(), "-Djixiao.reports=junit,gitlab did not replace the POM's reports")

// 3. -Djixiao.rules replaces the POM's rules: the warning is switched off, and the build passes again.
expect(log.indexOf("jixiao：检查了 1 份填报文件，错误 0 条，警告 0 条") > second, "-Djixiao.rules was ignored")
expect(log.count("BUILD FAILURE") == 1 && log.count("BUILD SUCCESS") == 2, "expected only the strict build to fail")
return true
