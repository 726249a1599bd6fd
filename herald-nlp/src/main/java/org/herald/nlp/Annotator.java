package org.herald.nlp;

/**
 * Turns text into sentences, tokens, lemmas, entity classes and dependency trees.
 * Implementations are thread-safe; models are loaded once per instance.
 */
public interface Annotator {
    AnnotatedText annotate(String text);

    /** A short name and version of the pipeline, for the record. */
    String describe();
}
