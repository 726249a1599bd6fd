package org.herald.store;

import java.time.Instant;
import java.time.LocalDate;

/** What the store keeps about an article, without its text. */
public record ArticleInfo(String docId, String publisher, String url, String title, LocalDate published,
                          String language, String contentHash, int eventCount, Instant storedAt) {
}
