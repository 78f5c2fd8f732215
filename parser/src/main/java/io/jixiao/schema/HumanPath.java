package io.jixiao.schema;

/**
 * A JSON pointer as a person reads it: {@code /项目/0/绩效指标/2/指标值} becomes {@code 项目[1] › 绩效指标[3] › 指标值},
 * with list positions counted from 1 as in the printed table.
 */
public final class HumanPath {

    /** The document itself; a token that {@link io.jixiao.finding.Messages} words as 文件最外层 / the top level. */
    public static final String ROOT = "{root}";

    private HumanPath() {
    }

    public static String of(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return ROOT;
        }
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (token.matches("[0-9]{1,3}") && out.length() > 0) {
                out.append('[').append(Integer.parseInt(token) + 1).append(']');
            } else {
                if (out.length() > 0) {
                    out.append(" › ");
                }
                out.append(token);
            }
        }
        return out.toString();
    }
}
