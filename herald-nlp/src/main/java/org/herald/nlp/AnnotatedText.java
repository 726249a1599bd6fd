package org.herald.nlp;

import java.util.List;

/** A text and its parsed sentences; token offsets point into {@code text}. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
