package org.herald.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.coding.Coder;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.events.PatternSet;
import org.herald.nlp.Annotator;
import org.herald.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Option;

/** The options every coding command shares: a user's own patterns and actor entries. */
final class CoderOptions {
    @Option(names = "--patterns", paramLabel = "FILE", description = "Add event patterns (format herald-patterns/1); they are tried before the bundled ones.")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE", description = "Add actor entries: phrase<TAB>code<TAB>sector[<TAB>role<TAB>from<TAB>to]; code is ISO alpha-3 or ORG:CODE.")
    List<Path> actors = new ArrayList<>();

    Coder build() throws IOException {
        return build(org.herald.coding.Coder.newAnnotator());
    }

    Coder build(Annotator annotator) throws IOException {
        PatternSet.Builder pb = PatternSet.builder().addStandard();
        for (Path p : patterns) {
            pb.addUserFile(p);
        }
        ActorDictionary.Builder ab = ActorDictionary.builder().addStandard();
        for (Path p : actors) {
            ab.addUserFile(p);
        }
        return new Coder(annotator, ab.build(), pb.build());
    }
}
