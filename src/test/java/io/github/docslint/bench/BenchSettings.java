package io.github.docslint.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A benchmark's settings: {@code bench.KEY} system properties, then {@code KEY=VALUE} arguments. */
final class BenchSettings {
    private BenchSettings() {}

    /**
     * @throws IllegalArgumentException for an argument that is not {@code KEY=VALUE} with a known key
     */
    static Map<String, String> read(List<String> keys, String[] args, Properties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            String p = properties.getProperty("bench." + key);
            // an unset Maven property reaches us as its own literal "${bench...}": not a value
            if (p != null && !p.isBlank() && !p.startsWith("${")) {
                values.put(key, p.strip());
            }
        }
        for (String arg : args) {
            String a = arg.replaceFirst("^--?", "");
            int eq = a.indexOf('=');
            if (eq < 0 || !keys.contains(a.substring(0, eq))) {
                throw new IllegalArgumentException(
                        "unknown argument '" + arg + "'; use KEY=VALUE with KEY one of " + keys);
            }
            values.put(a.substring(0, eq), a.substring(eq + 1).strip());
        }
        return values;
    }
}
