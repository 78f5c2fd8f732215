package io.jixiao.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project files of a generated corpus, as a department repository has them: the POM (the jixiao plugin of this
 * build bound to verify, see corpus-pom.xml) and the archetype's {@code .mvn/jvm.config}, so Maven runs with the
 * JVM options an adopter's repository gives it rather than with whatever {@code .mvn} a folder above holds.
 * Written on every run, also into a corpus that is reused.
 */
final class CorpusProject {

    private CorpusProject() {
    }

    static void write(Path out) throws IOException {
        Files.createDirectories(out.resolve(".mvn"));
        Files.writeString(out.resolve("pom.xml"), resource("corpus-pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(".mvn/jvm.config"), resource("jvm.config"), StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = CorpusProject.class.getResourceAsStream("/io/jixiao/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the benchmark's classes");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
