package org.herald.ingest;

import java.time.Duration;

/** What an ingest run reports while it works; the CLI draws a progress bar or writes log lines from it. */
public interface IngestListener {
    /** Once, before the first article: about how many articles the inputs hold. */
    default void planned(long articles, int files) {
    }

    /** After each article (stored, unchanged or failed). */
    default void progress(Progress p) {
    }

    /** For each input that failed, as it fails. */
    default void failed(Item.Failed f) {
    }

    /** Where a run is. */
    record Progress(long done, long planned, long stored, long unchanged, long failures, Duration elapsed) {
        /** Articles per second so far. */
        public double rate() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : done / s;
        }

        /** The time left at the rate so far, or null before there is a rate. */
        public Duration eta() {
            double r = rate();
            if (r <= 0 || planned <= done) {
                return r <= 0 ? null : Duration.ZERO;
            }
            return Duration.ofMillis((long) ((planned - done) / r * 1000));
        }
    }
}
