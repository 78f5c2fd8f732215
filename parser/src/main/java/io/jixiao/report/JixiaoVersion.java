package io.jixiao.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The version of jixiao that is running, recorded in every report next to the rule-set version.
 *
 * <p>It comes from {@code /io/jixiao/version.properties}, which Maven fills in from the project version when it
 * builds the jar (resource filtering, see {@code parser/pom.xml}). Run from classes that were not filtered (some IDE
 * set-ups), the version is {@value #UNKNOWN}.
 */
public final class JixiaoVersion {

    /** The resource the version is read from. */
    public static final String RESOURCE = "/io/jixiao/version.properties";

    /** The version reported when the resource is missing or was not filtered. */
    public static final String UNKNOWN = "unknown";

    private static final String VERSION = load();

    private JixiaoVersion() {
    }

    /** The jixiao version, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}; never null. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = JixiaoVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.contains("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
