package org.herald.coding.it;

import org.herald.coding.Coder;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.events.PatternSet;
import org.herald.nlp.CoreNlpAnnotator;

/** One real CoreNLP pipeline and bundled coder shared by the integration tests of this JVM. */
final class Pipelines {
    private static Coder coder;

    private Pipelines() {
    }

    static synchronized Coder coder() {
        if (coder == null) {
            coder = new Coder(Coder.newAnnotator(), ActorDictionary.standard(), PatternSet.standard());
        }
        return coder;
    }
}
