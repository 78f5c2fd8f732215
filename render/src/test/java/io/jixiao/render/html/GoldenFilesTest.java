package io.jixiao.render.html;

import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;

@DisplayName("Pages and index match their reviewed golden files")
class GoldenFilesTest {

    @Test
    @DisplayName("a filing's page with two tables and findings matches page.html")
    void page() throws IOException {
        String html = new HtmlPage(Messages.chinese())
                .render(HtmlFixtures.heading(), HtmlFixtures.grids(), HtmlFixtures.findings());
        Golden.assertMatches("page.html", html);
    }

    @Test
    @DisplayName("the same page with English findings matches page-en.html")
    void englishPage() throws IOException {
        String html = new HtmlPage(Messages.forLocale(java.util.Locale.ENGLISH))
                .render(HtmlFixtures.heading(), HtmlFixtures.grids(), HtmlFixtures.findings());
        Golden.assertMatches("page-en.html", html);
    }

    @Test
    @DisplayName("an index of rendered and unrendered filings matches index.html")
    void index() throws IOException {
        Golden.assertMatches("index.html", new IndexPage(Messages.chinese()).render(HtmlFixtures.indexEntries()));
    }
}
