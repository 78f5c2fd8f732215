package io.jixiao.check;

import io.jixiao.text.PathText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order of filings in a run, in its output and in the incremental cache: department folder by department
 * folder (folders compared name by name, so {@code a} comes before {@code a-b} and before {@code a/sub}), and
 * within a folder by file name. Checking goes folder by folder, so every output that lists filings uses this order
 * and can be written as the folders are done.
 */
public final class FilingOrder {

    /** Folder paths written with {@code /}, compared name by name ({@code ""} is the top folder). */
    public static final Comparator<String> FOLDERS = FilingOrder::compareFolders;

    /** Shown paths ({@code folder/name}, {@code /} separated): by folder, then by file name. */
    public static final Comparator<String> SHOWN = (a, b) -> {
        int slashA = a.lastIndexOf('/');
        int slashB = b.lastIndexOf('/');
        int folders = compareFolders(slashA < 0 ? "" : a.substring(0, slashA),
                slashB < 0 ? "" : b.substring(0, slashB));
        return folders != 0 ? folders : a.substring(slashA + 1).compareTo(b.substring(slashB + 1));
    };

    private FilingOrder() {
    }

    /** One department folder's filings. */
    record Folder(String key, List<Path> files) {
    }

    /**
     * The files grouped by folder, in this order.
     *
     * @param root the folder the keys are relative to; null to key folders by their absolute path
     */
    static List<Folder> group(List<Path> files, Path root) {
        Path base = root == null ? null : root.toAbsolutePath().normalize();
        Map<String, List<Path>> byFolder = new LinkedHashMap<>();
        for (Path file : files) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            String key;
            if (folder == null) {
                key = "";
            } else if (base != null && folder.startsWith(base)) {
                key = slashes(base.relativize(folder));
            } else {
                key = slashes(folder);
            }
            byFolder.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
        }
        List<Folder> folders = new ArrayList<>(byFolder.size());
        byFolder.forEach((key, list) -> {
            list.sort(Comparator.comparing(p -> p.getFileName().toString()));
            folders.add(new Folder(key, List.copyOf(list)));
        });
        folders.sort(Comparator.comparing(Folder::key, FOLDERS));
        return folders;
    }

    static String slashes(Path path) {
        return PathText.slashes(path);
    }

    private static int compareFolders(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = a.indexOf('/', i);
            int endB = b.indexOf('/', j);
            endA = endA < 0 ? a.length() : endA;
            endB = endB < 0 ? b.length() : endB;
            int names = a.substring(i, endA).compareTo(b.substring(j, endB));
            if (names != 0) {
                return names;
            }
            i = endA + 1;
            j = endB + 1;
        }
        boolean aDone = i >= a.length();
        boolean bDone = j >= b.length();
        return aDone == bDone ? 0 : aDone ? -1 : 1;
    }
}
