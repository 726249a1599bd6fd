package org.herald.cli;

import java.time.LocalDate;
import org.herald.store.EventQuery;
import picocli.CommandLine.Option;

/** The filters the query and export commands share. */
final class QueryOptions {
    /** Rows a table shows when --limit is not given. */
    static final int TABLE_LIMIT = 100;

    @Option(names = "--country", paramLabel = "ISO3", description = "Source or target country (ISO 3166-1 alpha-3).")
    String country;

    @Option(names = "--actor", paramLabel = "CODE|WORDS",
            description = "Actor code prefix (KORSPY, NATO) or words of the mention or name.")
    String actor;

    @Option(names = "--sector", paramLabel = "CODE", description = "Source or target sector (GOV, MIL, SPY, ...).")
    String sector;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or prefix (112, 11).")
    String cameo;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root (two digits).")
    String root;

    @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass.")
    Integer quad;

    @Option(names = "--mode", description = "asserted, claimed, planned, hypothetical or negated.")
    String mode;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day on (the event's date, else its article's).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this day.")
    LocalDate to;

    @Option(names = "--place", paramLabel = "NAME|ISO3", description = "Words of the place name, or its country.")
    String place;

    @Option(names = "--publisher", paramLabel = "WORDS", description = "Words of the publisher.")
    String publisher;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words of the evidence.")
    String text;

    @Option(names = "--doc", paramLabel = "ID", description = "One article.")
    String doc;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N rows (default: " + TABLE_LIMIT + " for a table, all otherwise; 0 for all).")
    Integer limit;

    /** The filters, with the limit a table or a stream of rows takes when --limit is not given. */
    EventQuery query(OutputFormat format) {
        int n = limit != null ? limit : format == OutputFormat.TABLE ? TABLE_LIMIT : 0;
        return EventQuery.builder().country(country).actor(actor).sector(sector).cameo(cameo).root(root).quadClass(quad)
                .mode(mode).from(from).to(to).place(place).publisher(publisher).text(text).doc(doc).limit(n).build();
    }
}
