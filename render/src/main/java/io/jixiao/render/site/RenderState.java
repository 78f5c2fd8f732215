package io.jixiao.render.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.render.html.IndexEntry;
import io.jixiao.report.Reports;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.value.MoneyUnit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The up-to-date index of a render run, kept in the output folder: a fingerprint of the tool version and the
 * configuration, per filing a hash of its content and findings (and of its previous-year filing), and per filing the
 * year-over-year line the index shows. A filing whose hash and fingerprint are unchanged, and whose outputs still
 * exist, is not rendered again, its files are not touched, and neither year's filing is read: its index line is
 * written again from what was recorded when it was drawn.
 *
 * @param fingerprint tool version and configuration
 * @param filings     relative filing path → hash of content and findings
 * @param yearChanges relative filing path → its comparison with the previous year, where it has one
 */
record RenderState(String fingerprint, Map<String, String> filings, Map<String, IndexEntry.YearChange> yearChanges) {

    static final String FILE = ".jixiao-render-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    RenderState {
        filings = new TreeMap<>(filings);
        yearChanges = new TreeMap<>(yearChanges);
    }

    /** The state recorded in the folder, or an empty one (nothing up to date) when absent or unreadable. */
    static RenderState read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                JsonNode root = JSON.readTree(file.toFile());
                Map<String, String> filings = new TreeMap<>();
                root.path("filings").fields().forEachRemaining(e -> filings.put(e.getKey(), e.getValue().asText()));
                Map<String, IndexEntry.YearChange> changes = new TreeMap<>();
                root.path("yearChanges").fields().forEachRemaining(e -> changes.put(e.getKey(), change(e.getValue())));
                return new RenderState(root.path("fingerprint").asText(""), filings, changes);
            }
        } catch (IOException | RuntimeException e) {
            // a damaged state file only means everything is rendered again
        }
        return new RenderState("", Map.of(), Map.of());
    }

    void write(Path outputDirectory) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("fingerprint", fingerprint);
        ObjectNode files = root.putObject("filings");
        filings.forEach(files::put);
        if (!yearChanges.isEmpty()) {
            ObjectNode changes = root.putObject("yearChanges");
            yearChanges.forEach((source, change) -> changes.set(source, json(change)));
        }
        Reports.writeAtomically(outputDirectory.resolve(FILE), JSON.writeValueAsBytes(root));
    }

    private static ObjectNode json(IndexEntry.YearChange change) {
        ObjectNode node = JSON.createObjectNode();
        node.put("previousYear", change.previousYear());
        ChangeSet.Counts c = change.counts();
        node.put("raised", c.raised()).put("lowered", c.lowered()).put("added", c.added())
                .put("dropped", c.dropped()).put("renamed", c.renamed());
        if (change.budgetChange() != null) {
            node.put("budgetChange", change.budgetChange().toPlainString());
            node.put("budgetUnit", change.budgetUnit().name());
            if (change.budgetPercent() != null) {
                node.put("budgetPercent", change.budgetPercent().toPlainString());
            }
        }
        return node;
    }

    private static IndexEntry.YearChange change(JsonNode node) {
        ChangeSet.Counts counts = new ChangeSet.Counts(node.path("raised").asInt(), node.path("lowered").asInt(),
                node.path("added").asInt(), node.path("dropped").asInt(), node.path("renamed").asInt());
        BigDecimal budget = node.hasNonNull("budgetChange") ? new BigDecimal(node.get("budgetChange").asText()) : null;
        return new IndexEntry.YearChange(node.path("previousYear").asInt(), counts, budget,
                budget == null ? null : MoneyUnit.valueOf(node.path("budgetUnit").asText()),
                node.hasNonNull("budgetPercent") ? new BigDecimal(node.get("budgetPercent").asText()) : null);
    }
}
