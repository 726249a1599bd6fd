package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Where the participants of a predicate are in a basic UD tree: subject and object across voice,
 * control, coordination, relative and participial clauses; prepositional attachments; complements.
 * Stateless.
 */
public final class Frames {
    private static final Set<String> PURPOSE = Set.of("support", "help", "assist", "back", "aid", "bolster",
            "reinforce", "defend", "protect", "strengthen", "fight");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom", "whose");

    private Frames() {
    }

    /** Possessors that date a noun rather than own it: "last week's decision", "Monday's vote". */
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("week", "month", "year", "day", "today",
            "yesterday", "weekend", "night", "morning", "evening", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "decade", "century");

    public static boolean isPassive(Sentence s, int v) {
        if (s.hasChild(v, "nsubj:pass") || s.hasChild(v, "aux:pass") || s.hasChild(v, "csubj:pass")) {
            return true;
        }
        // a participle modifying a noun: "the envoy summoned by Seoul"
        return s.token(v).tag().equals("VBN") && s.rel(v).equals("acl")
                && !s.token(s.head(v)).lower().equals("have"); // "of having sent" is active
    }

    /** The agent: the subject of an active verb, the "by" phrase of a passive one, or the implied subject. */
    /** Papers that say what their author says: "a complaint accusing X", "a letter urging Y". */
    private static final Set<String> DOCUMENTS = Set.of("case", "complaint", "lawsuit", "suit", "letter", "petition",
            "note", "motion", "appeal", "submission", "filing", "brief");

    public static int subject(Sentence s, int v) {
        if (isPassive(s, v)) {
            int agent = agent(s, v);
            return agent >= 0 ? agent : -1;
        }
        int subj = directSubject(s, v);
        if (subj >= 0) {
            return relativeAntecedent(s, v, subj);
        }
        return implicitSubject(s, v, 0);
    }

    /** The patient: the object of an active verb, the subject of a passive one. */
    public static int object(Sentence s, int v) {
        if (isPassive(s, v)) {
            int ps = s.child(v, "nsubj:pass");
            if (ps >= 0) {
                return relativeAntecedent(s, v, ps);
            }
            if (s.rel(v).equals("acl") || s.rel(v).equals("acl:relcl")) {
                return s.head(v);
            }
            if (s.rel(v).startsWith("conj")) {
                // "bombers flew near Alaska and were intercepted": the shared subject is the patient
                int h = s.head(v);
                int subj = s.child(h, "nsubj");
                return subj >= 0 ? subj : object(s, h);
            }
            if (s.rel(v).equals("xcomp")) {
                return object(s, s.head(v));
            }
            return -1;
        }
        int o = s.child(v, "obj");
        if (o >= 0) {
            return relativeAntecedent(s, v, o);
        }
        if (s.rel(v).equals("acl:relcl") && !hasOwnSubjectOtherThanRelative(s, v)) {
            return -1;
        }
        if (s.rel(v).equals("acl:relcl")) {
            // "the envoy whom Seoul summoned": the relative pronoun may be missing from the tree
            return s.head(v);
        }
        return -1;
    }

    private static boolean hasOwnSubjectOtherThanRelative(Sentence s, int v) {
        int subj = s.child(v, "nsubj");
        return subj >= 0 && !RELATIVE.contains(s.token(subj).word().toLowerCase(Locale.ROOT));
    }

    public static int agent(Sentence s, int v) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if (r.equals("obl:agent") || (r.startsWith("obl") || r.startsWith("nmod")) && prepOf(s, c).equals("by")) {
                return c;
            }
        }
        // "was supplied with its first jets by Denmark": the parser may hang the agent from the phrase before it
        for (int c : s.children(v)) {
            if (s.rel(c).startsWith("obl") && !prepOf(s, c).equals("by")) {
                for (int k : s.children(c)) {
                    if (s.rel(k).startsWith("nmod") && prepOf(s, k).equals("by") && k > c) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    private static int directSubject(Sentence s, int v) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if (r.equals("nsubj") || r.equals("nsubj:outer")) {
                return c;
            }
        }
        // a copular predicate's subject ("X was critical of Y") hangs from the predicate too
        return -1;
    }

    /** A relative pronoun stands for the noun its clause modifies. */
    private static int relativeAntecedent(Sentence s, int v, int arg) {
        if (RELATIVE.contains(s.token(arg).word().toLowerCase(Locale.ROOT)) && s.rel(v).equals("acl:relcl")) {
            return s.head(v);
        }
        return arg;
    }

    /** The subject a verb without its own takes from the clause it belongs to. */
    private static int implicitSubject(Sentence s, int v, int depth) {
        int h = s.head(v);
        if (h < 0 || depth > 6) {
            return -1;
        }
        String r = s.rel(v);
        Token ht = s.token(h);
        if (r.equals("xcomp")) {
            // object control ("urged Iran to stop") or subject control ("decided to send")
            int o = s.child(h, "obj");
            if (o >= 0 && !isPassive(s, h)) {
                return o;
            }
            int subj = s.child(h, "nsubj");
            if (subj < 0) {
                subj = s.child(h, "nsubj:pass"); // raising: "X is said to have decided"
            }
            return subj >= 0 ? relativeAntecedent(s, h, subj) : implicitSubject(s, h, depth + 1);
        }
        if (r.startsWith("conj")) {
            return subjectLike(s, h, depth);
        }
        if (r.equals("acl") && hasMark(s, v, "to") && ht.isNoun()) {
            // "the EU's decision to sanction", "a decision by the EU to sanction": whoever decides acts
            List<Integer> by = prep(s, h, -1, "by");
            int owner = by.isEmpty() ? s.child(h, "nmod:poss") : by.get(0);
            if (owner >= 0 && !TIME_NOUNS.contains(s.token(owner).lower())) { // not "last week's decision"
                return owner;
            }
        }
        if (r.equals("acl") && s.token(v).tag().equals("VBG") && DOCUMENTS.contains(ht.lower())
                && !s.hasChild(h, "nmod:poss") && !s.hasChild(h, "compound") && s.head(h) >= 0
                && s.token(s.head(h)).isVerb()) {
            // "filed a case at the ICJ accusing Israel of genocide": who files the case accuses
            return subjectLike(s, s.head(h), depth);
        }
        if (r.equals("acl:relcl") || r.equals("acl") && !s.token(v).tag().equals("VBN")) {
            if (ht.isNoun() || ht.isPronoun()) {
                return h;
            }
        }
        // "accused X of sending", "criticised X for arresting": X does it
        boolean ofComplement = hasMark(s, v, "of") || hasMark(s, v, "for") && s.token(v).tag().equals("VBG");
        if (r.equals("acl") && ht.tag().equals("VBG")) {
            // "of having sent": climb through the auxiliary gerund
            return implicitSubject(s, h, depth + 1);
        }
        if (ofComplement || s.token(v).tag().equals("VBG") && (r.startsWith("nmod") || r.startsWith("obl"))) {
            if (ht.isNoun() || ht.isPronoun()) {
                return h; // "accused the military of sending": the accused does it
            }
            if (ht.isVerb()) {
                int o = object(s, h);
                return o >= 0 ? o : subject(s, h);
            }
        }
        if (r.equals("advcl") || r.equals("dep") || r.equals("acl")) {
            if (ht.isVerb() || ht.isAdjective()) {
                return subjectLike(s, h, depth);
            }
        }
        return -1;
    }

    private static int subjectLike(Sentence s, int h, int depth) {
        if (isPassive(s, h)) {
            int a = agent(s, h);
            return a;
        }
        int subj = directSubject(s, h);
        return subj >= 0 ? relativeAntecedent(s, h, subj) : implicitSubject(s, h, depth + 1);
    }

    /** The preposition of an oblique or nominal modifier, multiword ones joined by '_' ("according_to"), or "". */
    public static String prepOf(Sentence s, int c) {
        for (int k : s.children(c)) {
            if (s.rel(k).equals("case") || s.rel(k).equals("mark") && s.token(k).tag().equals("IN")) {
                StringBuilder b = new StringBuilder(s.token(k).word().toLowerCase(Locale.ROOT));
                for (int f : s.children(k, "fixed")) {
                    b.append('_').append(s.token(f).word().toLowerCase(Locale.ROOT));
                }
                return b.toString();
            }
        }
        return "";
    }

    public static boolean hasMark(Sentence s, int v, String word) {
        for (int k : s.children(v)) {
            if ((s.rel(k).equals("mark") || s.rel(k).equals("case")) && s.token(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Obliques and nominal modifiers of {@code v} (and of its light noun) introduced by {@code prep}. */
    public static List<Integer> prep(Sentence s, int v, int lightNoun, String prep) {
        List<Integer> out = new ArrayList<>(1);
        addPrep(s, v, prep, out);
        if (lightNoun >= 0) {
            addPrep(s, lightNoun, prep, out);
        }
        return out;
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "morning", "evening", "night", "afternoon", "day",
            "week", "month", "year", "weekend", "dawn", "midnight", "noon", "today", "tonight", "anniversary", "eve");

    private static void addPrep(Sentence s, int v, String prep, List<Integer> out) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if (r.endsWith(":tmod") || TIME_WORDS.contains(s.token(c).lower())) {
                continue; // "on Tuesday night" is when, not whom
            }
            if ((r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss") || r.equals("advcl"))
                    && prepOf(s, c).equals(prep)) {
                out.add(c);
            }
        }
    }

    /** The object of a purpose clause: "sent troops to support Russia" gives Russia. */
    public static int purpose(Sentence s, int v) {
        return purpose(s, v, PURPOSE);
    }

    /** Verbs of putting down a crowd, whose object is whom force was used on: "opened fire to disperse protesters". */
    private static final Set<String> QUELL = Set.of("disperse", "quell", "scatter", "crush", "suppress", "repel",
            "subdue", "break");

    /** The object of a purpose clause of putting down ("to disperse demonstrators"), or -1. */
    public static int quelled(Sentence s, int v) {
        return purpose(s, v, QUELL);
    }

    private static int purpose(Sentence s, int v, Set<String> verbs) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if ((r.equals("xcomp") || r.equals("advcl")) && verbs.contains(s.token(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
                int o = s.child(c, "obj");
                if (o >= 0) {
                    return o;
                }
                List<Integer> p = prep(s, c, -1, "alongside");
                if (!p.isEmpty()) {
                    return p.get(0);
                }
            }
        }
        return -1;
    }

    /** The token and its conjuncts: "France and Germany" gives both. */
    public static List<Integer> withConjuncts(Sentence s, int h) {
        List<Integer> out = new ArrayList<>(2);
        out.add(h);
        for (int i = 0; i < out.size(); i++) {
            for (int c : s.children(out.get(i))) {
                if (s.rel(c).startsWith("conj") && (s.token(c).isNoun() || s.token(c).isPronoun())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether the predicate has an "of" complement (accuse X of Y), on itself or on its object. */
    public static boolean hasOfComplement(Sentence s, int v) {
        if (hasOfChild(s, v)) {
            return true;
        }
        int o = object(s, v);
        return o >= 0 && hasOfChild(s, o);
    }

    private static boolean hasOfChild(Sentence s, int v) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if ((r.startsWith("nmod") || r.startsWith("obl") || r.startsWith("advcl") || r.startsWith("acl"))
                    && (prepOf(s, c).equals("of") || hasMark(s, c, "of"))) {
                return true;
            }
        }
        return false;
    }

    /** The clause an "of" complement heads (the verb of "of having sent"), or -1. */
    public static int ofClause(Sentence s, int v) {
        int c = ofChild(s, v);
        if (c < 0) {
            int o = object(s, v);
            c = o >= 0 ? ofChild(s, o) : -1;
        }
        if (c < 0) {
            return -1;
        }
        // "of having sent": the content verb is the acl under the auxiliary gerund
        int acl = s.child(c, "acl");
        if (s.token(c).lower().equals("have") && acl >= 0) {
            return acl;
        }
        return c;
    }

    private static int ofChild(Sentence s, int v) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if ((r.startsWith("nmod") || r.startsWith("obl") || r.startsWith("advcl") || r.startsWith("acl"))
                    && (prepOf(s, c).equals("of") || hasMark(s, c, "of"))) {
                return c;
            }
        }
        return -1;
    }
}
