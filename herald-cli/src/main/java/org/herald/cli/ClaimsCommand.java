package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.herald.store.ClaimRow;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;

/** {@code herald claims}: who says the stored events happened, and through whom. */
@Command(name = "claims", description = "List claims: claimant, stance, verb, intermediaries, upstream (--format table|jsonl|csv).")
final class ClaimsCommand extends QueryCommand<ClaimRow> {
    @Override
    List<ClaimRow> rows(EventStore s, EventQuery q) {
        return s.claims(q);
    }

    @Override
    Map<String, Object> json(ClaimRow c) {
        return RecordJson.claim(c);
    }

    @Override
    String[] csvHeader() {
        return new String[] {"claim_id", "doc_id", "event_id", "day", "cameo", "claimant_text", "claimant_country",
            "claimant_org", "claimant_sector", "verb", "stance", "via", "publisher", "upstream", "evidence_begin",
            "evidence_end", "evidence_text"};
    }

    @Override
    String[] csvRow(ClaimRow c) {
        var who = c.claimant();
        return new String[] {c.claimId(), c.docId(), c.eventId(), c.day(), c.cameo(), who == null ? null : who.text(),
            who == null ? null : who.country(), who == null ? null : who.org(), who == null ? null : who.sector(),
            c.verb(), c.stance(), String.join("; ", c.via()), c.publisher(), c.upstream(),
            Integer.toString(c.evidence().begin()), Integer.toString(c.evidence().end()), c.evidence().text()};
    }

    @Override
    void table(PrintStream out, List<ClaimRow> rows, EventStore s, EventQuery q) {
        Table t = new Table("day", "claimant", "says", "event", "via/upstream", "doc", "evidence").empty("(no claims)");
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
}
