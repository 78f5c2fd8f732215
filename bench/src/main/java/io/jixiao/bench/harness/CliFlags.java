package io.jixiao.bench.harness;

import java.util.ArrayList;
import java.util.List;

/** The JVM flags the pre-commit hook (cli/pre-commit-hook.sh) runs the command line with. */
final class CliFlags {

    /** C1 only and the serial collector: a run of a second never profits from C2 or a parallel GC. */
    static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private CliFlags() {
    }

    /** {@code java FLAGS -jar jixiao-cli.jar check FILE}. */
    static List<String> java(Settings settings, List<String> flags, String file) {
        List<String> command = new ArrayList<>();
        command.add(settings.java());
        command.addAll(flags);
        command.addAll(List.of("-jar", settings.cliJar().toString(), "check", file));
        return command;
    }
}
