package org.herald.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Quantity;

/**
 * The child process of {@link CrashSafetyTest}: stores a fixed set of hand-built coded articles, in version
 * {@code v} of their text, until killed. Prints "open" once the store is open and "done" at the end.
 * Usage: {@code CrashChild DB ARTICLES VERSION}.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int version = Integer.parseInt(args[2]);
        boolean incidents = args.length > 3 && args[3].equals("incidents");
        try (EventStore s = EventStore.open(db)) {
            if (incidents) {
                s.keepIncidentsCurrent(); // the incidents go in each group's transaction: kills land there too
            }
            System.out.println("open");
            System.out.flush();
            int group = incidents ? 8 : 1;
            for (int i = 0; i < n; i += group) {
                List<CodedArticle> part = new java.util.ArrayList<>();
                for (int k = i; k < Math.min(n, i + group); k++) {
                    part.add(article(k, version));
                }
                s.storeAll(part, part.stream().map(a -> Fixtures.hash(a.article().text())).toList());
            }
        }
        System.out.println("done");
        System.out.flush();
    }

    /** How many events article {@code i} has in version {@code v}: 4 to 30, different per version. */
    static int events(int i, int v) {
        return 4 + (i * 7 + v * 11) % 27;
    }

    /** Article {@code i} in version {@code v}; its event ids start with "v{v}-". */
    static CodedArticle article(int i, int v) {
        String id = "crash-" + i;
        String text = "Article " + i + " version " + v + ". " + "The ministry accused its neighbour. ".repeat(20);
        Actor src = new Actor("The ministry", null, "POL", null, "GOV", 0, 12);
        Actor tgt = new Actor("its neighbour", null, "BLR", null, null, 22, 35);
        List<Event> evs = new ArrayList<>();
        for (int k = 0; k < events(i, v); k++) {
            Claim claim = k % 3 == 0 ? new Claim(Claimant.of(src), "accused", "asserts", List.of("wire"), "Crash Post", null)
                    : null;
            List<Quantity> qs = k % 4 == 0
                    ? List.of(new Quantity((double) k, null, null, "soldiers", false, k + " soldiers", 0, 5),
                            new Quantity((double) k + 1, null, null, "tanks", true, "some tanks", 6, 10))
                    : List.of();
            evs.add(Fixtures.event(id, text, "v" + v + "-" + i + "-" + k, k, src, tgt, "112", Mode.ASSERTED,
                    "2025-03-07", null, qs, claim));
        }
        Article a = new Article(id, text, LocalDate.of(2025, 3, 10), "Crash Post", "t", null, "en");
        return new CodedArticle(a, evs);
    }
}
