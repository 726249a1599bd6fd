package org.herald.ingest;

import java.time.Duration;

/**
 * What an ingest run did.
 *
 * @param read      articles read from the inputs
 * @param added     articles stored for the first time
 * @param replaced  articles whose text changed: their old events were replaced
 * @param unchanged articles already stored with the same content hash (skipped, not coded again)
 * @param events    events stored by this run
 * @param failures  inputs that failed (unreadable, not UTF-8, no article text, broken JSONL line, not codable)
 * @param incidents incidents in the store after the run
 * @param coding    time spent coding
 * @param storing   time spent storing articles (hash look-ups and their transactions)
 * @param rebuilding time spent rebuilding the incidents at the end
 */
public record IngestSummary(long read, long added, long replaced, long unchanged, long events, long failures,
                            long incidents, Duration elapsed, Duration coding, Duration storing, Duration rebuilding) {
}
