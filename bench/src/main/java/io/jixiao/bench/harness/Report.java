package io.jixiao.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of one harness run: a table of every measurement (medians) and the ratios the acceptance of issue 13
 * is judged by, printed and written as {@code results.md} and {@code results.json}.
 */
final class Report {

    /**
     * One line of the acceptance: the measured value, the target, whether it is met (null when it could not be
     * measured) and how it was computed.
     */
    record Ratio(String id, String what, String value, String target, Boolean met, String formula) {
    }

    private final Map<String, Measurement> measurements = new LinkedHashMap<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Measurement add(Measurement m) {
        measurements.put(m.id, m);
        return m;
    }

    Measurement get(String id) {
        return measurements.get(id);
    }

    /** A ratio that must not exceed its target; NaN when either side was not measured. */
    void ratio(String id, String what, double value, double target, String formula) {
        ratios.add(new Ratio(id, what, number(value, 2), "≤ " + number(target, 2),
                Double.isNaN(value) ? null : value <= target, formula));
    }

    /** An acceptance line that is a fact rather than a ratio (a run that must succeed). */
    void fact(String id, String what, String value, String target, Boolean met, String formula) {
        ratios.add(new Ratio(id, what, value, target, met, formula));
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown(String header) {
        StringBuilder md = new StringBuilder(header).append("\n\n");
        md.append("| work | through | runs | wall s | CPU s | peak RSS MiB | status |\n");
        md.append("|---|---|---:|---:|---:|---:|---|\n");
        for (Measurement m : measurements.values()) {
            md.append("| ").append(m.work).append(" | ").append(m.how).append(" | ").append(m.samples.size())
                    .append(" | ").append(number(m.wall(), 2)).append(" | ").append(number(m.cpu(), 2))
                    .append(" | ").append(number(m.rss(), 0)).append(" | ")
                    .append(m.succeeded() ? "ok" : "failed" + exitCodes(m))
                    .append(m.note.isEmpty() ? "" : "; " + m.note).append(" |\n");
        }
        md.append("\n| acceptance | value | target | met | from |\n|---|---:|---:|---|---|\n");
        for (Ratio r : ratios) {
            md.append("| ").append(r.what()).append(" | ").append(r.value()).append(" | ").append(r.target())
                    .append(" | ").append(r.met() == null ? "not measured" : r.met() ? "yes" : "**no**").append(" | ")
                    .append(r.formula()).append(" |\n");
        }
        for (String note : notes) {
            md.append("\n- ").append(note);
        }
        return md.append('\n').toString();
    }

    void write(Path folder, String header, Map<String, Object> settings) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.md"), markdown(header), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.set("settings", json.valueToTree(settings));
        ArrayNode list = root.putArray("measurements");
        for (Measurement m : measurements.values()) {
            ObjectNode o = list.addObject();
            o.put("id", m.id).put("work", m.work).put("through", m.how).put("ok", m.succeeded()).put("note", m.note);
            putNumber(o, "wallSeconds", m.wall());
            putNumber(o, "cpuSeconds", m.cpu());
            putNumber(o, "peakRssMiB", m.rss());
            ArrayNode samples = o.putArray("samples");
            m.samples.forEach(s -> {
                ObjectNode so = samples.addObject().put("exit", s.exitCode());
                putNumber(so, "wall", s.wallSeconds());
                putNumber(so, "cpu", s.cpuSeconds());
                putNumber(so, "rss", s.peakRssMb());
            });
        }
        ArrayNode r = root.putArray("ratios");
        for (Ratio ratio : ratios) {
            r.addObject().put("id", ratio.id()).put("what", ratio.what()).put("value", ratio.value())
                    .put("target", ratio.target()).put("met", ratio.met()).put("formula", ratio.formula());
        }
        root.putArray("notes").addAll(notes.stream().map(json.getNodeFactory()::textNode).toList());
        json.writeValue(folder.resolve("results.json").toFile(), root);
    }

    private static void putNumber(ObjectNode o, String field, double value) {
        if (Double.isNaN(value)) {
            o.putNull(field);
        } else {
            o.put(field, Math.round(value * 1000) / 1000.0);
        }
    }

    private static String exitCodes(Measurement m) {
        return " (exit " + m.samples.stream().map(s -> String.valueOf(s.exitCode())).distinct().toList() + ")";
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
