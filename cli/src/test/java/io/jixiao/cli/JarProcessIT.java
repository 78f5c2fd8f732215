package io.jixiao.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built jar as a pre-commit hook runs it: a separate process, with a platform that does not default to UTF-8. */
@DisplayName("target/jixiao-cli.jar run as a process")
class JarProcessIT {

    private static final Path JAR = Path.of("target/jixiao-cli.jar");

    record Result(int status, String out) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C");
        builder.environment().remove("LC_ALL");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        return new Result(process.waitFor(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the jar is executable and prints UTF-8 Chinese findings, exit 1 for an error, 0 for a warning")
    void exitCodesAndUtf8() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the shaded jar is built in the package phase");
        Result invalid = java("check", JixiaoCliTest.INVALID);
        assertEquals(JixiaoCli.FAILED, invalid.status(), invalid.out());
        assertTrue(invalid.out().contains(":4:7: 错误[SCHEMA-ENUM] 值「千元」"), invalid.out());
        Result warning = java("check", JixiaoCliTest.WARNING);
        assertEquals(JixiaoCli.PASSED, warning.status(), warning.out());
        assertTrue(warning.out().contains("警告[VALUE-QUANTITY]"), warning.out());
        assertEquals(JixiaoCli.USAGE, java("check").status());
    }

    @Test
    @DisplayName("nothing but the findings and the summary is printed: no logging notices from libraries")
    void quiet() throws Exception {
        Result valid = java("check", JixiaoCliTest.VALID);
        assertEquals(JixiaoCli.PASSED, valid.status());
        assertEquals(1, valid.out().lines().count(), valid.out());
    }
}
