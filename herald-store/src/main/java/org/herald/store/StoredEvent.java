package org.herald.store;

import java.time.LocalDate;
import org.herald.model.Event;

/** An event read back from the store, with what the store knows about its article. */
public record StoredEvent(Event event, String publisher, String title, String url, LocalDate published) {
}
