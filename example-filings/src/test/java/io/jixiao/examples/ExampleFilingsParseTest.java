package io.jixiao.examples;

import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The example filings")
class ExampleFilingsParseTest {

    private final FilingParser parser = new FilingParser();

    @Test
    @DisplayName("there is one filing per published table (each seed, each committed source) and the two hand-made "
            + "next-year filings")
    void oneFilingPerSeed() {
        assertEquals(Stream.concat(Stream.concat(ExampleFilings.SEEDS.stream(), ExampleFilings.SOURCES.stream())
                        .map(s -> s[1]), ExampleFilings.NEXT_YEAR.stream())
                .map(ExampleFilings.ROOT::resolve).sorted().toList(), ExampleFilings.all());
    }

    @TestFactory
    @DisplayName("parse with no findings at all")
    Stream<DynamicTest> parseClean() {
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        return ExampleFilings.all().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            ParseResult result = parser.parse(file);
            String report = result.findings().stream().map(f -> printer.print(f, result.sourceLines()))
                    .collect(Collectors.joining("\n"));
            assertTrue(result.findings().isEmpty(), report);
            assertTrue(result.filing().isPresent());
        }));
    }

    @Test
    @DisplayName("hold the tables, indicators and amounts of each seed")
    void holdTheTables() {
        Filing linyi = parse("linyi-tongzhanbu/2023.yaml");
        assertEquals(2023, linyi.year());
        assertEquals(22, linyi.allIndicators().size());

        Filing shanhaiguan = parse("shanhaiguan-tongzhanbu/2021.yaml");
        assertEquals(7, shanhaiguan.projects().size());
        assertEquals("4000.00", shanhaiguan.projects().get(0).budget().amount().toPlainString());
        assertEquals(List.of("公务用车正常运转", "公务用车正常运转", "公务用车正常运转"),
                shanhaiguan.projects().get(0).goals().items());

        Filing shifeng = parse("shifeng-tongzhanbu/2023.yaml");
        assertEquals(2, shifeng.spendingDirections().size());
        assertEquals("43.4", shifeng.fundSummary().total().amount().toPlainString());

        Filing wuchang = parse("wuchang-tongzhanbu/2020.yaml");
        assertEquals(3, wuchang.departmentTable().annualGoalTables().size());
        assertEquals("106%", wuchang.departmentTable().funding().expenditure().lines().get(1).share().written());

        Filing zhengxie = parse("shifeng-zhengxie/2023.yaml");
        assertEquals("528.244101", zhengxie.departmentTable().budgetRequest().total().amount().toPlainString());
    }

    private Filing parse(String relative) {
        return parser.parse(ExampleFilings.ROOT.resolve(relative)).filing().orElseThrow();
    }

    static Path root() {
        return ExampleFilings.ROOT;
    }
}
