package io.jixiao.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("Whitespace as names are compared")
class WhitespaceTest {

    @Test
    @DisplayName("any kind of space is what Java calls whitespace or a space character, for every char")
    void anySpaceIsJavasWhitespaceOrSpaceChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String code = "U+" + Integer.toHexString(c);
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Whitespace.isAnySpace((char) c), code);
        }
    }

    @Test
    @DisplayName("every kind of space goes from a name, and a name without one comes back as it is")
    void removesEverySpace() {
        assertEquals("指标名称A", Whitespace.removeAnySpaceFrom(" 指标\u3000名称\u00a0A\t\n"));
        String clean = "群众满意度";
        assertSame(clean, Whitespace.removeAnySpaceFrom(clean));
        assertEquals("a\u00a0b", Whitespace.removeFrom(" a\u00a0b "));
    }
}
