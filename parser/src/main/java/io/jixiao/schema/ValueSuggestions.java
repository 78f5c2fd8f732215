package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.value.PlainForms;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Did you mean" for values: when the schema rejects a value written another way ({@code 年度: 二〇二三年},
 * {@code 金额: ￥4,000}, {@code 2019年: 5次} as a year key), the plain form the schema itself accepts. A suggestion
 * is only made when it is unmistakable — a {@link PlainForms plain form} of the text that passes the very check that
 * failed — so a message never guesses.
 */
final class ValueSuggestions {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private ValueSuggestions() {
    }

    /**
     * The integer a text stands for when the schema wants an integer: {@code 2023} for {@code 二零二三},
     * {@code ２０２３}, {@code 2023年} or the quoted {@code '2023'}, within the schema's {@code minimum} and {@code maximum} when it has them.
     *
     * @param schema the schema object that declares the type (and any bounds)
     */
    static Optional<String> integer(String written, JsonNode schema) {
        List<String> forms = new ArrayList<>(List.of(written.strip()));
        forms.addAll(PlainForms.of(written));
        for (String form : forms) {
            if (DIGITS.matcher(form).matches() && within(new BigInteger(form), schema)) {
                return Optional.of(new BigInteger(form).toString());
            }
        }
        return Optional.empty();
    }

    /** The first plain form of the text that one of the schema's patterns accepts. */
    static Optional<String> matching(String written, List<Pattern> patterns) {
        for (String form : PlainForms.of(written)) {
            if (patterns.stream().anyMatch(p -> p.matcher(form).find())) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /**
     * The patterns of a schema object, its own and those of its {@code anyOf}/{@code oneOf} branches (money: a number,
     * or a text such as {@code 12万元}).
     */
    static List<Pattern> patterns(JsonNode schema) {
        List<Pattern> patterns = new ArrayList<>();
        if (schema == null || schema.isMissingNode()) {
            return patterns;
        }
        if (schema.hasNonNull("pattern")) {
            patterns.add(Pattern.compile(schema.get("pattern").asText()));
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            schema.path(alternatives).forEach(branch -> {
                if (branch.hasNonNull("pattern")) {
                    patterns.add(Pattern.compile(branch.get("pattern").asText()));
                }
                if (branch.path("type").asText().equals("number") || branch.path("type").asText().equals("integer")) {
                    patterns.add(Pattern.compile("^[-+]?[0-9]+(\\.[0-9]+)?$"));
                }
            });
        }
        return patterns;
    }

    private static boolean within(BigInteger value, JsonNode schema) {
        if (schema == null) {
            return true;
        }
        JsonNode min = schema.get("minimum");
        JsonNode max = schema.get("maximum");
        return (min == null || value.compareTo(min.bigIntegerValue()) >= 0)
                && (max == null || value.compareTo(max.bigIntegerValue()) <= 0);
    }
}
