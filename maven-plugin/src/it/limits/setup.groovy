// Makes the hostile cases here rather than committing them: links cannot be committed portably, names with
// backslashes cannot be checked out on Windows, and the large files are megabytes of nothing.
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
Path cases = base.resolve("cases")

def write = { Path file, String text ->
    Files.createDirectories(file.parent)
    Files.write(file, text.getBytes(StandardCharsets.UTF_8))
}
String valid = new File(basedir, "valid.yaml").getText("UTF-8")

// 1. A folder named ..\..\..\escaped: once written three folders above the output folder.
write(cases.resolve("traversal/ok/2024.yaml"), valid)
write(cases.resolve("traversal").resolve("..\\..\\..\\escaped").resolve("2024.yaml"), valid.replace("示例部门", "逃逸部门"))

// 2. A filing linked to a credentials file, and a folder linked three folders up.
write(base.resolve("credentials.txt"), "aws_secret_access_key=AKIAITLIMITSSECRET\n")
write(cases.resolve("links/ok/2024.yaml"), valid)
Files.createSymbolicLink(cases.resolve("links/ok/2023.yaml"), Path.of("../../../credentials.txt"))
Files.createSymbolicLink(cases.resolve("links/up"), Path.of("../../.."))

// 3. Two million list items in 4 MB.
StringBuilder list = new StringBuilder(4_100_000)
list.append("格式版本: 1\n部门名称: 列表部门\n年度: 2024\n金额单位: 万元\n备注: [")
for (int i = 0; i < 1_999_999; i++) {
    list.append("1,")
}
list.append("1]\n")
write(cases.resolve("list/big/2024.yaml"), list.toString())

// 4. A hundred thousand identical indicators.
StringBuilder duplicates = new StringBuilder(3_900_000)
duplicates.append("格式版本: 1\n部门名称: 重复部门\n年度: 2024\n金额单位: 万元\n部门整体:\n  年度绩效指标:\n")
for (int i = 0; i < 100_000; i++) {
    duplicates.append("  - {三级指标: 会, 指标值: 1}\n")
}
write(cases.resolve("duplicates/big/2024.yaml"), duplicates.toString())

// 5. Thirty thousand projects.
StringBuilder projects = new StringBuilder(1_000_000)
projects.append("格式版本: 1\n部门名称: 项目部门\n年度: 2024\n金额单位: 万元\n项目:\n")
for (int i = 0; i < 30_000; i++) {
    projects.append("  - {项目名称: 项目").append(i).append("}\n")
}
write(cases.resolve("projects/big/2024.yaml"), projects.toString())

// 6. Text that a spreadsheet would take for a formula.
write(cases.resolve("formula/dept/2024.yaml"), new File(basedir, "formula.yaml").getText("UTF-8"))

// 7. Two valid filings within every limit of the check: 950 projects of 18 indicators each (about 95,000 YAML
//    nodes), about 45,000 cells when drawn alone. The later year is drawn with last year's values beside its own,
//    which takes it past the 50,000 cells a workbook is drawn with: the render refuses it, and the check of the
//    same build must fail on that.
for (int year : [2023, 2024]) {
    StringBuilder cells = new StringBuilder(1_200_000)
    cells.append("格式版本: 1\n部门名称: 大表部门\n年度: ").append(year).append("\n金额单位: 万元\n项目:\n")
    for (int p = 0; p < 950; p++) {
        cells.append("  - 项目名称: 项目").append(p).append("\n    绩效指标:\n")
        for (int i = 0; i < 18; i++) {
            cells.append("      - {三级指标: 完成事项").append(p).append("之").append(i).append(", 指标值: ≥")
                    .append(i + year - 2020).append("个}\n")
        }
    }
    write(cases.resolve("cells/big/" + year + ".yaml"), cells.toString())
}
return true
