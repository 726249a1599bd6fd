package org.herald.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.herald.coding.Coder;
import org.herald.coding.io.ArticleJson;
import org.herald.coding.io.EventJson;
import org.herald.coding.io.InputError;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code herald code}: JSONL articles on stdin, JSONL events on stdout (CONTRACT.md). A bad line gets a
 * one-line error on stderr naming its line number; the other lines are still coded; the exit status is 1
 * when any line failed.
 */
@Command(name = "code", description = "Code JSONL articles from stdin into JSONL events on stdout.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    CoderOptions options;

    @Override
    public Integer call() throws Exception {
        Coder coder = options.build();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, decoder));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int failed = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Article a = ArticleJson.parse(line);
                CodedArticle coded = coder.code(a);
                for (Event e : coded.events()) {
                    out.write(EventJson.line(e));
                    out.newLine();
                }
                out.flush();
            } catch (InputError e) {
                failed++;
                err.println("herald code: line " + lineNo + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                err.println("herald code: line " + lineNo + ": could not code: " + e);
            }
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}
