package io.jixiao.read;

/**
 * Builds the JSON pointers (RFC 6901) that name a value of a filing: where a finding lands, which cell a rendered
 * value came from, which line {@link SourcePositions} reports. Every pointer is made here, so escaping is done
 * once and right, and every key spelled in one comes from {@code io.jixiao.model.Keys} rather than a literal that
 * would silently stop matching when the schema renames the key.
 *
 * <p>Static helpers over plain strings rather than a pointer value type, because a pointer is a string everywhere
 * else: in the model records, in {@code Finding}, in the rendered cells and in the SARIF output. A second type would
 * add a conversion at each of those seams and buy no check the key source does not already give.
 *
 * <pre>{@code
 * Pointers.of(Keys.DEPARTMENT, Keys.Department.ANNUAL_INDICATORS)        // /部门整体/年度绩效指标
 * Pointers.child(indicator.pointer(), Keys.Indicator.VALUE)              // /项目/0/绩效指标/3/指标值
 * Pointers.child(indicator.pointer(), Keys.Indicator.HISTORY, Keys.yearKey(2022))
 * Pointers.item(Pointers.of(Keys.PROJECTS), 2)                          // /项目/2
 * }</pre>
 */
public final class Pointers {

    /** The whole document. */
    public static final String ROOT = "";

    private Pointers() {
    }

    /** The pointer from the document root through the given keys. */
    public static String of(String... keys) {
        return child(ROOT, keys);
    }

    /** The pointer below {@code base} through the given keys, each escaped. */
    public static String child(String base, String... keys) {
        StringBuilder pointer = new StringBuilder(base);
        for (String key : keys) {
            pointer.append('/').append(escape(key));
        }
        return pointer.toString();
    }

    /** The pointer of item {@code index} (from 0) of the list at {@code base}. */
    public static String item(String base, int index) {
        return base + "/" + index;
    }

    /** The unescaped reference tokens of a pointer: {@code /项目/0/中期} is [项目, 0, 中期]; the root has none. */
    public static java.util.List<String> tokens(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
                .map(token -> token.replace("~1", "/").replace("~0", "~")).toList();
    }

    /** Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}, in that order. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
