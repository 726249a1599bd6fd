package org.herald.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8 streams; the width tables fit. */
final class Output {
    static final int WIDTH = 100;

    private Output() {
    }

    static PrintStream out() {
        return new PrintStream(System.out, false, StandardCharsets.UTF_8);
    }

    static PrintStream err() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }
}
