package org.herald.store;

import java.util.Locale;

/** The formats {@link EventStore#export} writes. */
public enum ExportFormat {
    /** The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header. */
    GDELT,
    /** PLOVER-style JSON records, one a line; events whose CAMEO code has no PLOVER type are skipped. */
    PLOVER,
    /** The flat event table with a header (the columns of the Parquet export). */
    CSV,
    /** The flat event table as Parquet, written by DuckDB. */
    PARQUET;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("export format must be gdelt, plover, csv or parquet, got " + s, e);
        }
    }
}
