package org.herald.coding.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.nlp.Sentence;

/** One sentence's dictionary matches and resolved mentions, by head token. */
public final class SentenceActors {
    private final Sentence sentence;
    private final List<PhraseMatch> matches;
    private final PhraseMatch[] at;
    private final Map<Integer, Mention> byHead = new HashMap<>();
    private final Map<Integer, List<Mention>> groups = new HashMap<>();

    SentenceActors(Sentence sentence, List<PhraseMatch> matches, PhraseMatch[] at) {
        this.sentence = sentence;
        this.matches = List.copyOf(matches);
        this.at = at;
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<PhraseMatch> matches() {
        return matches;
    }

    /** The dictionary match covering a token, or null. */
    public PhraseMatch matchAt(int token) {
        return at[token];
    }

    void put(int head, Mention m) {
        byHead.put(head, m);
    }

    void putGroup(int head, List<Mention> others) {
        groups.put(head, List.copyOf(others));
    }

    /** The other actors a plural pronoun also stands for ("Norway and Belgium ... they"), or none. */
    public List<Mention> alsoMeant(int head) {
        return groups.getOrDefault(head, List.of());
    }

    /** The mention headed by this token, or null when it is no actor. */
    public Mention mention(int head) {
        return byHead.get(head);
    }

    public java.util.Collection<Mention> mentions() {
        return byHead.values();
    }
}
