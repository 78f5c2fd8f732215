package io.jixiao.check;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.text.PathText;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the filings under a folder by include and exclude globs, in a stable order (the order of findings and of
 * the index must not depend on how the file system lists folders), and the candidates it refuses to read.
 *
 * <p>Filings are untrusted input (a merge request may add anything), so the walk trusts nothing it finds:
 * <ul>
 *   <li>symbolic links are never followed: a linked file that looks like a filing, and a linked folder, are
 *       refused with {@link Diagnostic#FILE_SYMLINK} and never opened, so a link to a credentials file cannot put
 *       its lines into the log;</li>
 *   <li>a name that cannot be used safely ({@link FilingNames}: control characters, a backslash, what Windows
 *       forbids, an upper-case {@code .YAML}, two names that are one file on a case-insensitive system) is refused
 *       with {@link Diagnostic#FILE_NAME} instead of being silently left out;</li>
 *   <li>something that is not a regular file (a pipe would block the read forever), or a folder that cannot be
 *       listed, is a {@link Diagnostic#FILE_UNREADABLE} finding.</li>
 * </ul>
 * A refused candidate is one the globs would take if its name were written plainly (lower case, no control
 * characters); an excluded path is never reported.
 */
public final class FilingFinder {

    /**
     * What a folder holds for a check.
     *
     * @param filings the files to read, sorted
     * @param refused the candidates not to read, each with the one finding that says why, sorted by path
     */
    public record Found(List<Path> filings, Map<Path, Finding> refused) {

        public Found {
            filings = List.copyOf(filings);
            refused = Collections.unmodifiableMap(new TreeMap<>(refused));
        }

        /** The filings and the refused candidates together, sorted: every file a check reports on. */
        public List<Path> all() {
            List<Path> all = new ArrayList<>(filings.size() + refused.size());
            all.addAll(filings);
            all.addAll(refused.keySet());
            Collections.sort(all);
            return all;
        }
    }

    private FilingFinder() {
    }

    /**
     * Files under {@code directory} whose relative path matches an include and no exclude, sorted, without the
     * refused ones (see {@link #scan}).
     *
     * @throws NotDirectoryException when {@code directory} is not a folder ({@link FolderCheck} says so in words)
     */
    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        return scan(directory, includes, excludes).filings();
    }

    /**
     * The filings under {@code directory} and the candidates refused, without following any link below it (the
     * folder itself, which the user configured, may be one).
     *
     * @throws NotDirectoryException when {@code directory} is not a folder
     */
    public static Found scan(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        Globs globs = new Globs(directory.getFileSystem(), includes, excludes);
        Path start = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
        List<Path> candidates = new ArrayList<>();
        Map<Path, Finding> refused = new TreeMap<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path found, BasicFileAttributes attributes) {
                Path relative = start.relativize(found);
                Path file = directory.resolve(relative);
                if (attributes.isSymbolicLink()) {
                    if (globs.candidate(relative)) {
                        refused.put(file, Diagnostic.FILE_SYMLINK.finding(file, 0, 0, "", "symlinkFile"));
                    } else if (Files.isDirectory(found) && globs.folderCandidate(relative)) {
                        refused.put(file, Diagnostic.FILE_SYMLINK.finding(file, 0, 0, "", "symlinkFolder"));
                    }
                } else if (globs.candidate(relative)) {
                    if (attributes.isRegularFile()) {
                        candidates.add(relative);
                    } else {
                        refused.put(file, Diagnostic.FILE_UNREADABLE.finding(file, 0, 0, "", "notAFile"));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path found, IOException e) throws IOException {
                if (found.equals(start)) {
                    throw e;
                }
                Path relative = start.relativize(found);
                if (globs.folderCandidate(relative) || globs.candidate(relative)) {
                    Path file = directory.resolve(relative);
                    refused.put(file, Diagnostic.FILE_UNREADABLE.finding(file, 0, 0, "", "unreadableFolder",
                            e.getClass().getSimpleName()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(candidates);
        List<Path> filings = new ArrayList<>(candidates.size());
        FilingNames.Collisions collisions = new FilingNames.Collisions();
        for (Path relative : candidates) {
            Path file = directory.resolve(relative);
            Optional<Finding> problem = FilingNames.problem(file, relative);
            if (problem.isEmpty() && !globs.included(relative)) {
                continue; // taken only when written plainly, and nothing is wrong with it: the globs leave it out
            }
            if (problem.isEmpty()) {
                Optional<Path> earlier = collisions.earlier(file, relative);
                if (earlier.isPresent()) {
                    problem = Optional.of(FilingNames.collision(file,
                            PathText.of(directory.relativize(earlier.get()))));
                }
            }
            if (problem.isPresent()) {
                refused.put(file, problem.get());
            } else {
                filings.add(file);
            }
        }
        return new Found(filings, refused);
    }

    /**
     * The include and exclude globs, matched as written and, to find the candidates a name problem hides from
     * them, on the path written plainly: lower case, each unsafe character as {@code _} (a glob's {@code **} does
     * not cross a line break).
     */
    private static final class Globs {
        private final FileSystem fileSystem;
        private final List<PathMatcher> in;
        private final List<PathMatcher> out;
        private final List<PathMatcher> plainIn;
        private final List<PathMatcher> plainOut;

        Globs(FileSystem fileSystem, List<String> includes, List<String> excludes) {
            this.fileSystem = fileSystem;
            this.in = matchers(includes, false);
            this.out = matchers(excludes, false);
            this.plainIn = matchers(includes, true);
            this.plainOut = matchers(excludes, true);
        }

        /** Whether the globs take the path as it is. */
        boolean included(Path relative) {
            return matches(in, relative) && !matches(out, relative);
        }

        /** Whether the globs take the path as it is or written plainly. */
        boolean candidate(Path relative) {
            if (included(relative)) {
                return true;
            }
            Path plain = plain(relative);
            return matches(plainIn, plain) && !matches(plainOut, plain);
        }

        /** Whether a filing directly inside the folder would be a candidate: a linked folder worth reporting. */
        boolean folderCandidate(Path relative) {
            Path plain = plain(relative);
            return !matches(plainOut, plain) && (candidate(relative.resolve("2000.yaml"))
                    || candidate(relative.resolve("2000.yml")));
        }

        private Path plain(Path relative) {
            String[] names = new String[relative.getNameCount()];
            for (int i = 0; i < names.length; i++) {
                StringBuilder name = new StringBuilder();
                relative.getName(i).toString().toLowerCase(Locale.ROOT).chars()
                        .forEach(c -> name.append(PathText.unsafe(c) ? '_' : (char) c));
                names[i] = name.toString();
            }
            return fileSystem.getPath(names[0], java.util.Arrays.copyOfRange(names, 1, names.length));
        }

        private static boolean matches(List<PathMatcher> matchers, Path path) {
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(path)) {
                    return true;
                }
            }
            return false;
        }

        private List<PathMatcher> matchers(List<String> globs, boolean plain) {
            return globs.stream().flatMap(glob -> matchers(glob, plain)).toList();
        }

        /** A glob, and for a {@code **}{@code /x} glob also {@code x} itself, so files directly in the folder match. */
        private Stream<PathMatcher> matchers(String glob, boolean plain) {
            String normal = glob.strip().replace('\\', '/');
            if (plain) {
                normal = normal.toLowerCase(Locale.ROOT);
            }
            PathMatcher matcher = fileSystem.getPathMatcher("glob:" + normal);
            if (normal.startsWith("**/")) {
                return Stream.of(matcher, fileSystem.getPathMatcher("glob:" + normal.substring(3)));
            }
            return Stream.of(matcher);
        }
    }
}
