package io.jixiao.maven;

import io.jixiao.finding.Severity;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@DisplayName("The plugin's console output")
class ConsoleEncodingTest {

    private final Log log = mock(Log.class);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream utf8 = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("an ASCII console (LANG unset or C) cannot show Chinese; UTF-8 and GBK consoles can")
    void whichConsolesShowChinese() {
        assertFalse(ConsoleEncoding.showsChinese(StandardCharsets.US_ASCII));
        assertFalse(ConsoleEncoding.showsChinese(StandardCharsets.ISO_8859_1));
        assertTrue(ConsoleEncoding.showsChinese(StandardCharsets.UTF_8));
        assertTrue(ConsoleEncoding.showsChinese(Charset.forName("GBK")));
    }

    @Test
    @DisplayName("when the console shows Chinese, every line goes to Maven's log at its level")
    void throughMavensLog() {
        ConsoleEncoding console = new ConsoleEncoding(log, null);
        console.line(Severity.ERROR, "错误一");
        console.line(Severity.WARNING, "警告二");
        console.line(null, "摘要三");
        console.failure("Maven prints this itself");
        verify(log).error("错误一");
        verify(log).warn("警告二");
        verify(log).info("摘要三");
        assertFalse(console.direct());
        assertEquals("", written());
    }

    @Test
    @DisplayName("when it cannot, lines are written as UTF-8 with Maven's level prefixes, at the levels switched on")
    void directInUtf8() {
        when(log.isInfoEnabled()).thenReturn(false);
        when(log.isWarnEnabled()).thenReturn(true);
        when(log.isErrorEnabled()).thenReturn(true);
        ConsoleEncoding console = new ConsoleEncoding(log, utf8);
        console.line(Severity.ERROR, "a/2024.yaml:4:7: 错误[SCHEMA-ENUM] 「千元」\n    金额单位: 千元\n    ^");
        console.line(Severity.WARNING, "警告");
        console.line(Severity.INFO, "quiet: not shown");
        console.failure("jixiao：1 份填报文件中有 1 条错误");
        assertEquals("[ERROR] a/2024.yaml:4:7: 错误[SCHEMA-ENUM] 「千元」\n    金额单位: 千元\n    ^" + System.lineSeparator()
                + "[WARNING] 警告" + System.lineSeparator()
                + "[ERROR] jixiao：1 份填报文件中有 1 条错误" + System.lineSeparator(), written());
        verify(log).isInfoEnabled();
    }

    @Test
    @DisplayName("workflow commands are printed as they are, at the start of the line, never with a log prefix")
    void rawLines() {
        new ConsoleEncoding(log, utf8).raw("::notice::jixiao 1，规则集 1\n::error file=a.yaml,line=4,col=7,title=X::错");
        assertEquals("::notice::jixiao 1，规则集 1\n::error file=a.yaml,line=4,col=7,title=X::错" + System.lineSeparator(),
                written());
        verifyNoInteractions(log);
    }
}
