package io.jixiao.report;

import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayName("Rule titles in reports")
class RuleTitlesTest {

    @Test
    @DisplayName("exist in Chinese and English for every reading and schema rule id SPEC.md section 9 lists")
    void everyParserRuleIdHasTitles() throws IOException {
        Path spec = Path.of("..", "format-spec", "SPEC.md");
        assumeTrue(Files.isRegularFile(spec), "runs from the parser module's folder, as Maven runs tests");
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        int start = text.indexOf("\n## 9.");
        int end = text.indexOf("\n## 10.", start);
        Matcher ids = Pattern.compile("`((?:FILE|YAML|SCHEMA)-[A-Z-]+)`").matcher(text.substring(start, end));

        ReportSupport chinese = new ReportSupport(ReportOptions.defaults());
        ReportSupport english = new ReportSupport(ReportOptions.defaults().withLocale(Locale.ENGLISH));
        List<String> missing = new ArrayList<>();
        int count = 0;
        while (ids.find()) {
            count++;
            String id = ids.group(1);
            if (chinese.title(id).equals(id) || english.title(id).equals(id)
                    || chinese.title(id).equals(english.title(id))) {
                missing.add(id);
            }
        }
        assertFalse(count < 20, "found the rule id table");
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("fall back to the rule id when no title is known")
    void fallBackToTheId() {
        assertEquals("NO-SUCH-RULE", new ReportSupport(ReportOptions.defaults().withMessages(Messages.chinese()))
                .title("NO-SUCH-RULE"));
    }
}
