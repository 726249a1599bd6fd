package org.herald.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.herald.ingest.IngestListener;
import org.herald.ingest.Item;

/**
 * Shows an ingest run on standard error: on a terminal a progress bar redrawn in place (articles/s, ETA), otherwise
 * plain log lines every tenth of the run or every 30 seconds. Each failure gets a line of its own as it happens.
 */
final class ProgressReporter implements IngestListener {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LOG_NANOS = 30_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final String name;
    private long planned;
    private long lastDraw;
    private long lastLog;
    private long nextLogAt;
    private boolean drawn;

    ProgressReporter(PrintStream err, boolean terminal, String name) {
        this.err = err;
        this.terminal = terminal;
        this.name = name;
    }

    /** A terminal when the JVM has a console (standard input and output are a terminal). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void planned(long articles, int files) {
        planned = articles;
        nextLogAt = step();
        err.printf(Locale.ROOT, "%s: about %d articles%s%n", name, articles,
                files > 0 ? " in " + files + " file" + (files == 1 ? "" : "s") : "");
        lastLog = System.nanoTime();
    }

    private long step() {
        return Math.max(1, planned / 10);
    }

    @Override
    public void failed(Item.Failed f) {
        clear();
        err.println(name + ": failed: " + f.input() + ": " + f.reason());
    }

    @Override
    public void progress(Progress p) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDraw >= REDRAW_NANOS || p.done() >= p.planned()) {
                lastDraw = now;
                err.print("\r" + bar(p));
                err.flush();
                drawn = true;
                if (p.done() >= p.planned()) {
                    err.println();
                    drawn = false;
                }
            }
        } else if (p.done() >= nextLogAt || now - lastLog >= LOG_NANOS || p.done() >= p.planned()) {
            lastLog = now;
            while (nextLogAt <= p.done()) {
                nextLogAt += step();
            }
            err.println(name + ": " + status(p));
        }
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(Output.WIDTH - 1) + "\r");
            drawn = false;
        }
    }

    private String bar(Progress p) {
        int width = 24;
        int full = p.planned() == 0 ? width : (int) Math.min(width, width * p.done() / p.planned());
        String s = "[" + "#".repeat(full) + ".".repeat(width - full) + "] " + status(p);
        return s.length() >= Output.WIDTH ? s.substring(0, Output.WIDTH - 1) : s + " ".repeat(Output.WIDTH - 1 - s.length());
    }

    static String status(Progress p) {
        Duration eta = p.eta();
        return String.format(Locale.ROOT, "%d/%d articles, %.2f/s, ETA %s, %d stored, %d unchanged, %d failed",
                p.done(), p.planned(), p.rate(), eta == null ? "?" : duration(eta), p.stored(), p.unchanged(),
                p.failures());
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s / 60) % 60) + "m";
    }
}
