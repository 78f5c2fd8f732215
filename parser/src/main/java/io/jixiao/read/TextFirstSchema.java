package io.jixiao.read;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

import java.util.Map;

/**
 * YAML 1.2's core schema, resolving a plain scalar that starts with a character outside ASCII as text without a
 * pattern. Every implicit type of the core schema (null, booleans, integers, floats, and the library's {@code ${…}}
 * environment form) starts with an ASCII character, so such a value can only be text; the library would still try
 * the empty-value pattern on each, one {@link java.util.regex.Matcher} per scalar. In a filing nearly every key and
 * most values start with a Chinese character.
 */
final class TextFirstSchema implements Schema {

    private final Schema core = new CoreSchema();
    private final ScalarResolver resolver;

    TextFirstSchema() {
        ScalarResolver coreResolver = core.getScalarResolver();
        this.resolver = (value, implicit) -> implicit && !value.isEmpty() && value.charAt(0) >= 0x80
                ? Tag.STR : coreResolver.resolve(value, implicit);
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return resolver;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return core.getSchemaTagConstructors();
    }
}
