package io.jixiao.review.next;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.FilingFinder;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
 */
public final class NextYear {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private NextYear() {
    }

    /** What became of one department. */
    public enum Status { WRITTEN, EXISTS, INVALID }

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

    /** Rolls each given filing forward. */
    public static List<Outcome> roll(List<Path> sources) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        FilingParser parser = new FilingParser();
        for (Path source : sources.stream().sorted(Comparator.naturalOrder()).toList()) {
            byte[] bytes = Files.readAllBytes(source);
            ParseResult parsed = parser.parse(source, bytes);
            Optional<Filing> filing = parsed.filing();
            if (filing.isEmpty() || parsed.hasErrors()) {
                outcomes.add(new Outcome(source, null, Status.INVALID));
                continue;
            }
            Path target = source.resolveSibling((filing.get().year() + 1) + ".yaml");
            if (Files.exists(target)) {
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
