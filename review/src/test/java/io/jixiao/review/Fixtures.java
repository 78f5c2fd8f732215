package io.jixiao.review;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Test filings and real Git repositories made with JGit in a temporary folder. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A test filing from {@code io/jixiao/review/repo/}. */
    public static String filing(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/jixiao/review/repo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String golden(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/jixiao/review/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a golden file back into the test sources when asked to ({@code -Djixiao.updateGolden=true}). */
    public static void updateGolden(String name, String content) throws IOException {
        if (Boolean.getBoolean("jixiao.updateGolden")) {
            Files.writeString(Path.of("src/test/resources/io/jixiao/review").resolve(name), content,
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * A repository whose commits are made at fixed times by a fixed person, so their ids, and every report naming
     * them, are the same on every run.
     */
    public static final class Repo implements AutoCloseable {
        private final Git git;
        private final Path root;
        private int tick;

        public Repo(Path root) throws Exception {
            this.root = root;
            this.git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        }

        public Path root() {
            return root;
        }

        public Git git() {
            return git;
        }

        public Repo write(String path, String content) throws IOException {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        }

        public Repo delete(String path) throws IOException {
            Files.delete(root.resolve(path));
            return this;
        }

        public RevCommit commit(String message) throws Exception {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent("示例县财政局", "review@example.org",
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * tick++), ZoneOffset.ofHours(8));
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        }

        public void branch(String name) throws Exception {
            git.checkout().setCreateBranch(true).setName(name).call();
        }

        public void checkout(String name) throws Exception {
            git.checkout().setName(name).call();
        }

        /** Points {@code refs/remotes/origin/<branch>} at a commit, as a fetch would. */
        public void remote(String branch, RevCommit commit) throws IOException {
            RefUpdate update = git.getRepository().updateRef("refs/remotes/origin/" + branch);
            update.setNewObjectId(commit);
            update.setForceUpdate(true);
            update.update();
        }

        public List<String> files() {
            return List.of();
        }

        @Override
        public void close() {
            git.close();
        }
    }
}
