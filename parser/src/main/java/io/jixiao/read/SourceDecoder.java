package io.jixiao.read;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the bytes of a file into text, or explains why it cannot. Filings must be UTF-8; a UTF-8 byte-order mark
 * is accepted and dropped. Files saved by Windows tools as UTF-16 or GBK are common in finance offices, so they get
 * a finding that names the encoding and says how to fix it, instead of a page of garbled characters.
 */
public final class SourceDecoder {

    /** Decoded text, or the findings that stopped decoding. */
    public record Decoded(String text, List<Finding> findings) {
        public boolean ok() {
            return text != null;
        }
    }

    private static final Charset GBK = Charset.forName("GBK");

    private SourceDecoder() {
    }

    public static Decoded decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return failed(Diagnostic.FILE_ENCODING.finding(file, 1, 1, "", "utf16"));
        }
        if (looksLikeUtf16WithoutBom(bytes)) {
            return failed(Diagnostic.FILE_ENCODING.finding(file, 1, 1, "", "utf16"));
        }
        int control = firstControlByte(bytes);
        if (control >= 0) {
            return failed(Diagnostic.FILE_BINARY.finding(file, lineOf(bytes, control), 0, "", "binary"));
        }
        int offset = startsWithUtf8Bom(bytes) ? 3 : 0;
        // Valid UTF-8 decodes without a replacement character (unless the text has one): then it is the text.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, List.of());
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new Decoded(utf8.decode(in).toString(), List.of());
        } catch (MalformedInputException e) {
            int badAt = in.position();
            int line = lineOf(bytes, badAt);
            if (decodesAs(GBK, bytes, offset)) {
                return failed(Diagnostic.FILE_ENCODING.finding(file, line, 0, "", "gbk"));
            }
            return failed(Diagnostic.FILE_BINARY.finding(file, line, 0, "", "binary"));
        } catch (CharacterCodingException e) {
            return failed(Diagnostic.FILE_BINARY.finding(file, 0, 0, "", "binary"));
        }
    }

    private static Decoded failed(Finding finding) {
        return new Decoded(null, List.of(finding));
    }

    private static boolean startsWithUtf8Bom(byte[] b) {
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    /** UTF-16 text without a BOM has a zero byte beside every ASCII character, always on the same side. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 512) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        // ASCII (keys' colons, spaces, newlines) leaves zeros on one side; CJK code units only occasionally.
        return (oddZeros * 5 >= pairs && oddZeros > 4 * evenZeros)
                || (evenZeros * 5 >= pairs && evenZeros > 4 * oddZeros);
    }

    private static boolean decodesAs(Charset charset, byte[] bytes, int offset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * C0 control bytes other than tab, LF and CR (and DEL) never occur in text a person typed, in UTF-8 or in GBK,
     * so they mark a binary file before any decoding is attempted.
     */
    private static int firstControlByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < Math.min(index, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
