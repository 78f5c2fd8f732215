package io.jixiao.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints of file contents and of configurations, as lowercase hex. They decide whether work already
 * done can be reused: a check result by a second goal of the same build, a rendering by the next build.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The fingerprint of several values; each is ended by a NUL, so that ("ab", "c") and ("a", "bc") differ. */
    public static String of(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(part).append('\0');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fingerprint of a file's bytes, read in blocks so a huge file costs no memory. A file that cannot be read
     * gets a fingerprint of its error instead: the check reports it as a finding, and it is not mistaken for any
     * readable content. A symbolic link is not followed (reading it fails), so no file outside the filings is read.
     */
    public static String ofFile(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return of("unreadable", e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
