package org.herald.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.coding.Coder;
import org.herald.model.Article;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herald bench}: throughput and memory of coding on one thread over a generated corpus, with the
 * time split between the NLP pipeline and herald's own coding.
 */
@Command(name = "bench", description = "Measure articles per second on one thread and peak heap over generated articles.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Articles to code (default: ${DEFAULT-VALUE}).")
    int articles = 200;

    @Option(names = "--sentences", description = "Sentences per article (default: ${DEFAULT-VALUE}).")
    int sentences = 25;

    @Option(names = "--warmup", description = "Articles coded first and not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CoreNlpAnnotator nlp = Coder.newAnnotator();
        Coder coder = options.build(nlp);
        List<Article> warm = SyntheticCorpus.generate(warmup, sentences, seed + 1);
        for (Article a : warm) {
            coder.code(a);
        }
        List<Article> corpus = SyntheticCorpus.generate(articles, sentences, seed);
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        Coder core = coder.withoutFields();
        long nlpNanos = 0;
        long codeNanos = 0;
        long coreNanos = 0;
        long events = 0;
        long sents = 0;
        for (Article a : corpus) {
            long t0 = System.nanoTime();
            AnnotatedText parsed = Coder.parse(nlp, a.text());
            long t1 = System.nanoTime();
            events += coder.code(a, parsed).events().size();
            long t2 = System.nanoTime();
            core.code(a, parsed);
            long t3 = System.nanoTime();
            nlpNanos += t1 - t0;
            codeNanos += t2 - t1;
            coreNanos += t3 - t2;
            sents += parsed.sentences().size();
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        double secs = (nlpNanos + codeNanos) / 1e9;
        out.printf("herald bench: %d articles x %d sentences (%d parsed sentences), one thread, seed %d%n", articles,
                sentences, sents, seed);
        out.printf("  total          %8.1f s   %7.2f articles/s   %7.1f sentences/s%n", secs, articles / secs, sents / secs);
        out.printf("  nlp (CoreNLP)  %8.1f s   %5.1f%%%n", nlpNanos / 1e9, 100.0 * nlpNanos / (nlpNanos + codeNanos));
        out.printf("  coding         %8.1f s   %5.1f%%   %.2f ms/article%n", codeNanos / 1e9,
                100.0 * codeNanos / (nlpNanos + codeNanos), codeNanos / 1e6 / articles);
        out.printf("  coding without quantities, dates, places %.2f ms/article: those fields add %.2f%% to the time"
                + " per article%n", coreNanos / 1e6 / articles, 100.0 * (codeNanos - coreNanos) / (nlpNanos + coreNanos));
        out.printf("  events         %8d     %.1f per article%n", events, (double) events / articles);
        out.printf("  peak heap      %8.0f MB (max heap %d MB)%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
        out.printf("  coder          %s%n", coder.version());
        return 0;
    }
}
