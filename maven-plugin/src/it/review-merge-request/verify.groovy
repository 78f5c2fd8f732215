// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def out = new File(basedir, "target/jixiao")
def markdown = new File(out, "review.md")
def html = new File(out, "review.html")
expect(markdown.isFile() && html.isFile(), "review.md or review.html missing")
def md = markdown.getText("UTF-8")

// The review: three changed filings against the merge base, not against origin/main's tip (caizheng is not there).
expect(log.contains("jixiao 审阅：与基线") && log.contains("3 份填报文件有变更"), "no review summary in the log")
expect(md.contains("与 origin/main 的合并基点"), "the base is not the merge base with origin/main")
expect(!md.contains("caizheng"), "a filing main added after the branch was reviewed")
expect(md.contains("`filings/nongye/2026.yaml` · 新增"), "the new year's filing is not listed as added")
expect(md.contains("与同一部门上年的文件 `filings/nongye/2025.yaml` 对照"), "the new year is not compared with last year")
expect(md.contains("改名（原 filings/tongzhan/2025.yaml）"), "the moved folder is not a rename")
expect(md.contains("「≥2万亩」→「≥1.5万亩」（降低） — 未写调整说明"), "the lowered target is not named")
expect(md.contains("| 项目 › 农机购置补贴 › 预算数（取消） | 120 | — | -120 | -100% |"), "the dropped project's budget is missing")
expect(md.contains("本次新增的发现") && md.contains("HISTORY-LOWERED"), "the new findings are not listed")
expect(md.contains("指标值确定依据「验收标准」→「高标准农田建设验收规范」"), "the uncommitted edit is not reviewed")
def page = html.getText("UTF-8")
expect(page.contains("<ins>") && page.contains("▼ 降低") && page.contains("▲ 提高"), "review.html marks no change")

// The ad hoc diff against a revision.
expect(log.contains("对照：`origin/main:filings/tongzhan/2025.yaml` → `filings/tongzhanbu/2025.yaml`"), "no diff printed")
expect(log.contains("「≥10次」→「≥12次」（提高）"), "the diff does not show the raised target")

// Next year for one department, and its check.
def next = new File(basedir, "filings/tongzhanbu/2026.yaml")
expect(next.isFile(), "next-year wrote no filing")
def text = next.getText("UTF-8")
expect(text.contains("年度: 2026") && text.contains("上年值: 12次") && text.contains("指标编号: XM01-01"), "next year's filing is not rolled forward")
expect(text.contains("# 测试用：示例县委统战部 2025年度"), "the comment was not kept")
expect(!new File(basedir, "filings/nongye/2027.yaml").exists(), "next-year rolled a department it was not asked for")
expect(log.contains("jixiao 下一年度：写出 1 份，跳过 0 份"), "no next-year summary")
expect(log.contains("jixiao：检查了 4 份填报文件，错误 0 条"), "the rolled-forward filing does not pass check")
return true
