// GitHub reads a workflow command only at the start of a line: '::error file=…,line=…,col=…,title=…::message', with
// %, CR and LF escaped in the message and also : and , in the properties.
// Each failed expectation prints the build log, so a red IT explains itself.
def log = new File(basedir, "build.log").getText("UTF-8")
def expect = { boolean ok, String what ->
    if (!ok) {
        throw new AssertionError("${what}\n----- build.log -----\n${log}")
    }
}
def lines = log.readLines()
def commands = lines.findAll { it.startsWith("::") }

expect(commands.size() == 3, "expected a notice and two annotations at the start of their lines: ${commands}")
expect(commands[0] ==~ /::notice::jixiao \S+，规则集 \d+/, "the version notice: ${commands[0]}")
expect(commands.any { it.startsWith("::error file=filings/a/2024.yaml,line=4,col=7,title=SCHEMA-ENUM::") },
        "the error annotation: ${commands}")
// The folder "b,c": the comma in the file property is escaped, or GitHub would end the property there.
expect(commands.any { it.startsWith("::warning file=filings/b%2Cc/2024.yaml,line=10,col=12,title=VALUE-QUANTITY::") },
        "the warning annotation with its escaped file: ${commands}")
expect(commands.every { !it.contains("\r") && it.indexOf("::", 2) > 0 }, "a command spans lines or lacks its message")
expect(!lines.any { it =~ /^\[(INFO|WARNING|ERROR)\] ::/ }, "a workflow command was printed behind a log prefix")
return true
