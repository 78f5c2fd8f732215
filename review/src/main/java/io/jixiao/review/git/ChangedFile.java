package io.jixiao.review.git;

/**
 * A file that differs between the base and the working tree. Paths are relative to the repository's work tree, with
 * forward slashes.
 *
 * @param oldPath the path at the base, or null for an added file
 * @param newPath the path in the working tree, or null for a deleted file
 */
public record ChangedFile(Kind kind, String oldPath, String newPath) {

    /** What happened to the file. */
    public enum Kind { ADDED, MODIFIED, RENAMED, DELETED }

    /** The path that names the file now (the old one when it was deleted). */
    public String path() {
        return newPath != null ? newPath : oldPath;
    }
}
