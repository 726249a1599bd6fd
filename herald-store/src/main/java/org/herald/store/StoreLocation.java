package org.herald.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the store lives: {@code --db PATH}, else {@code $HERALD_DB}, else {@code ./herald-data/herald.duckdb}. */
public final class StoreLocation {
    /** The environment variable naming the store file. */
    public static final String ENV = "HERALD_DB";
    /** The default store file, relative to the working directory. */
    public static final Path DEFAULT = Path.of("herald-data", "herald.duckdb");

    private StoreLocation() {
    }

    public static Path resolve(Path flag) {
        return resolve(flag, System.getenv());
    }

    public static Path resolve(Path flag, Map<String, String> env) {
        if (flag != null) {
            return flag;
        }
        String v = env.get(ENV);
        if (v != null && !v.isBlank()) {
            return Path.of(v.strip());
        }
        return DEFAULT;
    }
}
