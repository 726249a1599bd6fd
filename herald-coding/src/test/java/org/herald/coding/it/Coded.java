package org.herald.coding.it;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Event;

/** Codes one sentence with the real pipeline, and the checks the construction tests make of what came out. */
final class Coded {
    private Coded() {
    }

    static List<Event> code(String text) {
        return Pipelines.coder().code(new Article("t", text, null, "Test Wire", null, null, "en")).events();
    }

    /** Whether an event with this code comes from this source country or body, to this target or none. */
    static boolean has(String text, String cameo, String src, String tgt) {
        List<Event> ev = code(text);
        boolean found = ev.stream().anyMatch(e -> e.cameo().equals(cameo) && src.equals(who(e.sourceActor()))
                && (tgt == null ? e.targetActor() == null : e.targetActor() != null && tgt.equals(who(e.targetActor()))));
        if (!found) {
            System.out.println(text + " -> " + ev.stream().map(e -> who(e.sourceActor()) + " " + e.cameo() + " "
                    + (e.targetActor() == null ? "-" : who(e.targetActor())) + " " + e.rule()).toList());
        }
        return found;
    }

    static String who(Actor a) {
        return a.country() != null ? a.country() : a.org();
    }

    static boolean anyCode(String text, String cameo) {
        return code(text).stream().anyMatch(e -> e.cameo().equals(cameo));
    }
}
