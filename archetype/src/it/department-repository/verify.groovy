import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

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
for (path in ["pom.xml", "README.md", "mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties", ".mvn/jvm.config",
              ".gitignore", ".gitattributes", ".gitlab-ci.yml", ".github/workflows/jixiao.yml", ".vscode/settings.json",
              ".vscode/extensions.json", ".jixiao/filing.schema.json", "filings/shifeng-zhengxie/2026.yaml"]) {
    def file = new File(repo, path)
    expect(file.isFile() && file.length() > 0, "the archetype did not generate ${path}")
}
expect(new File(repo, "mvnw").canExecute(), "mvnw is not executable")
expect(log.contains("[jixiao] 第一份填报文件：filings/shifeng-zhengxie/2026.yaml"), "no word on what to do next")
expect(!log.contains("-DdepartmentName 中的中文没能传给 Maven"), "a warning about a name that was never given")
expect(text("mvnw.cmd").contains("\r\n"), "mvnw.cmd lost its CRLF line ends")
// The wrapper and the schema are this repository's own files, not copies that can drift.
expect(text(".mvn/wrapper/maven-wrapper.properties") ==
        new File(wrapperDirectory, ".mvn/wrapper/maven-wrapper.properties").getText("UTF-8"), "another Maven Wrapper pin")
expect(text("mvnw") == new File(wrapperDirectory, "mvnw").getText("UTF-8"), "another mvnw")
expect(text(".jixiao/filing.schema.json") == new File(schemaFile).getText("UTF-8"),
        ".jixiao/filing.schema.json differs from format-spec's")
expect(!new File(repo, "filing.schema.json").exists(), "a second schema at the repository root")
// Maven's own lines in UTF-8 too, for ./mvnw and a system mvn alike (README: 中文显示为 ????); the JIT flag makes a
// department's short builds faster (README: 部门仓库的 Maven 参数).
expect(text(".mvn/jvm.config").trim() == "-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 "
        + "-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1", "another .mvn/jvm.config")

// The POM names this very plugin version and configures it through properties only, so -D overrides work.
def pom = text("pom.xml")
def project = new XmlSlurper().parseText(pom)
expect(project.properties."jixiao.version".text() == projectVersion, "the plugin version is not ${projectVersion}")
expect(project.build.plugins.plugin.version.text() == '${jixiao.version}', "the plugin does not use \${jixiao.version}")
expect(project.build.plugins.plugin.configuration.size() == 0, "the plugin has a <configuration> that shadows -D")
expect(project.build.plugins.plugin.executions.execution.goals.goal*.text() == ["render", "check"],
        "the goals are not listed render, check, in the order they run")
expect(!pom.contains("@project.version@"), "the archetype was packaged unfiltered")

// The first filing: the department and year filled in, no template syntax left.
def filing = text("filings/shifeng-zhengxie/2026.yaml")
expect(filing.contains("\n年度: 2026\n"), "年度 is not 2026")
expect(filing.contains("\n部门名称: shifeng-zhengxie\n"), "部门名称 does not default to the department")
expect(filing.contains("请改为部门全称"), "no reminder to write the department's full name")
expect(filing.startsWith("# yaml-language-server: \$schema=../../.jixiao/filing.schema.json\n"),
        "no editor modeline on line 1, or not the one SPEC §2 gives")
expect(new File(repo, "filings/shifeng-zhengxie/../../.jixiao/filing.schema.json").canonicalFile ==
        new File(repo, ".jixiao/filing.schema.json").canonicalFile, "the modeline does not lead to the schema")
expect(!(filing =~ /#(if|set|else|end)\b|\$\{|\$(?!schema=)[A-Za-z]/), "Velocity syntax left in the filing")
def readme = text("README.md")
expect(readme.startsWith("# shifeng-zhengxie 预算绩效目标\n") && readme.contains("\n## 检查并生成表格\n")
        && !readme.contains("]]#"), "README.md lost its headings to Velocity")
def vscode = new JsonSlurper().parseText(text(".vscode/settings.json"))
expect(vscode["yaml.schemas"]["./.jixiao/filing.schema.json"] == ["filings/**/*.yaml", "filings/**/*.yml"],
        "VS Code is not pointed at .jixiao/filing.schema.json")

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

// 3. jixiao:schema, run right after generation, finds the archetype's editor files to be its own and up to date.
expect(log.contains("[INFO] .jixiao/filing.schema.json 已是当前版本的 Schema，未改动。"),
        "jixiao:schema did not find the generated schema up to date")
expect(log.contains("[INFO] .vscode/settings.json 已为填报文件指定了 ./.jixiao/filing.schema.json，未改动。"),
        "jixiao:schema did not find the generated VS Code settings pointing at its schema")
expect(text(".jixiao/filing.schema.json") == new File(schemaFile).getText("UTF-8"), "jixiao:schema changed the schema")

// 4. The overrides reached the plugin: the broken filing's error is reported, only the JUnit report is written, and
//    the filing was rendered before the check failed.
def broken = new File(repo, "target/broken")
expect(log.contains("2026.yaml:8:") && log.contains("[MONEY-SUM]"), "the broken filing's MONEY-SUM error is not reported")
expect(new File(broken, "TEST-jixiao.xml").isFile(), "-Djixiao.reports=junit wrote no JUnit report")
expect(!new File(broken, "jixiao.sarif").exists(), "-Djixiao.reports=junit did not override pom.xml's jixiao.reports")
expect(new File(broken, "shifeng-zhengxie/2026.xlsx").isFile() && new File(broken, "index.html").isFile(),
        "the broken filing was not rendered before the check failed")

// 5.-6. The repository generated with -DmoneyUnit=yuan: amounts in 元, checked without a finding.
def yuan = new File(basedir, "wuchang-tongzhanbu-jixiao")
def yuanFiling = new File(yuan, "filings/wuchang-tongzhanbu/2027.yaml").getText("UTF-8")
expect(yuanFiling.contains("\n金额单位: 元\n") && yuanFiling.contains("\n    资金总额: 1200000\n")
        && yuanFiling.contains("指标值: ≤300000元\n"), "the 元 filing does not hold amounts in 元")
def yuanOut = new File(yuan, "target/jixiao")
expect(new File(yuanOut, "wuchang-tongzhanbu/2027.xlsx").isFile(), "the 元 filing was not rendered")
def yuanSarif = new JsonSlurper().parse(new File(yuanOut, "jixiao.sarif"), "UTF-8")
expect(yuanSarif.runs[0].results == [], "the 元 filing has findings: ${yuanSarif.runs[0].results}")

// 7. The slips archetype:generate -B lets through are caught, each with what to write instead.
expect(log.contains("[jixiao] 错误 -Ddepartment=Shifeng_Zhengxie：部门目录名只用小写拼音或英文、数字和“-”，如 shifeng-zhengxie。"),
        "a department folder name with capitals and _ was accepted")
expect(log.contains("[jixiao] 错误 -Dyear=26：预算年度写四位数字，如 2026。"), "a two-digit year was accepted")
expect(!log.contains("[jixiao] 错误 -DmoneyUnit="), "the default money unit was refused")

expect(log.count("BUILD SUCCESS") == 5 && log.count("BUILD FAILURE") == 2,
        "expected generate, verify, schema, broken verify (fails), generate, verify, bad generate (fails)")

// 8. A clerk's first mistakes in the generated repository: last year's file copied to 2027.yaml without changing
//    年度, the project budget written in 元 in a 万元 filing, a target left blank. The clerk runs ./mvnw verify with
//    no locale set (no LANG, LC_ALL, LC_CTYPE, nor MAVEN_OPTS): the build fails, but only after every table and the
//    index were written, and every line, Maven's failure banner included, is readable Chinese (.mvn/jvm.config).
//    maven-invoker-plugin cannot edit files between two builds, so this build is started here, with the same local
//    repository and settings as the invoker's.
def edit = { String content, String from, String to ->
    expect(content.contains(from), "the first filing no longer holds «${from}»: update this test's clerk edits")
    int at = content.indexOf(from)
    content.substring(0, at) + to + content.substring(at + from.length())
}
def copy = text("filings/shifeng-zhengxie/2026.yaml")
copy = edit(copy, "    预算数: 30\n    财政资金: 30\n", "    预算数: 300000\n    财政资金: 300000\n")
copy = edit(copy, "      指标值: ≥4期\n", "      指标值:\n")
new File(repo, "filings/shifeng-zhengxie/2027.yaml").setText(copy, "UTF-8")

def settings = new File(basedir, "clerk-settings.xml")
settings.setText(new File(itSettings).getText("UTF-8")
        .replace("@localRepositoryUrl@", new File(developerRepository).toURI().toString()), "UTF-8")
def clerk = new ProcessBuilder("sh", "mvnw", "-B", "-s", settings.absolutePath,
        "-Dmaven.repo.local=" + localRepositoryPath, "verify").directory(repo).redirectErrorStream(true)
["MAVEN_OPTS", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANGUAGE"].each { clerk.environment().remove(it) }
def process = clerk.start()
def output = new ByteArrayOutputStream()
def pump = Thread.start { output << process.inputStream }
expect(process.waitFor(10, TimeUnit.MINUTES), "the clerk's build did not finish within 10 minutes")
pump.join()
def clerkLog = output.toString("UTF-8")
new File(basedir, "clerk-build.log").setText(clerkLog, "UTF-8")
def expectClerk = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- clerk-build.log -----\n${clerkLog}")
    }
}
expectClerk(process.exitValue() != 0 && clerkLog.contains("BUILD FAILURE"), "the broken filing did not fail the build")

// The findings, in Chinese, each naming the clerk's slip; last year's file has none.
def findings = [
        (/\[ERROR\] filings\/shifeng-zhengxie\/2027\.yaml:\d+:\d+: 错误\[PLACE-YEAR\] 文件名「2027\.yaml」表示 2027 年度，文件里却写着「年度: 2026」/): "PLACE-YEAR",
        (/\[ERROR\] filings\/shifeng-zhengxie\/2027\.yaml:\d+:\d+: 错误\[MONEY-PROJECTS\] 项目「业务工作经费」的预算数 300000万元 .*是否把元当成了万元？/): "MONEY-PROJECTS",
        (/\[ERROR\] filings\/shifeng-zhengxie\/2027\.yaml:\d+:\d+: 错误\[VALUE-MISSING\] 指标「开展业务培训期数」没有填写指标值/): "VALUE-MISSING"]
findings.each { pattern, id -> expectClerk((clerkLog =~ pattern).find(), "no readable ${id} finding") }
expectClerk(!clerkLog.contains("filings/shifeng-zhengxie/2026.yaml:"), "last year's filing has findings")
expectClerk(clerkLog.contains("on project shifeng-zhengxie-jixiao: jixiao：2 份填报文件中有 3 条错误、0 条警告，检查未通过"),
        "Maven's failure banner is not readable Chinese: .mvn/jvm.config did not take effect")
expectClerk(!clerkLog.contains("??"), "some line printed as question marks")

// Rendered first, then checked: both filings have their tables, the broken one with its errors beside the rows and
// as cell comments, and the index says which filing has errors.
int rendered = clerkLog.indexOf("jixiao：2 份填报文件，渲染")
expectClerk(rendered >= 0 && rendered < clerkLog.indexOf("[PLACE-YEAR]"), "the tables were not rendered before the check")
for (name in ["shifeng-zhengxie/2026.xlsx", "shifeng-zhengxie/2026.html", "shifeng-zhengxie/2027.xlsx",
              "shifeng-zhengxie/2027.html", "index.html"]) {
    expectClerk(new File(out, name).length() > 0, "the failed build left no target/jixiao/${name}")
}
def page = new File(out, "shifeng-zhengxie/2027.html").getText("UTF-8")
expectClerk(["PLACE-YEAR", "MONEY-PROJECTS", "VALUE-MISSING"].every { page.contains(it) },
        "the page of 2027.yaml does not show its errors")
def comments = new ZipFile(new File(out, "shifeng-zhengxie/2027.xlsx")).withCloseable { zip ->
    zip.entries().toList().findAll { it.name.startsWith("xl/comments") }
            .collect { zip.getInputStream(it).getText("UTF-8") }.join("\n")
}
expectClerk(comments.contains("错误[MONEY-PROJECTS]") && comments.contains("错误[VALUE-MISSING]"),
        "the workbook of 2027.yaml does not carry its errors as cell comments")
def index = new File(out, "index.html").getText("UTF-8")
expectClerk(index.contains("有错误，仍已渲染") && index.contains("[PLACE-YEAR]") && index.contains("href=\"shifeng-zhengxie/2027.xlsx\""),
        "the index does not list 2027.yaml with its errors")
return true
