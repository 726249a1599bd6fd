package org.herald.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.coding.Coder;
import org.herald.coding.eval.GoldCase;
import org.herald.coding.eval.Scorer;
import org.herald.coding.io.InputError;
import org.herald.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald eval GOLD.jsonl}: precision, recall and F1 by the rules of CONTRACT.md, overall and per root. */
@Command(name = "eval", description = "Score herald against a gold JSONL file (CONTRACT.md scoring rules).")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.jsonl")
    Path gold;

    @Option(names = "--errors", description = "List every false positive and false negative with its sentence.")
    boolean errors;

    @Option(names = "--threads", description = "Coding threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isReadable(gold)) {
            System.err.println("herald eval: cannot read " + gold);
            return 2;
        }
        List<GoldCase> cases = new ArrayList<>();
        int lineNo = 0;
        int bad = 0;
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    cases.add(GoldCase.parse(line));
                } catch (InputError e) {
                    bad++;
                    System.err.println("herald eval: " + gold + " line " + lineNo + ": " + e.getMessage());
                }
            }
        }
        Coder coder = options.build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Event>>> results = new ArrayList<>();
        for (GoldCase c : cases) {
            results.add(pool.submit(() -> coder.code(c.article()).events()));
        }
        Scorer scorer = new Scorer();
        for (int i = 0; i < cases.size(); i++) {
            List<Event> predicted;
            try {
                predicted = results.get(i).get();
            } catch (java.util.concurrent.ExecutionException e) {
                bad++;
                System.err.println("herald eval: " + gold + " case " + cases.get(i).article().id() + ": could not code: "
                        + e.getCause());
                predicted = List.of();
            }
            scorer.add(cases.get(i), predicted);
        }
        pool.shutdown();
        report(out, scorer);
        return bad > 0 ? 1 : 0;
    }

    private void report(PrintStream out, Scorer s) {
        if (errors) {
            for (Scorer.Error e : s.errors()) {
                out.println(e.kind() + "\t" + e.docId() + "\t" + e.detail() + "\t" + e.text().replace('\n', ' '));
            }
            out.println();
        }
        out.printf("%-6s %9s %9s %9s %6s %6s %6s%n", "root", "precision", "recall", "F1", "tp", "fp", "gold");
        for (Map.Entry<String, Scorer.Counts> e : s.byRoot().entrySet()) {
            Scorer.Counts c = e.getValue();
            out.printf("%-6s %9.3f %9.3f %9.3f %6d %6d %6d%n", e.getKey(), c.precision(), c.recall(), c.f1(), c.tp,
                    c.fp, c.gold);
        }
        Scorer.Counts t = s.total();
        out.printf("%-6s %9.3f %9.3f %9.3f %6d %6d %6d%n", "all", t.precision(), t.recall(), t.f1(), t.tp, t.fp,
                t.gold);
        if (!s.fields().isEmpty()) {
            out.println();
            out.println("fields: recall over all gold events, and over the gold events an event prediction matched");
            out.printf("%-14s %9s %9s %9s %9s %9s %9s %9s%n", "field", "precision", "recall", "recall@m", "correct",
                    "predicted", "gold", "gold@m");
            for (Map.Entry<String, Scorer.FieldCounts> e : s.fields().entrySet()) {
                Scorer.FieldCounts c = e.getValue();
                out.printf("%-14s %9.3f %9.3f %9.3f %9d %9d %9d %9d%n", e.getKey(), c.precision(), c.recall(),
                        c.matchedRecall(), c.correct, c.predicted, c.gold, c.goldMatched);
            }
        }
        out.printf("%d cases from %s: precision %.3f, recall %.3f, F1 %.3f%n", s.cases(), gold, t.precision(),
                t.recall(), t.f1());
    }
}
