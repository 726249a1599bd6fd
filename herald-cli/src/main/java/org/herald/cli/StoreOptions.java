package org.herald.cli;

import java.nio.file.Path;
import org.herald.store.EventStore;
import org.herald.store.StoreLocation;
import picocli.CommandLine.Option;

/** The store every store command uses: {@code --db PATH}, else {@code $HERALD_DB}, else ./herald-data/herald.duckdb. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store (a DuckDB file). Default: $HERALD_DB, else ./herald-data/herald.duckdb.")
    Path db;

    Path path() {
        return StoreLocation.resolve(db);
    }

    EventStore open() {
        return EventStore.open(path());
    }
}
