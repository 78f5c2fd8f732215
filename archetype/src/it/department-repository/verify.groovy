import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def repo = new File(basedir, "shifeng-zhengxie-jixiao")
def text = { String path -> new File(repo, path).getText("UTF-8") }

// 1. Every file a department repository needs, generated from the archetype.
for (path in ["pom.xml", "README.md", "mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties", ".gitignore",
              ".gitattributes", ".gitlab-ci.yml", ".github/workflows/jixiao.yml", ".vscode/settings.json",
              ".vscode/extensions.json", "filing.schema.json", "filings/shifeng-zhengxie/2026.yaml"]) {
    def file = new File(repo, path)
    expect(file.isFile() && file.length() > 0, "the archetype did not generate ${path}")
}
expect(new File(repo, "mvnw").canExecute(), "mvnw is not executable")
expect(text("mvnw.cmd").contains("\r\n"), "mvnw.cmd lost its CRLF line ends")
// The wrapper and the schema are this repository's own files, not copies that can drift.
expect(text(".mvn/wrapper/maven-wrapper.properties") ==
        new File(wrapperDirectory, ".mvn/wrapper/maven-wrapper.properties").getText("UTF-8"), "another Maven Wrapper pin")
expect(text("mvnw") == new File(wrapperDirectory, "mvnw").getText("UTF-8"), "another mvnw")
expect(text("filing.schema.json") == new File(schemaFile).getText("UTF-8"), "filing.schema.json differs from format-spec's")

// The POM names this very plugin version and configures it through properties only, so -D overrides work.
def pom = text("pom.xml")
def project = new XmlSlurper().parseText(pom)
expect(project.properties."jixiao.version".text() == projectVersion, "the plugin version is not ${projectVersion}")
expect(project.build.plugins.plugin.version.text() == '${jixiao.version}', "the plugin does not use \${jixiao.version}")
expect(project.build.plugins.plugin.configuration.size() == 0, "the plugin has a <configuration> that shadows -D")
expect(!pom.contains("@project.version@"), "the archetype was packaged unfiltered")

// The first filing: the department and year filled in, no template syntax left.
def filing = text("filings/shifeng-zhengxie/2026.yaml")
expect(filing.contains("\n年度: 2026\n"), "年度 is not 2026")
expect(filing.contains("\n部门名称: shifeng-zhengxie\n"), "部门名称 does not default to the department")
expect(filing.contains("请改为部门全称"), "no reminder to write the department's full name")
expect(filing.startsWith("# yaml-language-server: \$schema=../../filing.schema.json\n"), "no editor modeline on line 1")
expect(!(filing =~ /#(if|set|else|end)\b|\$\{|\$(?!schema=)[A-Za-z]/), "Velocity syntax left in the filing")
def readme = text("README.md")
expect(readme.startsWith("# shifeng-zhengxie 预算绩效目标\n") && readme.contains("\n## 检查并生成表格\n")
        && !readme.contains("]]#"), "README.md lost its headings to Velocity")
expect(text(".vscode/settings.json").contains('"./filing.schema.json"'), "the editor is not pointed at the schema")

// 2. The generated repository's own build passed: the filing checked without a single finding, and rendered.
def out = new File(repo, "target/jixiao")
for (name in ["shifeng-zhengxie/2026.xlsx", "shifeng-zhengxie/2026.html", "index.html", "jixiao.sarif",
              "TEST-jixiao.xml", "gl-code-quality-report.json"]) {
    def file = new File(out, name)
    expect(file.isFile() && file.length() > 0, "the generated build did not write target/jixiao/${name}")
}
def sarif = new JsonSlurper().parse(new File(out, "jixiao.sarif"), "UTF-8")
expect(sarif.runs[0].results == [], "the first filing has findings: ${sarif.runs[0].results}")
expect(new File(out, "index.html").getText("UTF-8").contains("2026"), "index.html does not list the filing")

// 3. The overrides reached the plugin: the broken filing's error is reported, only the JUnit report is written.
def broken = new File(repo, "target/broken")
expect(log.contains("2026.yaml:8:") && log.contains("[MONEY-SUM]"), "the broken filing's MONEY-SUM error is not reported")
expect(new File(broken, "TEST-jixiao.xml").isFile(), "-Djixiao.reports=junit wrote no JUnit report")
expect(!new File(broken, "jixiao.sarif").exists(), "-Djixiao.reports=junit did not override pom.xml's jixiao.reports")

// 4.-5. The repository generated with -DmoneyUnit=yuan: amounts in 元, checked without a finding.
def yuan = new File(basedir, "wuchang-tongzhanbu-jixiao")
def yuanFiling = new File(yuan, "filings/wuchang-tongzhanbu/2027.yaml").getText("UTF-8")
expect(yuanFiling.contains("\n金额单位: 元\n") && yuanFiling.contains("\n    资金总额: 1200000\n")
        && yuanFiling.contains("指标值: ≤300000元\n"), "the 元 filing does not hold amounts in 元")
def yuanOut = new File(yuan, "target/jixiao")
expect(new File(yuanOut, "wuchang-tongzhanbu/2027.xlsx").isFile(), "the 元 filing was not rendered")
def yuanSarif = new JsonSlurper().parse(new File(yuanOut, "jixiao.sarif"), "UTF-8")
expect(yuanSarif.runs[0].results == [], "the 元 filing has findings: ${yuanSarif.runs[0].results}")

expect(log.count("BUILD SUCCESS") == 4 && log.count("BUILD FAILURE") == 1,
        "expected generate, verify, broken verify (fails), generate, verify")
return true
