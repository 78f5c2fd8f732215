package io.jixiao.render.site;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.text.PathText;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a filing's outputs go: {@code <folder>/X/Y.yaml} becomes {@code <out>/X/Y.xlsx} and {@code <out>/X/Y.html}.
 *
 * <p>The output path is built from the filing's path relative to the filings folder name by name, as the file
 * system gives the names, never by rewriting separators in a string (which once turned a folder named
 * {@code ..\..\..\escaped} into three steps up). It is then normalised and must stay inside the output folder, and
 * no folder on the way may be a symbolic link (one committed into the output folder would carry the writes out of
 * it). An output that fails either test is refused with a {@link Diagnostic#FILE_OUTPUT_PATH} finding and nothing
 * is written. The check finds unsafe names before this ({@code FILE-NAME}); this is the last line of defence.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * A filing's outputs.
     *
     * @param link the outputs' path relative to the output folder, names joined by {@code /}, without extension:
     *             what the index links to
     */
    record Outputs(Path xlsx, Path html, String link) {
    }

    /** The outputs, or the finding that refuses them. */
    record Resolved(Outputs outputs, Finding refusal) {
    }

    /** The outputs of a filing under the filings folder, or the finding that refuses them. */
    static Resolved of(Path outputDirectory, Path filingsRoot, Path file) {
        Path root = filingsRoot.toAbsolutePath().normalize();
        Path source = file.toAbsolutePath().normalize();
        return ofRelative(outputDirectory, source.startsWith(root) ? root.relativize(source) : source.getFileName(),
                file);
    }

    /**
     * The outputs of a filing at {@code relative} to the filings folder, or the finding that refuses them.
     *
     * @param file the filing, as the finding names it
     */
    static Resolved ofRelative(Path outputDirectory, Path relative, Path file) {
        Path out = outputDirectory.toAbsolutePath().normalize();
        Path target = out;
        for (Path name : relative) {
            String text = name.toString();
            if (text.isEmpty() || text.equals(".") || text.equals("..")) {
                return refused(file, "outputOutside", PathText.of(relative), out);
            }
            target = target.resolve(text);
        }
        String name = target.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path base = target.resolveSibling(name).normalize();
        if (!base.startsWith(out) || base.equals(out)) {
            return refused(file, "outputOutside", PathText.of(relative), out);
        }
        for (Path folder = base.getParent(); folder != null && !folder.equals(out); folder = folder.getParent()) {
            if (Files.isSymbolicLink(folder)) {
                return refused(file, "outputLink", PathText.of(out.relativize(folder)), out);
            }
        }
        return new Resolved(new Outputs(base.resolveSibling(name + ".xlsx"), base.resolveSibling(name + ".html"),
                PathText.slashes(out.relativize(base))), null);
    }

    private static Resolved refused(Path file, String variant, String shown, Path out) {
        return new Resolved(null, Diagnostic.FILE_OUTPUT_PATH.finding(file, 0, 0, "", variant, shown,
                PathText.of(out)));
    }
}
