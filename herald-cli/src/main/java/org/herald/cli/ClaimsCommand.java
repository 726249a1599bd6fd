package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.store.ClaimRow;
import org.herald.store.Csv;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald claims}: who says the stored events happened, and through whom. */
@Command(name = "claims", description = "List claims: claimant, stance, verb, intermediaries, upstream (--format table|jsonl|csv).")
final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Mixin
    FormatOptions output;

    @Override
    public Integer call() {
        PrintStream out = Output.out();
        EventQuery q = query.query(output.format);
        try (EventStore s = store.open()) {
            List<ClaimRow> rows = s.claims(q);
            switch (output.format) {
                case JSONL -> rows.forEach(c -> out.println(RecordJson.line(RecordJson.claim(c))));
                case CSV -> {
                    out.print(Csv.line("claim_id", "doc_id", "event_id", "day", "cameo", "claimant_text", "claimant_country",
                            "claimant_org", "claimant_sector", "verb", "stance", "via", "publisher", "upstream",
                            "evidence_begin", "evidence_end", "evidence_text"));
                    for (ClaimRow c : rows) {
                        var who = c.claimant();
                        out.print(Csv.line(c.claimId(), c.docId(), c.eventId(), c.day(), c.cameo(),
                                who == null ? null : who.text(), who == null ? null : who.country(),
                                who == null ? null : who.org(), who == null ? null : who.sector(), c.verb(), c.stance(),
                                String.join("; ", c.via()), c.publisher(), c.upstream(),
                                Integer.toString(c.evidence().begin()), Integer.toString(c.evidence().end()),
                                c.evidence().text()));
                    }
                }
                case TABLE -> {
                    Table t = new Table("day", "claimant", "says", "event", "via/upstream", "doc", "evidence")
                            .empty("(no claims)");
                    for (ClaimRow c : rows) {
                        var who = c.claimant();
                        String code = who == null ? "-" : (who.country() != null ? who.country() : who.org() != null
                                ? who.org() : "") + (who.sector() == null ? "" : who.sector());
                        String via = !c.via().isEmpty() ? String.join(">", c.via())
                                : c.upstream() == null ? "-" : "src:" + c.upstream();
                        t.row(c.day(), code.isEmpty() ? "-" : code,
                                (c.stance() == null ? "" : c.stance().equals("denies") ? "DENIES " : "")
                                        + (c.verb() == null ? "-" : Table.clip(c.verb(), 10)),
                                c.cameo(), Table.clip(via, 16), Table.clip(c.docId(), 10), c.evidence().text());
                    }
                    t.print(out, Output.WIDTH);
                    out.printf("%d claims%s%n", rows.size(), q.limit() > 0 && rows.size() == q.limit()
                            ? " (the limit; --limit N for more, 0 for all)" : "");
                }
                default -> throw new IllegalStateException();
            }
        }
        out.flush();
        return 0;
    }
}
