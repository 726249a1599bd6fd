package org.herald.cli;

/** How the query commands print rows. */
enum OutputFormat {
    /** Aligned columns that fit a 100-column terminal. */
    TABLE,
    /** One JSON object a line, with the CONTRACT.md record names. */
    JSONL,
    /** RFC 4180 CSV with a header line. */
    CSV
}
