package org.herald.store;

import java.util.List;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.herald.store.incidents.IncidentClusterer;

/** The bridge from the store to incident clustering (package {@code incidents}). */
final class Incidents {
    private static final IncidentClusterer CLUSTERER = new IncidentClusterer();

    private Incidents() {
    }

    static List<Incident> cluster(List<CodedArticle> articles) {
        return CLUSTERER.cluster(articles);
    }

    /** An empty incremental index with the same rules as {@link #cluster}. */
    static org.herald.store.incidents.IncidentIndex newIndex() {
        return CLUSTERER.newIndex();
    }
}
