package org.herald.coding.actors;

import org.herald.model.Actor;

/**
 * An actor mention found in a sentence: the actor it resolves to, plus what coreference needs.
 *
 * @param sentence the sentence index
 * @param head     the head token of the mention
 * @param role     coreference role class (sectors.tsv), or null
 * @param person   whether the mention names or stands for a person
 * @param plural   whether the mention is plural ("troops", "they")
 * @param via      how the actor was found: "dictionary", "coref:surname", "coref:pronoun", "coref:role", "domestic"
 */
public record Mention(Actor actor, int sentence, int head, String role, boolean person, boolean plural, String via) {

    public boolean resolved() {
        return actor.isResolved();
    }

    public Mention withActor(Actor a, String how) {
        return new Mention(a, sentence, head, role, person, plural, how);
    }
}
