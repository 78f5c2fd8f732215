package io.jixiao.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Comparing goal texts")
class SameTextTest {

    @Test
    @DisplayName("ignores spaces, full-width spaces and line breaks, but not punctuation")
    void whitespaceIsLayout() {
        assertTrue(SameText.same("组织开展委员培训和\n界别活动", "组织开展委员培训和　界别 活动"));
        assertFalse(SameText.same("系列活动，。开展", "系列活动。开展"));
    }

    @Test
    @DisplayName("quotes a short difference whole, with a few characters either side")
    void shortDifference() {
        SameText.Difference d = SameText.difference("持续构建大统战工作格局。持续开展宣传贯彻系列活动，。开展回头看工作",
                "持续构建大统战工作格局。持续开展宣传贯彻系列活动。开展回头看工作");
        assertEquals("…宣传贯彻系列活动，。开展回头看工作", d.first());
        assertEquals("…宣传贯彻系列活动。开展回头看工作", d.second());
        assertNull(d.firstEnd());
    }

    @Test
    @DisplayName("quotes where a long difference begins and where it ends, so two separate edits both show")
    void twoPlaces() {
        String summary = "1.利用全会平台，收集整理政协委员提交的提案、建议，会后转交政府相关的职能部门；2.完成部门民主评议等工作；3.完成其他工作。";
        String table = "1.利用年会平台，收集整理政协委员提交的提案、建议，会后转交政府相关的职能部门；2.完成部门民主评议；3.完成其他工作。";
        SameText.Difference d = SameText.difference(summary, table);
        assertEquals("1.利用全会平台，收集整…", d.first());
        assertEquals("1.利用年会平台，收集整…", d.second());
        assertEquals("…门民主评议等工作；3.完成其他工…", d.firstEnd());
        assertEquals("…完成部门民主评议；3.完成其他工…", d.secondEnd());
    }
}
