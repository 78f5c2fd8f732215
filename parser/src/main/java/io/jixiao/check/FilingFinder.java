package io.jixiao.check;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the filings under a folder by include and exclude globs, in a stable order (the order of findings and of
 * the index must not depend on how the file system lists folders).
 */
public final class FilingFinder {

    private FilingFinder() {
    }

    /**
     * Files under {@code directory} whose relative path matches an include and no exclude, sorted.
     *
     * @throws NotDirectoryException when {@code directory} is not a folder ({@link FolderCheck} says so in words)
     */
    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        List<PathMatcher> in = includes.stream().flatMap(FilingFinder::matchers).toList();
        List<PathMatcher> out = excludes.stream().flatMap(FilingFinder::matchers).toList();
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                Path relative = directory.relativize(file);
                return in.stream().anyMatch(m -> m.matches(relative)) && out.stream().noneMatch(m -> m.matches(relative));
            }).sorted().toList();
        }
    }

    /** A glob, and for a {@code **}{@code /x} glob also {@code x} itself, so files directly in the folder match. */
    private static Stream<PathMatcher> matchers(String glob) {
        String normal = glob.strip().replace('\\', '/');
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normal);
        if (normal.startsWith("**/")) {
            return Stream.of(matcher, FileSystems.getDefault().getPathMatcher("glob:" + normal.substring(3)));
        }
        return Stream.of(matcher);
    }
}
