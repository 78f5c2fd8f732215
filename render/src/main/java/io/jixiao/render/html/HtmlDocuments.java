package io.jixiao.render.html;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * The shell every generated page shares and the one way pages are serialised. Fixed output settings make the same
 * document always produce the same bytes; data only ever enters through {@link Element#text}, {@link Element#attr}
 * and {@link #appendLines}, so jsoup escapes it.
 */
final class HtmlDocuments {

    /** Written by hand because it is a constant, and so that it keeps its conventional capitals. */
    private static final String DOCTYPE = "<!DOCTYPE html>\n";

    private HtmlDocuments() {
    }

    /**
     * A page with its language, charset, title and one inline stylesheet, and an empty body to fill.
     *
     * @param language the BCP 47 tag of the page's own words ({@link io.jixiao.finding.Messages#languageTag}), so
     *                 browsers and screen readers treat an English page as English
     */
    static Document shell(String language, String title, String stylesheet) {
        Document document = new Document("");
        document.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html)
                .prettyPrint(true)
                .outline(false)
                .indentAmount(1);
        Element html = document.appendElement("html").attr("lang", language);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode("\n" + stylesheet));
        html.appendElement("body");
        return document;
    }

    static String serialize(Document document) {
        return DOCTYPE + document.outerHtml().strip() + "\n";
    }

    /**
     * Appends text that may span several lines, each line break becoming a {@code <br>}: the pretty printer folds
     * white space, so a line break kept as a character would be lost.
     */
    static void appendLines(Element element, String text) {
        String[] lines = text.strip().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                element.appendElement("br");
            }
            if (!lines[i].isBlank()) {
                element.appendText(lines[i].strip());
            }
        }
    }
}
