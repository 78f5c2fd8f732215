package io.jixiao.maven;

import io.jixiao.finding.Messages;
import io.jixiao.schema.DidYouMean;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of {@code jixiao:help} in the user's language. What the goals and parameters are — names, properties,
 * defaults, phases — comes from the plugin descriptor Maven itself reads ({@code META-INF/maven/plugin.xml}), so the
 * help cannot list a parameter that does not exist or miss one; what they mean comes from the bundles
 * ({@code help.goal.<goal>}, {@code help.parameter.<name>}), in Chinese or English. Maven's generated help goal
 * could only print the English Javadoc.
 */
final class PluginHelp {

    private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";
    private static final String ARTIFACT = "jixiao-maven-plugin";

    /** A parameter a user can set; {@code property} and {@code defaultValue} may be null. */
    record Parameter(String name, String property, String defaultValue) {
    }

    /** A goal, the phase it binds to by default (or null) and its settable parameters in descriptor order. */
    record Goal(String name, String phase, List<Parameter> parameters) {
    }

    private final String prefix;
    private final String version;
    private final List<Goal> goals;

    PluginHelp(String prefix, String version, List<Goal> goals) {
        this.prefix = prefix;
        this.version = version;
        this.goals = List.copyOf(goals);
    }

    /** The help of this plugin, read from its own descriptor on the class path. */
    static PluginHelp load() {
        try {
            for (URL url : Collections.list(PluginHelp.class.getClassLoader().getResources(DESCRIPTOR))) {
                try (InputStream in = url.openStream()) {
                    Document descriptor = parse(in);
                    if (ARTIFACT.equals(text(descriptor.getDocumentElement(), "artifactId"))) {
                        return of(descriptor.getDocumentElement());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the plugin descriptor is missing from the plugin's jar: " + DESCRIPTOR);
    }

    List<Goal> goals() {
        return goals;
    }

    /**
     * The help text.
     *
     * @param goal   one goal to show, or null or blank for all
     * @param detail whether to list each goal's parameters
     * @throws IllegalArgumentException naming a goal that does not exist, with the closest one
     */
    String text(Messages messages, String goal, boolean detail) {
        List<Goal> shown = goals;
        if (goal != null && !goal.isBlank()) {
            String wanted = goal.strip().replaceFirst("^" + prefix + ":", "");
            shown = goals.stream().filter(g -> g.name().equals(wanted)).toList();
            if (shown.isEmpty()) {
                throw unknownGoal(messages, wanted);
            }
        }
        StringBuilder out = new StringBuilder(messages.format("help.plugin", version)).append("\n\n");
        out.append(messages.format("help.goals")).append('\n');
        for (Goal g : shown) {
            out.append('\n').append(prefix).append(':').append(g.name());
            if (g.phase() != null) {
                out.append(messages.format("help.phase", g.phase()));
            }
            out.append("\n  ").append(messages.format("help.goal." + g.name())).append('\n');
            if (detail && !g.parameters().isEmpty()) {
                out.append('\n').append("  ").append(messages.format("help.parameters")).append('\n');
                for (Parameter p : g.parameters()) {
                    out.append("  ").append(heading(messages, p)).append('\n');
                    out.append("      ").append(messages.format("help.parameter." + p.name())).append('\n');
                }
            }
        }
        if (!detail || goal == null || goal.isBlank()) {
            out.append('\n').append(messages.format("help.more"));
        }
        return out.toString().stripTrailing();
    }

    private static String heading(Messages messages, Parameter p) {
        if (p.property() == null) {
            return messages.format("help.parameter.noProperty", p.name(), p.defaultValue());
        }
        return p.defaultValue() == null ? messages.format("help.parameter", p.name(), p.property())
                : messages.format("help.parameter.default", p.name(), p.property(), p.defaultValue());
    }

    private IllegalArgumentException unknownGoal(Messages messages, String wanted) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        goals.forEach(g -> known.put(g.name(), List.of()));
        String all = String.join(", ", known.keySet());
        Optional<String> suggestion = DidYouMean.suggest(wanted, known);
        return new IllegalArgumentException(suggestion
                .map(s -> messages.format("help.unknownGoal.suggest", wanted, all, s))
                .orElseGet(() -> messages.format("help.unknownGoal", wanted, all)));
    }

    /** Goals in the order a user meets them: those bound to a phase first, in phase order, then the others. */
    private static PluginHelp of(Element plugin) {
        List<Goal> goals = new ArrayList<>();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            Map<String, Element> configuration = new LinkedHashMap<>();
            Element config = child(mojo, "configuration");
            if (config != null) {
                for (Element e : children(config, null)) {
                    configuration.put(e.getTagName(), e);
                }
            }
            List<Parameter> parameters = new ArrayList<>();
            for (Element p : children(child(mojo, "parameters"), "parameter")) {
                String name = text(p, "name");
                if (!"true".equals(text(p, "editable"))) {
                    continue;
                }
                Element c = configuration.get(name);
                String expression = c == null ? "" : c.getTextContent().strip();
                String property = expression.startsWith("${") && expression.endsWith("}")
                        ? expression.substring(2, expression.length() - 1) : null;
                String defaultValue = c == null || !c.hasAttribute("default-value") ? null
                        : c.getAttribute("default-value");
                parameters.add(new Parameter(name, property, defaultValue));
            }
            goals.add(new Goal(text(mojo, "goal"), text(mojo, "phase"), parameters));
        }
        List<String> phases = List.of("package", "verify");
        goals.sort(Comparator.comparingInt((Goal g) -> g.phase() == null ? phases.size() : phases.indexOf(g.phase()))
                .thenComparing(g -> g.name().equals("help")));
        return new PluginHelp(text(plugin, "goalPrefix"), text(plugin, "version"), goals);
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        if (parent == null) {
            return elements;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                elements.add(e);
            }
        }
        return elements;
    }
}
