package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.coding.Coder;
import org.herald.coding.io.FrontMatter;
import org.herald.coding.io.InputError;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald demo}: codes the bundled example articles (written for herald) and prints their events. */
@Command(name = "demo", description = "Code the bundled example articles and print their events as a table.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--limit", description = "Code at most this many example articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Article> articles = examples();
        Coder coder = options.build();
        int events = 0;
        int n = 0;
        for (Article a : articles) {
            if (n++ >= limit) {
                break;
            }
            CodedArticle coded = coder.code(a);
            out.println();
            out.println("== " + a.id() + "  " + (a.date() == null ? "" : a.date() + "  ")
                    + (a.source() == null ? "" : a.source() + "  ") + Table.clip(a.title() == null ? "" : a.title(), 60));
            Table t = new Table("src", "event", "tgt", "mode", "evidence");
            for (Event e : coded.events()) {
                t.row(e.sourceActor().code(), e.cameo() + " " + Table.clip(name(e), 18),
                        e.targetActor() == null ? "-" : e.targetActor().code(), e.mode().wire(),
                        e.evidence().text());
                events++;
            }
            t.print(out, 100);
        }
        out.println();
        out.printf("%d articles, %d events (coder %s)%n", Math.min(n, articles.size()), events, coder.version());
        return 0;
    }

    private static String name(Event e) {
        return org.herald.model.cameo.CameoOntology.standard().get(e.cameo()).name();
    }

    static List<Article> examples() throws IOException, InputError {
        List<Article> out = new ArrayList<>();
        try (InputStream idx = DemoCommand.class.getResourceAsStream("/examples/index.txt")) {
            if (idx == null) {
                throw new IOException("the bundled examples are missing (examples/index.txt)");
            }
            for (String name : new BufferedReader(new InputStreamReader(idx, StandardCharsets.UTF_8)).lines().toList()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + name.strip())) {
                    if (in == null) {
                        throw new IOException("example listed but missing: " + name);
                    }
                    out.add(FrontMatter.parse(name.strip(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
