package io.jixiao.read;

import io.jixiao.read.SourcePositions.Position;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Source positions looked up in the node tree")
class SourcePositionsTest {

    /**
     * The index the reader used to build for every node (value and key positions by pointer, the first of two
     * equal keys winning), kept here as the definition the lookups must agree with.
     */
    private static void index(Node node, String pointer, Map<String, Position> values, Map<String, Position> keys) {
        values.put(pointer, SourcePositions.position(node));
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = Pointers.child(pointer, key.getValue());
                    if (!keys.containsKey(child)) {
                        keys.put(child, SourcePositions.position(key));
                        index(tuple.getValueNode(), child, values, keys);
                    }
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                index(sequence.getValue().get(i), Pointers.item(pointer, i), values, keys);
            }
        }
    }

    private static Position oracleValue(Map<String, Position> values, String pointer) {
        String p = pointer;
        while (!values.containsKey(p)) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return values.get(p);
    }

    @Test
    @DisplayName("every value and key of every test filing is where the former index of every node put it")
    void agreesWithAnIndexOfEveryNode() throws IOException, URISyntaxException {
        Path resources = Path.of(SourcePositionsTest.class.getResource("/io/jixiao/rules").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(resources)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            YamlReader.Result read = new YamlReader(Limits.DEFAULT).read(file, Files.readString(file));
            if (!read.hasTree()) {
                continue;
            }
            Map<String, Position> values = new HashMap<>();
            Map<String, Position> keys = new HashMap<>();
            index(read.root(), "", values, keys);
            for (String pointer : values.keySet()) {
                assertEquals(values.get(pointer), read.positions().value(pointer), file + " value " + pointer);
                Position key = keys.getOrDefault(pointer, values.get(pointer));
                assertEquals(key, read.positions().key(pointer), file + " key " + pointer);
                for (String missing : List.of(pointer + "/不存在", pointer + "/99", pointer + "/x~1y/0")) {
                    assertEquals(oracleValue(values, missing), read.positions().value(missing), file + " " + missing);
                    assertEquals(oracleValue(values, missing), read.positions().key(missing), file + " " + missing);
                }
                checked++;
            }
        }
        assertTrue(checked > 5_000, "pointers checked: " + checked);
    }

    @Test
    @DisplayName("the first of two equal keys is the one positions name")
    void firstOfDuplicateKeys() {
        YamlReader.Result read = new YamlReader(Limits.DEFAULT).read(Path.of("t.yaml"), "a:\n  b: 1\na:\n  b: 2\n");
        assertEquals(new Position(2, 6), read.positions().value("/a/b"));
        assertEquals(new Position(1, 1), read.positions().key("/a"));
    }
}
