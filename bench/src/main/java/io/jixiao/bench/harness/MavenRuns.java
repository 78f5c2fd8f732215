package io.jixiao.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn verify} on a generated corpus project, with the plugin built in this reactor: it is staged into
 * bench/target/local-repo by the bench module's build (invoker:install), and everything else comes from the user's
 * repository through a file: URL, so nothing is installed into the user's repository and nothing is downloaded.
 * A first, unmeasured run fills the staged repository; the measured runs are offline.
 */
final class MavenRuns {

    private final Settings settings;
    private final ProcessRunner runner;
    private final Path settingsXml;

    MavenRuns(Settings settings, ProcessRunner runner, Path out) throws IOException {
        this.settings = settings;
        this.runner = runner;
        this.settingsXml = out.resolve("settings.xml");
        String url = settings.userRepo().toAbsolutePath().toUri().toString();
        Harness.write(settingsXml, """
                <settings>
                  <!-- Written by the jixiao benchmark: the user's repository as a remote, read through a file: URL. -->
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories>
                        <repository><id>user-repository</id><url>%1$s</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>user-repository</id><url>%1$s</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """.formatted(url));
    }

    /** An unmeasured run that resolves the plugin into the staged repository, so later runs can be offline. */
    void prepare(Path corpus) throws Exception {
        Sample s = run("maven-prepare", corpus, false, List.of("-Djixiao.render.skip=true",
                "-Djixiao.check.skip=true"));
        if (s.exitCode() != 0) {
            throw new IllegalStateException("Maven could not run the plugin on " + corpus + ":\n" + runner.tail(30));
        }
    }

    /**
     * {@code mvn -B -o verify} in the corpus project.
     *
     * @param fresh delete the project's target/ first (a first run); else a rerun with nothing changed
     */
    Sample verify(String name, Path corpus, boolean fresh, String... properties) throws Exception {
        if (fresh) {
            Harness.delete(corpus.resolve("target"));
        }
        return run(name, corpus, true, List.of(properties));
    }

    private Sample run(String name, Path corpus, boolean offline, List<String> properties)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(settings.mvn().toString(), "-B", "-s", settingsXml.toString(),
                "-Dmaven.repo.local=" + settings.localRepo()));
        if (offline) {
            command.add("-o");
        }
        command.addAll(properties);
        command.add("verify");
        // The findings are Chinese: Maven's JVM prints UTF-8 whatever the machine's locale.
        return runner.run(name, corpus, Map.of("MAVEN_OPTS", "-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8"),
                command, settings.timeout());
    }
}
