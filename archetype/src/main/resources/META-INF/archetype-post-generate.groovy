// Runs once after `mvn archetype:generate`: a jar keeps no file modes, so the wrapper script is made executable here
// (the generated repository's first commit then records it as 100755), and the clerk is told what to do next.
def root = new File(request.outputDirectory, request.artifactId)
def mvnw = new File(root, "mvnw")
if (!mvnw.setExecutable(true, false)) {
    println "[jixiao] mvnw 无法设为可执行，请运行：chmod +x ${mvnw}"
}
def props = request.properties
println """
[jixiao] 已生成部门仓库 ${root}
[jixiao] 第一份填报文件：filings/${props.department}/${props.year}.yaml（内容是示例，请替换）
[jixiao] 检查并生成表格：cd ${root.name} && ./mvnw verify（Windows：mvnw.cmd verify），表格在 target/jixiao/
"""
