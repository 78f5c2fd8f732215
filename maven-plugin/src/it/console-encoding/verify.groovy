// With an ASCII console, the plugin's own lines still arrive as UTF-8 Chinese.
// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}

// The console really was ASCII: Maven's own failure banner, which the plugin does not print, lost its Chinese.
expect((log =~ /Failed to execute goal .*: jixiao\?/).find(), "Maven's banner kept its Chinese: this build's console was not ASCII")

// The plugin's lines did not: the finding with its source line and caret, the summary, the failure message.
expect(log.contains("[ERROR] filings/a/2024.yaml:4:7: 错误[SCHEMA-ENUM] "), "the finding lost its Chinese")
expect(log.contains("金额单位: 千元"), "the source line lost its Chinese")
expect(log.contains("[INFO] jixiao：检查了 1 份填报文件，错误 1 条"), "the summary lost its Chinese")
expect(log.contains("[ERROR] jixiao：1 份填报文件中有 1 条错误、0 条警告，检查未通过（详见上方）"),
        "the failure message was not printed readably")
expect(!log.contains("[ERROR] filings/a/2024.yaml:4:7: ??"), "a finding printed as question marks")
return true
