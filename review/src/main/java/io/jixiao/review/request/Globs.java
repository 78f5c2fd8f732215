package io.jixiao.review.request;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The check's include and exclude globs applied to a path that may no longer exist on disk (a file the merge request
 * deletes), read as {@code FilingFinder} reads them: a {@code **}{@code /x} glob also matches {@code x} at the top.
 */
final class Globs {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    Globs(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().flatMap(Globs::matchers).toList();
        this.excludes = excludes.stream().flatMap(Globs::matchers).toList();
    }

    /** @param relative the path relative to the filings folder */
    boolean matches(Path relative) {
        return includes.stream().anyMatch(m -> m.matches(relative)) && excludes.stream().noneMatch(m -> m.matches(relative));
    }

    private static Stream<PathMatcher> matchers(String glob) {
        String normal = glob.strip().replace('\\', '/');
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normal);
        if (normal.startsWith("**/")) {
            return Stream.of(matcher, FileSystems.getDefault().getPathMatcher("glob:" + normal.substring(3)));
        }
        return Stream.of(matcher);
    }
}
