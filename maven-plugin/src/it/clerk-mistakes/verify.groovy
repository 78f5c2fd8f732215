// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}

// PLACE-YEAR: 2026.yaml, a copy of 2025.yaml whose 年度 was not changed.
expect(log.contains("[ERROR] filings/caizheng/2026.yaml:3:5: 错误[PLACE-YEAR] 文件名「2026.yaml」表示 2026 年度，" +
        "文件里却写着「年度: 2025」。"), "PLACE-YEAR is not reported on the copied file")
expect(!log.contains("filings/caizheng/2025.yaml:"), "the original 2025.yaml has findings")
// PLACE-DEPARTMENT: the 统计局 folder's 2025 filing names 财政局, as its 2024 filing does not.
expect(log.contains("[WARNING] filings/tongji/2025.yaml:2:7: 警告[PLACE-DEPARTMENT] 本文件的部门名称是「示例县财政局」，" +
        "同一文件夹中上一年度的文件「2024.yaml」写的却是「示例县统计局」。"), "PLACE-DEPARTMENT is not reported")
// MONEY-PROJECTS: a project budget in 元 in a 万元 filing, named as such.
expect(log.contains("[ERROR] filings/wenlv/2025.yaml:13:10: 错误[MONEY-PROJECTS] 项目「非遗保护传承」的预算数 800000万元 " +
        "是「部门整体 › 年度预算申请 › 按支出性质分 › 项目支出」250万元 的十倍以上：是否把元当成了万元？800000 元只有 80万元；"),
        "MONEY-PROJECTS does not ask whether 元 was taken for 万元")
// VALUE-MISSING is an error: a named indicator without a target.
expect(log.contains("[ERROR] filings/wenlv/2025.yaml:19:9: 错误[VALUE-MISSING] 指标「群众参与度」没有填写指标值；"),
        "VALUE-MISSING is not an error")
// FILE-DUPLICATE-FILING: the 统计局 folder's filing naming 财政局 claims 财政局 2025 a second time. The uncorrected
// copy claims it too, but that slip is already PLACE-YEAR's, which says what to change: it is not reported twice.
expect(!log.contains("filings/caizheng/2026.yaml:2:7: 错误[FILE-DUPLICATE-FILING]"),
        "the copy's one slip is reported twice, as PLACE-YEAR and as a duplicate")
expect(log.contains("[ERROR] filings/tongji/2025.yaml:2:7: 错误[FILE-DUPLICATE-FILING] 「示例县财政局」2025年度已经由 " +
        "caizheng/2025.yaml 填报；"), "the misnamed department is not reported as a second 2025 filing")
expect(log.contains("jixiao：5 份填报文件中有 4 条错误、1 条警告，检查未通过（详见上方）"), "the build did not fail with the counts")
return true
