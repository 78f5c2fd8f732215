package io.jixiao.render.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.report.Reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The up-to-date index of a render run, kept in the output folder: a fingerprint of the tool version and the
 * configuration, and per filing a hash of its content and findings. A filing whose hash and fingerprint are
 * unchanged, and whose outputs still exist, is not rendered again and its files are not touched.
 *
 * @param fingerprint tool version and configuration
 * @param filings     relative filing path → hash of content and findings
 */
record RenderState(String fingerprint, Map<String, String> filings) {

    static final String FILE = ".jixiao-render-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    RenderState {
        filings = new TreeMap<>(filings);
    }

    /** The state recorded in the folder, or an empty one (nothing up to date) when absent or unreadable. */
    static RenderState read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                JsonNode root = JSON.readTree(file.toFile());
                Map<String, String> filings = new TreeMap<>();
                root.path("filings").fields().forEachRemaining(e -> filings.put(e.getKey(), e.getValue().asText()));
                return new RenderState(root.path("fingerprint").asText(""), filings);
            }
        } catch (IOException e) {
            // a damaged state file only means everything is rendered again
        }
        return new RenderState("", Map.of());
    }

    void write(Path outputDirectory) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("fingerprint", fingerprint);
        ObjectNode files = root.putObject("filings");
        filings.forEach(files::put);
        Reports.writeAtomically(outputDirectory.resolve(FILE), JSON.writeValueAsBytes(root));
    }
}
