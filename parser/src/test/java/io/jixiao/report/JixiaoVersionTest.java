package io.jixiao.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayName("The jixiao version")
class JixiaoVersionTest {

    @Test
    @DisplayName("is the project version from the pom, filled in by Maven at build time")
    void isTheProjectVersion() throws Exception {
        Path pom = Path.of("pom.xml");
        assumeTrue(Files.isRegularFile(pom), "runs from the parser module's folder, as Maven runs tests");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        Element parent = (Element) document.getDocumentElement().getElementsByTagName("parent").item(0);
        String expected = parent.getElementsByTagName("version").item(0).getTextContent().strip();

        assertEquals(expected, JixiaoVersion.get());
    }
}
