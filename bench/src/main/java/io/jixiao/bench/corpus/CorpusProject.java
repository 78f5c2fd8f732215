package io.jixiao.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The POM of a generated corpus: the jixiao plugin of this build bound to verify (see corpus-pom.xml). */
final class CorpusProject {

    private CorpusProject() {
    }

    static String pom() {
        try (InputStream in = CorpusProject.class.getResourceAsStream("/io/jixiao/bench/corpus-pom.xml")) {
            if (in == null) {
                throw new IllegalStateException("corpus-pom.xml is missing from the benchmark's classes");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
