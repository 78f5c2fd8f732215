package io.jixiao.history;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Text compared across years")
class YearTextTest {

    @Test
    @DisplayName("every kind of space is left out: ASCII, tab, line break, no-break, ideographic")
    void squeezeDropsEverySpace() {
        assertEquals("服务对象满意度", YearText.squeeze(" 服务\t对象\n满意\u00A0度\u3000"));
        assertEquals("", YearText.squeeze(null));
        assertEquals("", YearText.squeeze(" \u3000 "));
    }

    @Test
    @DisplayName("characters beyond the Basic Multilingual Plane are kept whole, spaces around them removed")
    void squeezeKeepsSupplementaryCharacters() {
        assertEquals("𠀀项目𠀁", YearText.squeeze("𠀀 项目 𠀁"));
    }

    @Test
    @DisplayName("a name without spaces is returned as it is, not copied")
    void squeezeWithoutSpacesIsTheSameString() {
        String name = "开展重点项目绩效评价";
        assertSame(name, YearText.squeeze(name));
    }

    @Test
    @DisplayName("names that differ only in the filing's own year read alike; other years do not")
    void sameButYear() {
        assertTrue(YearText.sameButYear("提前下达2025年 省级资金", 2025, "提前下达2026年省级资金", 2026));
        assertFalse(YearText.sameButYear("提前下达2024年省级资金", 2025, "提前下达2025年省级资金", 2026));
        assertFalse(YearText.sameButYear("130303250B2L85R7", 2025, "130303260B2L85R7", 2026));
    }
}
