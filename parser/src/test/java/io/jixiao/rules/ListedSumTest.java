package io.jixiao.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Itemised amounts closed by a total")
class ListedSumTest {

    private static final String SEED = "《中国人民政治协商会议章程》第五十五条\n六届一次全会支出名细：办公费59144元（含文件袋、雨伞、"
            + "笔记本、笔、茶叶、会议文具等），印刷费59203元，餐费73535元，疫情防控、医疗保障20000元，其它费用27603元，"
            + "合计239485元。";

    @Test
    @DisplayName("a list of name + amount items is read after its colon, brackets and 、 inside names allowed")
    void seedListAddsUp() {
        List<ListedSum> found = ListedSum.find(CalculationText.fold(SEED));
        assertEquals(1, found.size());
        assertEquals(5, found.get(0).itemsYuan().size());
        assertTrue(found.get(0).holds());
    }

    @Test
    @DisplayName("a total that is not the sum is caught, also across 元 and 万元")
    void wrongTotal() {
        ListedSum sum = ListedSum.find(SEED.replace("239485", "239845")).get(0);
        assertFalse(sum.holds());
        assertEquals(0, new BigDecimal("239485").compareTo(sum.sumInTotalUnit()));
        assertTrue(ListedSum.find("培训费2万元，资料费5000元，合计2.5万元").get(0).holds());
        assertFalse(ListedSum.find("培训费2万元，资料费5000元，合计3万元").get(0).holds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "专职人员工作经费8万/年；会议费用8次，每次50人，平均每次每人100元；8*50*100=40000元。合计12万",
            "外出学习考察50人，共4次，每次每人300元，50*4*300=60000；场地座谈会100元每人*200人=20000；合计8万",
            "走访慰问200人次/年，每次500元，合计10万",
            "餐费100元，合计100元",
            "餐费100元合计100元",
            "A类100元，B类200元，合计300元；C类50元，合计350元"})
    @DisplayName("a list with anything but name + amount items, or only one item, is left alone")
    void ambiguousListsAreNotRead(String text) {
        assertTrue(ListedSum.find(CalculationText.fold(text)).stream().allMatch(ListedSum::holds), text);
        assertTrue(ListedSum.find(CalculationText.fold(text)).size() <= 1, text);
    }

    @Test
    @DisplayName("a value of 100000 characters of items and totals is read quickly and without error")
    void longLists() {
        String items = "餐费1元，".repeat(20_000) + "合计20000元";
        String totals = "合计1元，".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(ListedSum.find(items).get(0).holds());
            assertEquals(List.of(), ListedSum.find(totals));
        });
    }
}
