package io.jixiao.check;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.text.PathText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a filing's path, relative to the filings folder, can be used safely: shown on one line of a CI log,
 * checked out on Windows and macOS as well as Linux, and turned into output paths that stay where they belong.
 * A name that cannot is refused with a {@link Diagnostic#FILE_NAME} finding, and the file is not read, so no
 * output is ever computed from it.
 *
 * <p>The names are judged as the file system gives them, one by one: a backslash is part of a name on Linux and
 * is refused as such, never read as a separator.
 */
final class FilingNames {

    /** The longest name, in UTF-8 bytes: with an output's extension and a temporary suffix it stays under 255. */
    static final int MAX_NAME_BYTES = 200;
    private static final String WINDOWS_CHARACTERS = "<>:\"|?*";
    /** Device names Windows reserves whatever the extension ({@code con.yaml} is the console). */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile(
            "(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\\..*)?");
    private static final Pattern FILING_EXTENSION = Pattern.compile("(?i).*\\.(yaml|yml)");
    private static final Pattern LOWER_EXTENSION = Pattern.compile(".*\\.(yaml|yml)");
    /** The top-level name whose page would replace the index page. */
    private static final Set<String> INDEX_NAMES = Set.of("index.yaml", "index.yml");

    private FilingNames() {
    }

    /**
     * The problem with one file's relative path, if any.
     *
     * @param file     the file, as the finding names it
     * @param relative its path relative to the filings folder
     */
    static Optional<Finding> problem(Path file, Path relative) {
        for (Path name : relative) {
            String text = name.toString();
            for (int i = 0; i < text.length(); i++) {
                if (PathText.unsafe(text.charAt(i))) {
                    return refuse(file, "nameControl", PathText.escaped(text));
                }
            }
            if (text.indexOf('\\') >= 0) {
                return refuse(file, "nameBackslash", text);
            }
            for (int i = 0; i < text.length(); i++) {
                if (WINDOWS_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
                    return refuse(file, "nameWindowsCharacter", text, String.valueOf(text.charAt(i)));
                }
            }
            if (WINDOWS_RESERVED.matcher(text).matches() || text.endsWith(".") || text.endsWith(" ")) {
                return refuse(file, "nameWindowsReserved", text);
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                return refuse(file, "nameTooLong", text, bytes, MAX_NAME_BYTES);
            }
        }
        String fileName = relative.getFileName().toString();
        if (FILING_EXTENSION.matcher(fileName).matches() && !LOWER_EXTENSION.matcher(fileName).matches()) {
            int dot = fileName.lastIndexOf('.');
            return refuse(file, "nameExtensionCase", fileName.substring(dot),
                    fileName.substring(0, dot) + fileName.substring(dot).toLowerCase(Locale.ROOT));
        }
        if (relative.getNameCount() == 1 && INDEX_NAMES.contains(fileName.toLowerCase(Locale.ROOT))) {
            return refuse(file, "nameIndexPage", fileName);
        }
        return Optional.empty();
    }

    /**
     * Finds names that are one file on a case-insensitive file system, or one output: the same path but for
     * letter case, Unicode normalisation or {@code .yaml}/{@code .yml}. Give it the files in order; the first of
     * such names is kept.
     */
    static final class Collisions {
        private final Map<String, Path> first = new HashMap<>();

        /** The earlier file this one collides with, if any; otherwise it is remembered. */
        Optional<Path> earlier(Path file, Path relative) {
            String key = Normalizer.normalize(PathText.slashes(relative), Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT).replaceFirst("\\.ya?ml$", "");
            Path before = first.putIfAbsent(key, file);
            return Optional.ofNullable(before);
        }
    }

    static Finding collision(Path file, String earlierShown) {
        return Diagnostic.FILE_NAME.finding(file, 0, 0, "", "nameCollision", earlierShown);
    }

    private static Optional<Finding> refuse(Path file, String variant, Object... arguments) {
        return Optional.of(Diagnostic.FILE_NAME.finding(file, 0, 0, "", variant, arguments));
    }
}
