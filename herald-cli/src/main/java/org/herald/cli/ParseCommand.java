package org.herald.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.Sentence;
import picocli.CommandLine.Command;

/** Prints the parse herald codes from, as CoNLL lines: for writing patterns and debugging them. */
@Command(name = "parse", description = "Parse plain text from stdin and print tokens, lemmas, tags, entities and dependencies.")
final class ParseCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        String text = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines()
                .collect(Collectors.joining("\n"));
        AnnotatedText parsed = org.herald.coding.Coder.parse(org.herald.coding.Coder.newAnnotator(), text);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Sentence s : parsed.sentences()) {
            out.println("# sentence " + s.index() + ": " + s.words());
            out.print(s.toConll());
            out.println();
        }
        return 0;
    }
}
