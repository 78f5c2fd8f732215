package io.jixiao.render.html;

import java.nio.charset.StandardCharsets;

/**
 * Turns a relative file path into a link target that works for any folder name: each segment is percent-encoded
 * as UTF-8 (RFC 3986), so {@code 临沂 统战部/2023.html} becomes
 * {@code %E4%B8%B4%E6%B2%82%20%E7%BB%9F%E6%88%98%E9%83%A8/2023.html}. A colon is encoded too, so no path can turn
 * into a scheme such as {@code javascript:} or {@code http:}; absolute paths, {@code ..} segments and backslashes
 * are refused, so every link stays inside the output folder.
 */
final class RelativeHref {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RelativeHref() {
    }

    /**
     * @param relativePath names separated by {@code /}
     * @throws IllegalArgumentException when the path is empty or absolute, has a {@code .} or {@code ..} segment,
     *                                  or a backslash (a separator on Windows, and in some browsers): a
     *                                  link that could leave the output folder. Outputs are never given such names
     *                                  (a filing named so is refused with {@code FILE-NAME})
     */
    static String of(String relativePath) {
        String path = relativePath;
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.matches("^[A-Za-z]:/.*")) {
            throw new IllegalArgumentException("not a relative path: " + relativePath);
        }
        StringBuilder href = new StringBuilder();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(".") || segments[i].equals("..")) {
                throw new IllegalArgumentException("not a path inside the output folder: " + relativePath);
            }
            if (i > 0) {
                href.append('/');
            }
            encodeSegment(segments[i], href);
        }
        return href.toString();
    }

    private static void encodeSegment(String segment, StringBuilder out) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
