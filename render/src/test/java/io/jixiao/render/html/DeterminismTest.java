package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@DisplayName("The same input always gives the same bytes")
class DeterminismTest {

    private static byte[] page(List<Finding> findings) {
        return new HtmlPage(Messages.chinese()).render(HtmlFixtures.heading(), HtmlFixtures.grids(), findings)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("rendering a page twice gives identical bytes")
    void pageTwice() {
        assertArrayEquals(page(HtmlFixtures.findings()), page(HtmlFixtures.findings()));
    }

    @Test
    @DisplayName("the order findings arrive in does not change the page")
    void findingOrder() {
        byte[] expected = page(HtmlFixtures.findings());
        for (int seed = 0; seed < 10; seed++) {
            List<Finding> shuffled = new ArrayList<>(HtmlFixtures.findings());
            Collections.shuffle(shuffled, new Random(seed));
            assertArrayEquals(expected, page(shuffled), "shuffle " + seed);
        }
    }

    @Test
    @DisplayName("the index is the same bytes twice and whatever order the filings were found in")
    void indexOrder() {
        IndexPage index = new IndexPage(Messages.chinese());
        byte[] expected = index.render(HtmlFixtures.indexEntries()).getBytes(StandardCharsets.UTF_8);
        List<IndexEntry> reversed = new ArrayList<>(HtmlFixtures.indexEntries());
        Collections.reverse(reversed);
        assertArrayEquals(expected, index.render(HtmlFixtures.indexEntries())
                .getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, index.render(reversed).getBytes(StandardCharsets.UTF_8));
    }
}
