import java.nio.charset.Charset
import java.nio.charset.StandardCharsets

// Runs once after `mvn archetype:generate`: a jar keeps no file modes, so the wrapper script is made executable here
// (the generated repository's first commit then records it as 100755), and the clerk is told what to do next.

// The lines are Chinese. Generation runs outside any repository, so no .mvn/jvm.config applies: with LANG unset or C
// Java's console is ASCII and they would print as ????. Then they go out as UTF-8 bytes, as the plugin's own lines do
// (CI logs and terminals read UTF-8); a console that can show Chinese (UTF-8, or GBK on Windows) gets them as usual.
def consoleCharset = {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"))
    try {
        return name != null ? Charset.forName(name) : Charset.defaultCharset()
    } catch (IllegalArgumentException e) {
        return Charset.defaultCharset()
    }
}
def out = consoleCharset().newEncoder().canEncode("部门") ? System.out
        : new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)

def root = new File(request.outputDirectory, request.artifactId)
def props = request.properties
def filing = "filings/${props.department}/${props.year}.yaml"

// archetype:generate -B does not apply the validationRegex of archetype-metadata.xml to values given with -D, so a
// slip such as -Dyear=26 or -Ddepartment=Shifeng_Zhengxie would generate a repository whose first build fails on a
// file the clerk never wrote. The same rules are checked here; the generation fails, saying what to write instead.
def problems = []
if (!(props.department ==~ /[a-z0-9]+(-[a-z0-9]+)*/)) {
    problems << "-Ddepartment=${props.department}：部门目录名只用小写拼音或英文、数字和“-”，如 shifeng-zhengxie"
}
if (!(props.year ==~ /(19|20|21)[0-9]{2}/)) {
    problems << "-Dyear=${props.year}：预算年度写四位数字，如 2026"
}
if (!(props.moneyUnit ==~ /万元|元|wanyuan|yuan/)) {
    problems << "-DmoneyUnit=${props.moneyUnit}：金额单位只能是 wanyuan（万元，默认）或 yuan（元）"
}
if (problems) {
    problems.each { out.println "[jixiao] 错误 ${it}。" }
    out.println "[jixiao] 请删除刚生成的目录 ${root}，改正后重新运行 archetype:generate。"
    throw new IllegalArgumentException("jixiao：archetype 的属性有误（详见上方）")
}

def mvnw = new File(root, "mvnw")
if (!mvnw.setExecutable(true, false)) {
    out.println "[jixiao] mvnw 无法设为可执行，请运行：chmod +x ${mvnw}"
}
out.println """
[jixiao] 已生成部门仓库 ${root}
[jixiao] 第一份填报文件：${filing}（内容是示例，请替换）
[jixiao] 检查并生成表格：cd ${root.name} && ./mvnw verify（Windows：mvnw.cmd verify），表格在 target/jixiao/
"""
// Java decodes the command line in the locale's charset: with LANG unset, -DdepartmentName=石峰区政协 arrives as
// U+FFFD (or ? on Windows) and nothing else notices.
if (props.departmentName ==~ /.*[\uFFFD?].*/) {
    out.println """[jixiao] 注意：-DdepartmentName 中的中文没能传给 Maven（这台机器的区域设置不是 UTF-8），
[jixiao] 生成的「部门名称」成了「${props.departmentName}」。请在 ${filing}、pom.xml 和 README.md 中把它改为部门全称。
"""
}
