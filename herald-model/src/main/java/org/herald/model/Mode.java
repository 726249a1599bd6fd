package org.herald.model;

import java.util.Locale;

/** How the text presents an event (CONTRACT.md {@code mode}). */
public enum Mode {
    /** The text says it happened. */
    ASSERTED,
    /** An actor other than the publisher says it happened; the claim names who. */
    CLAIMED,
    /** Announced or intended. */
    PLANNED,
    /** Conditional: "if North Korea sends ...". */
    HYPOTHETICAL,
    /** "did not attack". */
    NEGATED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Negated and hypothetical events did not happen and are not counted by the scorer. */
    public boolean happened() {
        return this != NEGATED && this != HYPOTHETICAL;
    }
}
