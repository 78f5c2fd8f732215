package io.jixiao.parser;

import io.jixiao.finding.Finding;
import io.jixiao.read.Limits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs too large, too deep or not text at all, generated here rather than committed: each must end in one clear
 * finding naming the file and line, within seconds and without exhausting memory.
 */
@DisplayName("Hostile and mis-encoded input")
class HostileInputTest {

    private static final String VALID = "# 最小的有效填报\n格式版本: 1\n部门名称: 测试部门\n年度: 2024\n金额单位: 万元\n";

    @TempDir
    Path dir;

    private final FilingParser parser = new FilingParser();

    @Test
    @DisplayName("UTF-16 with either byte-order mark is named as UTF-16")
    void utf16WithBom() throws IOException {
        assertSingle(write("le.yaml", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, VALID.getBytes(
                StandardCharsets.UTF_16LE))), "FILE-ENCODING", 1, "file.utf16");
        assertSingle(write("be.yaml", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, VALID.getBytes(
                StandardCharsets.UTF_16BE))), "FILE-ENCODING", 1, "file.utf16");
    }

    @Test
    @DisplayName("UTF-16 without a byte-order mark is still recognised")
    void utf16WithoutBom() throws IOException {
        assertSingle(write("nobom.yaml", VALID.getBytes(StandardCharsets.UTF_16LE)), "FILE-ENCODING", 1,
                "file.utf16");
    }

    @Test
    @DisplayName("a GBK-encoded filing is named as GBK at the first line that is not UTF-8")
    void gbk() throws IOException {
        Path file = write("gbk.yaml", VALID.replace("# 最小的有效填报", "# plain ascii comment")
                .getBytes(Charset.forName("GBK")));
        assertSingle(file, "FILE-ENCODING", 2, "file.gbk");
    }

    @Test
    @DisplayName("binary garbage is refused as binary")
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        Finding f = single(write("garbage.yaml", garbage));
        assertEquals("FILE-BINARY", f.ruleId());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
        assertSingle(write("picture.yaml", png), "FILE-BINARY", 2, "file.binary");
    }

    @Test
    @DisplayName("20,000-deep nesting stops at the depth limit, at the line where it is exceeded")
    void deepNesting() throws IOException {
        String deep = "格式版本: 1\n部门名称: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        Finding f = single(write("deep.yaml", deep.getBytes(StandardCharsets.UTF_8)));
        assertEquals("YAML-TOO-DEEP", f.ruleId());
        assertEquals(2, f.line());
        assertEquals(7 + Limits.DEFAULT.maxDepth() - 1, f.column(), "the first bracket past the limit");
    }

    @Test
    @DisplayName("a 9 MB value is refused by size before it is read")
    void nineMegabyteScalar() throws IOException {
        String big = VALID + "填报信息:\n  填表人: " + "长".repeat(3 * 1024 * 1024) + "\n";
        assertSingle(write("big.yaml", big.getBytes(StandardCharsets.UTF_8)), "FILE-TOO-LARGE", 0, "file.tooLarge");
    }

    @Test
    @DisplayName("a value longer than the limit in a file under the size limit is refused at its line")
    void overLongValue() throws IOException {
        String text = VALID + "填报信息:\n  填表人: " + "x".repeat(Limits.DEFAULT.maxScalarChars() + 1) + "\n";
        assertSingle(write("long.yaml", text.getBytes(StandardCharsets.UTF_8)), "YAML-VALUE-TOO-LONG", 7,
                "yaml.valueTooLong");
    }

    @Test
    @DisplayName("a UTF-8 byte-order mark and CRLF line endings are accepted")
    void bomAndCrlfAccepted() throws IOException {
        byte[] text = VALID.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Path file = write("windows.yaml", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
        ParseResult result = parser.parse(file);
        assertEquals(List.of(), result.findings());
        assertEquals("测试部门", result.filing().orElseThrow().department());
    }

    @Test
    @DisplayName("a file that cannot be read is a finding, not an exception")
    void unreadable() {
        assertSingle(dir.resolve("missing.yaml"), "FILE-UNREADABLE", 0, "file.unreadable");
    }

    private void assertSingle(Path file, String ruleId, int line, String messageKey) {
        Finding f = single(file);
        assertEquals(ruleId, f.ruleId());
        assertEquals(line, f.line());
        assertEquals(messageKey, f.messageKey());
    }

    private Finding single(Path file) {
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(file));
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertFalse(result.filing().isPresent());
        Finding f = result.findings().get(0);
        assertEquals(file, f.file());
        assertTrue(f.isError());
        return f;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    @Test
    @DisplayName("a full-width colon inside a quoted or continued text is text, not a mistyped key")
    void fullWidthColonInsideText() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/io/jixiao/full-width-colon-in-text.yaml"));
        ParseResult result = parser.parse(write("text.yaml", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), result.findings());
        assertTrue(result.filing().orElseThrow().projects().get(0).use().contains("说明：含保险"));
    }
}
