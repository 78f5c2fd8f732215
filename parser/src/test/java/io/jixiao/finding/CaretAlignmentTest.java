package io.jixiao.finding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The caret under a finding stands under its column in a Chinese console")
class CaretAlignmentTest {

    @Test
    @DisplayName("≥ before the column takes two cells, as a Chinese console shows it")
    void comparatorIsWide() {
        String line = "    指标值: ≥5次";
        int columnOfFive = line.indexOf('5') + 1;
        assertEquals(" ".repeat(4 + 3 * 2 + 2 + 2), FindingPrinter.caretPad(line, columnOfFive));
    }

    @Test
    @DisplayName("ASCII takes one cell and a tab stays a tab")
    void asciiAndTab() {
        assertEquals("\t ", FindingPrinter.caretPad("\ta: 1", 3));
    }
}
