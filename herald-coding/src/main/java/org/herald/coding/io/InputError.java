package org.herald.coding.io;

/** A problem with one input article: the message names the input and what is wrong with it. */
public final class InputError extends Exception {
    private static final long serialVersionUID = 1L;

    public InputError(String message) {
        super(message);
    }
}
