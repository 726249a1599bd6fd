package org.herald.model;

/** The PLOVER event type and mode a CAMEO code maps to. */
public record Plover(String type, String mode) {
}
