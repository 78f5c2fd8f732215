package io.jixiao.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Equations written in calculation notes")
class WrittenEquationTest {

    @ParameterizedTest
    @ValueSource(strings = {"8*50*100=40000元", "50*4*300=60000", "100元每人*200人=20000", "5个*5000元/个=2.5万元",
            "2000元*5=10000元", "提案50*200=10000元", "3期*5万元/期=15万元", "2+3*4=14", "100÷3=33.33",
            "８＊５０＝４００", "50 × 4 = 200", "2*3=6万元", "2万*3=6", "1,200元*3=3600元", "1000*80%=800", "500元/人/天*20人*2天=20000元"})
    @DisplayName("are found and accepted when they hold, units and 万 included")
    void correctEquationsHold(String text) {
        List<WrittenEquation> found = WrittenEquation.find(CalculationText.fold(text));
        assertEquals(1, found.size(), text);
        assertEquals(List.of(), found.get(0).wrongResults(), text);
    }

    @Test
    @DisplayName("a wrong result is reported with the value computed in the result's own unit")
    void wrongResult() {
        WrittenEquation equation = only("会议费用8次，每次50人，8*50*100=4000元。");
        assertEquals("8*50*100=4000元", equation.text());
        WrittenEquation.Operand wrong = equation.wrongResults().get(0);
        assertEquals("4000元", wrong.written());
        assertEquals("40000元", equation.computedIn(wrong));
        WrittenEquation tenThousands = only("5个*5000元/个=3万元");
        assertEquals("2.5万元", tenThousands.computedIn(tenThousands.wrongResults().get(0)));
    }

    @Test
    @DisplayName("a result is right when it is the computed value rounded to the places written")
    void roundedResults() {
        assertTrue(only("100÷3=33.3").wrongResults().isEmpty());
        assertEquals(1, only("100÷3=33.4").wrongResults().size());
        assertEquals(1, only("2.5万元*3=7.6万元").wrongResults().size());
    }

    @Test
    @DisplayName("元 against 万元 is not excused as a shared unit")
    void yuanAgainstWan() {
        assertEquals(1, only("2元*3=6万元").wrongResults().size());
    }

    @Test
    @DisplayName("every equation of a text is found, and division by zero is left alone")
    void severalAndDivisionByZero() {
        String text = "常委会议2000元*5=10000元，主席会议2000元*5=10000元；“株事好商量”5000元*4=20000元";
        assertEquals(3, WrittenEquation.find(CalculationText.fold(text)).size());
        assertTrue(only("100÷0=5").wrongResults().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"合计=5万元", "2023年12月", "(2+3)*4=20", "5+N", "8-2=6"})
    @DisplayName("text that is not a plain a op b = c is not read")
    void notEquations(String text) {
        assertEquals(List.of(), WrittenEquation.find(CalculationText.fold(text)));
    }

    @Test
    @DisplayName("a value of 100000 characters of numbers and operators is read quickly and without error")
    void longChains() {
        String chain = "1*".repeat(50_000) + "1";
        String equations = "2*3=6，".repeat(16_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(List.of(), WrittenEquation.find(chain));
            assertEquals(16_000, WrittenEquation.find(equations).size());
            assertEquals(1, WrittenEquation.find(chain + "=1").size());
        });
    }

    private static WrittenEquation only(String text) {
        List<WrittenEquation> found = WrittenEquation.find(CalculationText.fold(text));
        assertEquals(1, found.size(), text);
        return found.get(0);
    }
}
