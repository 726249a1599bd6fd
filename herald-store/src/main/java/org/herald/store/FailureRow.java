package org.herald.store;

import java.time.Instant;

/**
 * An input that could not be read or coded.
 *
 * @param input the file, or file:line for a JSONL line
 */
public record FailureRow(String input, String reason, Instant at) {
}
