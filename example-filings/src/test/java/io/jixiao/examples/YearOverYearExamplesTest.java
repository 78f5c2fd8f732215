package io.jixiao.examples;

import io.jixiao.finding.Messages;
import io.jixiao.history.Confidence;
import io.jixiao.history.MatchBasis;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.ChangeSets;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.change.MoneyChange;
import io.jixiao.review.report.ChangeSetMarkdown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two hand-made next-year filings against their seeds: what a reviewer is told, in the golden report
 * {@code year-over-year.md} (regenerate deliberately with {@code -Djixiao.updatePinnedFindings=true}), and the facts
 * behind it checked one by one.
 */
@DisplayName("Year over year on the example filings")
class YearOverYearExamplesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/jixiao/examples/year-over-year.md");

    private final FilingParser parser = new FilingParser();

    @Test
    @DisplayName("the report on both departments is the golden file")
    void goldenReport() throws IOException {
        ChangeSetMarkdown markdown = new ChangeSetMarkdown(Messages.chinese());
        String report = markdown.write(hebeiChanges(), 2) + markdown.write(hunanChanges(), 2);
        if (Boolean.getBoolean("jixiao.updatePinnedFindings")) {
            Files.writeString(GOLDEN, report, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), report);
    }

    @Test
    @DisplayName("山海关 2021 → 2022: re-coded projects found by name, a year-bearing name, a dropped and a new project")
    void hebei() {
        ChangeSet changes = hebeiChanges();
        assertEquals(new ChangeSet.Counts(1, 2, 7, 10, 3), changes.counts());
        assertEquals(List.of(MatchBasis.NAME_NEW_CODE, MatchBasis.NAME_YEAR, MatchBasis.NAME_NEW_CODE,
                        MatchBasis.NAME_NEW_CODE, MatchBasis.NAME_NEW_CODE, MatchBasis.NAME_NEW_CODE),
                changes.tables().stream().filter(t -> t.basis() != null).map(t -> t.basis()).toList());
        MoneyChange total = changes.budget();
        assertEquals(0, new BigDecimal("-144500").compareTo(total.difference()));
        assertEquals(0, new BigDecimal("-16.2").compareTo(total.percent()));
        assertTrue(changes.money().stream().anyMatch(m -> m.dropped() && m.label().contains(
                "提前下达省级2010年普惠金融发展专项资金（民贸民品企业贷款贴息）")));
        assertTrue(changes.money().stream().anyMatch(m -> m.added() && m.label().contains("党外代表人士培训经费")));
        IndicatorChange renamed = changes.indicators().stream().filter(i -> i.renamed()
                && i.name().equals("服务对象满意度")).findFirst().orElseThrow();
        assertEquals(Confidence.MEDIUM, renamed.confidence());
        assertEquals(76, renamed.similarity());
    }

    @Test
    @DisplayName("石峰政协 2023 → 2024: raised, lowered with and without 调整说明, a new spending direction, budgets")
    void hunan() {
        ChangeSet changes = hunanChanges();
        ChangeSet.Counts counts = changes.counts();
        assertEquals(4, counts.raised(), "≥5次 → ≥6次, 2个 → 3个, 20个 → 22个, and a cost cap 53.1万 → ≤50.2万元");
        assertEquals(4, counts.lowered(), "4个 → 3个, 10个 → 8个 (explained), and two cost caps raised");
        IndicatorChange explained = changes.indicators().stream().filter(i -> "界别调研报告".equals(i.name()))
                .findFirst().orElseThrow();
        assertTrue(explained.target().shift().weaker() && explained.adjustment() != null);
        assertEquals(0, new BigDecimal("25.115899").compareTo(changes.budget().difference()),
                "万元 amounts compared exactly");
        assertTrue(changes.texts().stream().anyMatch(t -> t.label().contains("年度绩效目标")));
    }

    private ChangeSet hebeiChanges() {
        return compare("shanhaiguan-tongzhanbu/2021.yaml", "shanhaiguan-tongzhanbu/2022.yaml");
    }

    private ChangeSet hunanChanges() {
        return compare("shifeng-zhengxie/2023.yaml", "shifeng-zhengxie/2024.yaml");
    }

    private ChangeSet compare(String before, String after) {
        Filing was = parser.parse(ExampleFilings.ROOT.resolve(before)).filing().orElseThrow();
        Filing is = parser.parse(ExampleFilings.ROOT.resolve(after)).filing().orElseThrow();
        return ChangeSets.compare(was, before, is, after);
    }
}
