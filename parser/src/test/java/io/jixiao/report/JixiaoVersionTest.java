package io.jixiao.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayName("The jixiao version")
class JixiaoVersionTest {

    @Test
    @DisplayName("is the version Maven builds, filled in at build time (also when a release sets -Drevision)")
    void isTheProjectVersion() {
        // The POM says ${revision}; only Maven knows the number, and passes it in (see parser/pom.xml, surefire).
        String expected = System.getProperty("jixiao.projectVersion");
        assumeTrue(expected != null, "runs under Maven, which passes the project version");

        assertEquals(expected, JixiaoVersion.get());
    }
}
