package org.herald.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herald.coding.Coder;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.actors.ActorResolver;
import org.herald.coding.actors.Mention;
import org.herald.coding.actors.SentenceActors;
import org.herald.coding.events.EventMatcher;
import org.herald.coding.events.Hit;
import org.herald.coding.events.PatternSet;
import org.herald.coding.modality.Modality;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows why herald codes what it codes: per sentence, the actors it resolved and the patterns that fired. */
@Command(name = "explain", description = "Parse plain text from stdin and show the resolved actors and the patterns that fire.")
final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--date", description = "Publication date (ISO), for office holders and relative dates.")
    String date;

    @Option(names = "--per-line", description = "Treat each input line as an article of its own.")
    boolean perLine;

    @Override
    public Integer call() throws Exception {
        java.util.List<String> lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines()
                .toList();
        java.util.List<String> texts = perLine ? lines.stream().filter(l -> !l.isBlank()).toList()
                : java.util.List.of(String.join("\n", lines));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CoreNlpAnnotator nlp = Coder.newAnnotator();
        ActorDictionary dict = ActorDictionary.standard();
        EventMatcher matcher = new EventMatcher(PatternSet.standard());
        for (String text : texts) {
            explain(out, text, Coder.parse(nlp, text), dict, matcher);
        }
        return 0;
    }

    private void explain(PrintStream out, String text, AnnotatedText parsed, ActorDictionary dict, EventMatcher matcher) {
        ActorResolver resolver = new ActorResolver(dict, text, date == null ? LocalDate.now() : LocalDate.parse(date));
        for (Sentence s : parsed.sentences()) {
            out.println("# " + s.index() + ": " + s.words());
            SentenceActors sa = resolver.sentence(s);
            for (int i = 0; i < s.size(); i++) {
                Mention m = sa.mention(i);
                if (m != null) {
                    out.printf("  actor  %-18s %-10s %-8s role=%s via=%s%n", s.token(i).word() + "/" + s.rel(i),
                            m.actor().code().isEmpty() ? "?" : m.actor().code(), m.actor().sector(), m.role(), m.via());
                }
            }
            for (Hit h : matcher.match(sa)) {
                out.printf("  hit    %-18s %-5s %-22s src=%s tgt=%s mode=%s%n", s.token(h.trigger()).word(),
                        h.pattern().cameo(), h.pattern().id(), codes(h.sources()), codes(h.targets()),
                        Coder.ownNegation(Modality.assess(sa, h.trigger(), null), h).mode().wire());
            }
        }
    }

    private static String codes(java.util.List<Mention> ms) {
        return ms.stream().map(m -> m.actor().code().isEmpty() ? "?" + m.actor().sector() : m.actor().code())
                .collect(Collectors.joining(","));
    }
}
