package io.jixiao.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("How many columns a character takes")
class DisplayWidthTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("Han characters, kana, Hangul, full-width forms, CJK punctuation and emoji are wide")
    @ValueSource(strings = {"中", "龥", "㐀", "𠀀", "あ", "カ", "가", "，", "。", "、", "（", "０", "Ａ", "％", "￥", "😀"})
    void eastAsianWide(String character) {
        assertTrue(DisplayWidth.isWide(character.codePointAt(0)));
        assertEquals(2, DisplayWidth.of(character));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the symbols 宋体 prints full width are wide: ≥ ≤ ± × ÷ ° ‰ ℃ ① “” — … · Ⅻ α")
    @ValueSource(strings = {"≥", "≤", "±", "×", "÷", "°", "‰", "℃", "①", "⑩", "“", "”", "‘", "—", "…", "·", "Ⅻ", "α",
            "→", "■", "○", "★", "№"})
    void ambiguousAreWide(String character) {
        assertTrue(DisplayWidth.isWide(character.codePointAt(0)));
    }

    @ParameterizedTest(name = "[{0}]")
    @DisplayName("ASCII, the half-width forms and combining marks are narrow")
    @ValueSource(strings = {"a", "Z", "0", "%", "-", " ", "~", "¥", "ｶ", "\u0301", "\u200B", "\uE000", "\u303F"})
    void narrow(String character) {
        assertFalse(DisplayWidth.isWide(character.codePointAt(0)));
        assertEquals(1, DisplayWidth.of(character.codePointAt(0)));
    }

    @Test
    @DisplayName("a text is as wide as its widest line")
    void widestLine() {
        assertEquals(5, DisplayWidth.of("≥90%"));
        assertEquals(14, DisplayWidth.of("资金总额：万元"));
        assertEquals(6, DisplayWidth.widestLine("≥90%\n满意度"));
        assertEquals(7, DisplayWidth.widestLine("满意度\n≥90.5%"));
        assertEquals(0, DisplayWidth.widestLine(""));
    }

    @Test
    @DisplayName("the table is made of ascending ranges that do not overlap")
    void tableIsOrdered() {
        int[] wide = DisplayWidth.WIDE;
        assertEquals(0, wide.length % 2);
        for (int i = 0; i < wide.length; i += 2) {
            assertTrue(wide[i] <= wide[i + 1], "range " + Integer.toHexString(wide[i]));
            if (i > 0) {
                assertTrue(wide[i - 1] + 1 < wide[i], "ranges touch at " + Integer.toHexString(wide[i]));
            }
        }
    }

    @Test
    @DisplayName("the edges of a range are inside it, the code points around it outside")
    void rangeEdges() {
        assertFalse(DisplayWidth.isWide(0x10FF));
        assertTrue(DisplayWidth.isWide(0x1100));
        assertTrue(DisplayWidth.isWide(0x115F));
        assertFalse(DisplayWidth.isWide(0x1160));
        assertTrue(DisplayWidth.isWide(0x3FFFD));
        assertFalse(DisplayWidth.isWide(0x3FFFE));
        assertFalse(DisplayWidth.isWide(-1));
    }
}
