package io.jixiao.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Calculations told in words")
class ProseCalculationTest {

    @Test
    @DisplayName("count, unit price and total are read from the seed sentences, and they hold")
    void seedSentencesHold() {
        ProseCalculation members = only("参照人大标准，委员活动经费53.1万元：全区政协委员177人，每人每年的经费是3000元，"
                + "预算金额为53.1万元。");
        assertEquals("177人", members.count().written());
        assertEquals("3000元", members.price().written());
        assertEquals("53.1万元", members.total().written());
        assertTrue(members.holds());
        ProseCalculation visits = only("走访慰问200人次/年，每次500元，合计10万；民宗工作宣传计划5万元。");
        assertEquals("200人次", visits.count().written());
        assertTrue(visits.holds());
    }

    @Test
    @DisplayName("a total that is not count × price is caught, and the product is given in the total's unit")
    void wrongTotal() {
        ProseCalculation wrong = only("全区政协委员177人，每人每年的经费是3000元，预算金额为35.1万元");
        assertFalse(wrong.holds());
        assertEquals("53.1", WrittenPrecision.plain(wrong.computedInTotalUnit()));
        assertFalse(only("慰问困难群众40户，每户800元，共计4万元").holds());
        assertTrue(only("慰问困难群众40户，每户800元，共计3.2万元").holds());
        assertTrue(only("慰问困难群众40户，每户800元，共计3万元").holds(), "3万 written whole stands for 2.5万–3.5万");
        assertFalse(only("慰问困难群众40户，每户800元，共计3.0万元").holds());
        assertTrue(only("购置桌椅20套，单价1500元/套，合计30000元").holds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "会议费用8次，每次50人，平均每次每人100元",
            "外出学习考察50人，共4次，每次每人300元，合计6万元",
            "外出学习考察50人，每次每人300元，50*300=15000元，合计15000元",
            "2023年走访慰问200人次，每次500元，合计10万",
            "走访慰问200人次，合计10万",
            "委员培训20万元；界别调研活动经费25万元"})
    @DisplayName("a sentence of any other shape is left alone")
    void otherShapesAreNotRead(String text) {
        assertEquals(List.of(), ProseCalculation.find(CalculationText.fold(text)), text);
    }

    @Test
    @DisplayName("a sentence of 100000 characters of numbers is read quickly and without error")
    void longSentence() {
        String numbers = "每人1元，".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertEquals(List.of(), ProseCalculation.find(numbers)));
    }

    private static ProseCalculation only(String text) {
        List<ProseCalculation> found = ProseCalculation.find(CalculationText.fold(text));
        assertEquals(1, found.size(), text);
        return found.get(0);
    }
}
