package io.jixiao.schema;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Did you mean")
class DidYouMeanTest {

    private final Map<String, java.util.List<String>> indicator = FilingSchema.get().propertiesAt("/$defs/indicator");

    @Test
    @DisplayName("other provinces' column names are answered with ours")
    void synonyms() {
        assertEquals(Optional.of("指标值"), DidYouMean.suggest("指标值及单位", indicator));
        assertEquals(Optional.of("指标值确定依据"), DidYouMean.suggest("绩效标准", indicator));
        assertEquals(Optional.of("三级指标"), DidYouMean.suggest("指标名称", indicator));
        assertEquals(Optional.of("指标解释"), DidYouMean.suggest("绩效指标描述", indicator));
    }

    @Test
    @DisplayName("a typo one character off is answered; an unrelated key is not")
    void typos() {
        assertEquals(Optional.of("二级指标"), DidYouMean.suggest("二级指", indicator));
        assertEquals(Optional.of("指标解释"), DidYouMean.suggest("指标解析", indicator));
        assertTrue(DidYouMean.suggest("预算数", indicator).isEmpty());
    }

    @Test
    @DisplayName("two neighbouring characters swapped count as one typo")
    void transposition() {
        assertEquals(1, DidYouMean.distance("xslx", "xlsx"));
        assertEquals(1, DidYouMean.distance("指标解值", "指标值解"));
        assertEquals(3, DidYouMean.distance("abc", "ca"), "a swapped pair is not edited again");
        assertEquals(Optional.of("xlsx"), DidYouMean.suggest("xslx", Map.of("xlsx", java.util.List.of(),
                "html", java.util.List.of())));
    }
}
