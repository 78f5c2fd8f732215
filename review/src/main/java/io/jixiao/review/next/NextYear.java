package io.jixiao.review.next;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.FilingFinder;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes next year's filing for each department (or the ones asked for): the latest year's filing of the
 * department's folder, {@linkplain RollForward rolled forward}, as {@code <year+1>.yaml} beside it. An existing file
 * is never overwritten, not even in a race: the new text is written to a temporary file, which is then linked to its
 * name only if the name is free.
 *
 * <p>It writes into the filings folder, which a merge request may have filled with anything, so it writes only
 * inside that folder: a source that is a symbolic link, lies outside the folder or is reached through a linked
 * folder is refused, and nothing is written for it (the check reports such files as {@code FILE-SYMLINK}).
 */
public final class NextYear {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private NextYear() {
    }

    /** What became of one department. */
    public enum Status { WRITTEN, EXISTS, INVALID, REFUSED }

    /**
     * @param source the latest filing of the department
     * @param target next year's file (not written unless {@link Status#WRITTEN})
     */
    public record Outcome(Path source, Path target, Status status) {
    }

    /**
     * The departments of the folder: each subfolder holding filings, with its latest filing (by the 年度 it
     * declares; a filing that cannot be read counts by its file name's year, so it blocks rather than being
     * skipped over).
     */
    public static Map<String, Path> latest(CheckOptions options) throws IOException {
        Map<String, Path> latest = new TreeMap<>();
        Map<String, Integer> years = new TreeMap<>();
        FilingParser parser = new FilingParser();
        Path root = options.directory().toAbsolutePath().normalize();
        for (Path file : FilingFinder.find(options.directory(), options.includes(), options.excludes())) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            String department = root.equals(folder) ? "" : root.relativize(folder).toString().replace('\\', '/');
            int year = parser.parse(file).filing().map(Filing::year).orElse(yearOfName(file));
            if (!years.containsKey(department) || year > years.get(department)) {
                years.put(department, year);
                latest.put(department, file);
            }
        }
        return latest;
    }

    /** Rolls each given filing forward beside it, each source's own folder taken as the filings folder. */
    public static List<Outcome> roll(List<Path> sources) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path source : sources) {
            outcomes.addAll(roll(source.toAbsolutePath().normalize().getParent(), List.of(source)));
        }
        outcomes.sort(Comparator.comparing(Outcome::source));
        return outcomes;
    }

    /**
     * Rolls each given filing of the filings folder forward; a source that is not a regular file inside
     * {@code directory}, reached without a symbolic link, is {@link Status#REFUSED}.
     */
    public static List<Outcome> roll(Path directory, List<Path> sources) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        FilingParser parser = new FilingParser();
        for (Path source : sources.stream().sorted(Comparator.naturalOrder()).toList()) {
            if (!inside(directory, source)) {
                outcomes.add(new Outcome(source, null, Status.REFUSED));
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Limits.DEFAULT.maxFileBytes() + 1); // the parser refuses a larger one
            }
            ParseResult parsed = parser.parse(source, bytes);
            Optional<Filing> filing = parsed.filing();
            if (filing.isEmpty() || parsed.hasErrors()) {
                outcomes.add(new Outcome(source, null, Status.INVALID));
                continue;
            }
            Path target = source.resolveSibling((filing.get().year() + 1) + ".yaml");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                outcomes.add(new Outcome(source, target, Status.EXISTS));
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean bom = text.startsWith(BYTE_ORDER_MARK);
            String next = RollForward.next(bom ? text.substring(1) : text, filing.get());
            outcomes.add(new Outcome(source, target,
                    createNew(target, ((bom ? BYTE_ORDER_MARK : "") + next).getBytes(StandardCharsets.UTF_8))
                            ? Status.WRITTEN : Status.EXISTS));
        }
        return outcomes;
    }

    /**
     * Whether a file lies inside the folder by its names, is a regular file and not a link, and no folder between
     * them is a link (the folder itself, configured by the user, may be one): then its sibling is inside too.
     */
    static boolean inside(Path directory, Path file) {
        Path root = directory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)
                || !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (Path folder = absolute.getParent(); !folder.equals(root); folder = folder.getParent()) {
            if (Files.isSymbolicLink(folder)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the file completely under a temporary name, then gives it its name only if nothing has it. */
    private static boolean createNew(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".jixiao-", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.createLink(target, temporary);
            } catch (UnsupportedOperationException e) {
                Files.move(temporary, target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int yearOfName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return name.matches("[0-9]{4}") ? Integer.parseInt(name) : Integer.MIN_VALUE;
    }
}
