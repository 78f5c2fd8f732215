// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}

def schema = new File(basedir, ".jixiao/filing.schema.json")
expect(schema.isFile() && new groovy.json.JsonSlurper().parse(schema)['$id'].startsWith("https://jixiao.io/schema/"),
        "no schema in .jixiao/")
expect(log.contains("[INFO] 已写出编辑器用的 Schema：.jixiao/filing.schema.json"), "the first run did not say it wrote it")
expect(log.contains("[INFO] .jixiao/filing.schema.json 已是当前版本的 Schema，未改动。"), "the second run rewrote it")

def settings = new File(basedir, ".vscode/settings.json").getText("UTF-8")
expect(settings.contains("// the department's own settings") && !settings.contains("yaml.schemas"),
        "the user's settings.json was changed")
expect(log.count("[WARNING] .vscode/settings.json 已存在，没有改动。请在其中加入：\"yaml.schemas\": { " +
        "\"./.jixiao/filing.schema.json\": \"filings/**/*.yaml\" }") == 2, "no advice on what to add to the settings")
expect(log.contains("[INFO] 其他编辑器（yaml-language-server）：在填报文件第一行写 # yaml-language-server: " +
        "\$schema=../../.jixiao/filing.schema.json"), "no modeline advice")

// jixiao:help in Chinese with the parameters, and in English.
expect(log.contains("jixiao:schema\n  把当前的 filing.schema.json 写到部门仓库"), "the Chinese help of the schema goal")
expect(log.contains("  schemaFile（属性 jixiao.schemaFile，默认 \${basedir}/.jixiao/filing.schema.json）"),
        "the Chinese help lists no parameters")
expect(log.contains("jixiao:check (default phase: verify)\n  Checks every filing"), "the English help")
expect(log.count("BUILD SUCCESS") == 4, "a goal failed")
return true
