package org.herald.ingest;

import org.herald.model.Article;

/** What reading one input gives: an article ready to code, or the reason the input could not be read. */
public sealed interface Item permits Item.Read, Item.Failed {
    /** The input: a file, or file:line for a JSONL line. */
    String input();

    /** An article read from {@code input}, with the hash of its text. */
    record Read(Article article, String contentHash, String input) implements Item {
        public static Read of(Article article, String input) {
            return new Read(article, ContentHash.of(article.text()), input);
        }
    }

    /** An input that gave no article, and why. */
    record Failed(String input, String reason) implements Item {
    }
}
