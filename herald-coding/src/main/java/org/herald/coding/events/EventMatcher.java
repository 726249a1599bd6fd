package org.herald.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.coding.actors.DictEntry;
import org.herald.coding.actors.EntryKind;
import org.herald.coding.actors.Mention;
import org.herald.coding.actors.PhraseMatch;
import org.herald.model.Actor;
import org.herald.coding.actors.Normalizer;
import org.herald.coding.actors.SentenceActors;
import org.herald.coding.modality.Modality;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Finds the patterns that fire in a sentence. For each trigger token the most specific pattern whose
 * conditions hold wins; its slots are filled from the dependency tree through {@link Frames}.
 * Stateless and thread-safe.
 */
public final class EventMatcher {
    private final PatternSet patterns;

    public EventMatcher(PatternSet patterns) {
        this.patterns = patterns;
    }

    public List<Hit> match(SentenceActors sa) {
        Sentence s = sa.sentence();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            char pos = t.isVerb() ? 'v' : t.isAdjective() ? 'a' : t.isNoun() ? 'n' : 0;
            if (pos == 0 || pos == 'v' && s.rel(i).equals("amod") || pos == 'n' && t.isProperNoun()) {
                continue; // "Jordan's visiting king" describes, it does not report a visit; "on March 7" is a date
            }
            for (Pattern p : patterns.forTrigger(pos, t.lower())) {
                Hit h = tryPattern(sa, i, p);
                if (h != null) {
                    hits.add(h);
                    break;
                }
            }
        }
        return hits;
    }

    private Hit tryPattern(SentenceActors sa, int v, Pattern p) {
        Sentence s = sa.sentence();
        if (p.pos() == 'a' && !(s.hasChild(v, "cop") || s.hasChild(v, "nsubj"))) {
            return null;
        }
        int particleObj = -1;
        if (p.particle() != null && p.pos() == 'n') {
            // n:mass_killing: the noun carries the modifier (amod or compound)
            if (!modifiedBy(s, v, p.particle(), 2)) {
                return null;
            }
        } else if (p.particle() != null) {
            particleObj = particle(s, v, p.particle());
            if (particleObj == -2) {
                return null;
            }
        }
        int obj = p.pos() == 'n' ? ofComplement(s, v) : Frames.object(s, v);
        if (obj < 0 && particleObj >= 0) {
            obj = particleObj;
        }
        if (obj < 0 && p.noun() != null && s.child(v, "xcomp") >= 0 && s.token(s.child(v, "xcomp")).isNoun()) {
            obj = s.child(v, "xcomp"); // "became a member of X": a light verb's noun complement
        }
        int light = -1;
        if (p.noun() != null) {
            int n = obj < 0 ? -1 : matches(s, obj, p.noun()) ? obj : measured(s, obj, p.noun());
            if (n < 0) {
                return null;
            }
            light = n;
        }
        // "has sent 40 vehicles to Ukraine and will send another 60": the second verb's object and destination are
        // the first's, left out
        int shared = elidedFrom(s, v, obj);
        if (!p.objLemmas().isEmpty() && (obj < 0 || !anyLemma(s, obj, p.objLemmas()))
                && (shared < 0 || Frames.object(s, shared) < 0 || !anyLemma(s, Frames.object(s, shared), p.objLemmas()))) {
            return null;
        }
        if (!p.subjLemmas().isEmpty()) {
            int subj = Frames.subject(s, v);
            if (subj < 0 || !anyLemma(s, subj, p.subjLemmas())) {
                return null;
            }
        }
        if (!p.objRoles().isEmpty()) {
            Mention m = obj < 0 ? null : sa.mention(obj);
            if (m == null || m.role() == null || !p.objRoles().contains(m.role())) {
                return null;
            }
            if (s.token(obj).isNoun() && !s.token(obj).isProperNoun() && sa.matchAt(obj) == null) {
                return null; // "welcomed President Reagan's statement": the role is the owner's, not the object's
            }
        }
        if (p.noObj() && obj >= 0) {
            return null;
        }
        for (String f : p.flags()) {
            boolean ok;
            if (f.equals("neg")) {
                // "would not comment", "had no comment": the pattern codes the refusal the negation makes
                ok = Modality.isNegated(s, v) || light >= 0 && s.children(light, "det").stream()
                        .anyMatch(d -> s.token(d).lower().equals("no"));
            } else if (f.equals("conjsubj")) {
                // "China and Russia held drills", "Russian and Chinese warships held drills": several actors act
                int subj = Frames.subject(s, v);
                ok = subj >= 0 && (Frames.withConjuncts(s, subj).size() > 1
                        || fill(sa, v, light, obj, List.of("subj"), false, false, Set.of()).stream()
                                .map(m -> m.actor().code()).distinct().count() > 1);
            } else if (f.startsWith("preplemma:")) {
                // "opened fire on protesters", "set cars on fire": the P phrase's head is one of these lemmas
                int eq = f.indexOf('=');
                ok = prepLemma(s, v, light, obj, f.substring(10, eq), Set.of(f.substring(eq + 1).split("\\|")));
            } else {
                ok = namedPhrase(sa, v, light, obj, f.substring(6)); // named:P
            }
            if (!ok) {
                return null;
            }
        }
        for (String c : p.comps()) {
            boolean ok = switch (c) {
                case "of" -> Frames.hasOfComplement(s, v);
                case "to" -> s.hasChild(v, "xcomp");
                default -> s.hasChild(v, "ccomp") || s.rel(v).equals("parataxis");
            };
            if (!ok) {
                return null;
            }
        }
        if (!p.thatWords().isEmpty() && !reportsPredicate(s, v, p.thatWords())) {
            return null;
        }
        if (p.deontic() && !reportsObligation(s, v)) {
            return null;
        }
        for (String pr : p.preps()) {
            // the phrase may hang from the object, as the parser often attaches it ("firing a drone at his house"),
            // or from what qualifies the object ("drills in six zones around Taiwan", "two days of drills around")
            if (Frames.prep(s, v, light, pr).isEmpty() && (obj < 0 || light >= 0 || Frames.prep(s, obj, -1, pr).isEmpty())
                    && qualifierPrep(s, light >= 0 ? light : obj >= 0 ? obj : v, pr, 2).isEmpty()
                    && obliquePrep(s, v, pr).isEmpty()) {
                return null;
            }
        }
        List<Mention> sources = fill(sa, v, light, obj, p.source(), false, false, p.preps());
        // a strike on "three sites in Syria" hits Syria; people "in Kabul" are not Kabul's
        boolean hitsPlaces = p.rootNumber() >= 18;
        List<Mention> targets = fill(sa, v, light, obj, p.target(), true, hitsPlaces, p.preps());
        if (targets.isEmpty() && shared >= 0 && light < 0) {
            targets = fill(sa, shared, -1, Frames.object(s, shared), p.target(), true, hitsPlaces, p.preps());
        }
        return new Hit(v, p, light, sources, targets);
    }

    /** Whether the trigger reports what someone must or should do: "said that Iraq must cooperate". */
    private static boolean reportsObligation(Sentence s, int v) {
        int cc = s.child(v, "ccomp");
        if (cc < 0 && s.rel(v).equals("parataxis") && s.head(v) < v) {
            cc = s.head(v); // "\"Israel must stop the bombing,\" Erdogan told reporters": the quote is the head
        }
        if (cc < 0) {
            return false;
        }
        for (int c : s.children(cc, "aux")) {
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("must") || w.equals("should") || w.equals("ought")) {
                return true;
            }
        }
        // "has to", "needs to": the obligation verb heads the clause
        String l = s.token(cc).lower();
        return (l.equals("have") || l.equals("need")) && s.hasChild(cc, "xcomp");
    }

    /** Whether the clause the trigger reports is predicated by one of these words ("... were in accordance with"). */
    private static boolean reportsPredicate(Sentence s, int v, Set<String> words) {
        int cc = s.child(v, "ccomp");
        if (cc < 0) {
            cc = s.child(v, "xcomp"); // "declined to comment"
        }
        if (cc < 0 && s.rel(v).equals("parataxis")) {
            cc = s.head(v);
        }
        if (cc < 0) {
            return false;
        }
        if (words.contains(s.token(cc).lower())) {
            return true;
        }
        for (int c : s.children(cc)) {
            String r = s.rel(c);
            if ((r.startsWith("obl") || r.startsWith("nmod") || r.equals("xcomp") || r.equals("advmod"))
                    && words.contains(s.token(c).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token a particle or preposition of a phrasal trigger attaches (its object for "call on X"),
     * -1 when it is a bare particle ("call in"), -2 when the trigger lacks it.
     */
    private static int particle(Sentence s, int v, String particle) {
        for (int c : s.children(v, "compound:prt")) {
            if (s.token(c).lower().equals(particle)) {
                return -1;
            }
        }
        // the parser often tags the particle an adverb: "handed back 10 children", "set the car ablaze"
        for (int c : s.children(v, "advmod")) {
            if (c > v && s.token(c).lower().equals(particle)) {
                return -1;
            }
        }
        List<Integer> obl = Frames.prep(s, v, -1, particle.replace(' ', '_'));
        if (!obl.isEmpty()) {
            return obl.get(0);
        }
        return -2;
    }

    /** Verbs of handing over that share an elided object: "delivered 18 jets and will send the remaining six". */
    private static final Set<String> HANDING = Set.of("send", "deliver", "supply", "provide", "ship", "give", "transfer",
            "donate", "dispatch", "deploy");

    /**
     * The verb whose object a conjoined verb leaves out, or -1: the conjunct has no object, or only a number
     * ("another 60", "the remaining six"), and both verbs hand things over.
     */
    private static int elidedFrom(Sentence s, int v, int obj) {
        if (!s.rel(v).startsWith("conj") || !s.token(v).isVerb()) {
            return -1;
        }
        int first = s.head(v);
        if (first < 0 || !s.token(first).isVerb() || !HANDING.contains(s.token(v).lower())
                || !HANDING.contains(s.token(first).lower())) {
            return -1;
        }
        boolean elided = obj < 0 || s.token(obj).isNumber()
                || s.children(obj).stream().anyMatch(c -> s.rel(c).equals("nummod")) && !s.token(obj).isNoun();
        return elided ? first : -1;
    }

    /** The object of an event noun: its "of" phrase ("the expulsion of a diplomat"), or -1. */
    private static int ofComplement(Sentence s, int v) {
        for (int c : s.children(v)) {
            if (s.rel(c).startsWith("nmod") && !s.rel(c).equals("nmod:poss") && Frames.prepOf(s, c).equals("of")) {
                return c;
            }
        }
        return -1;
    }

    /** "held two days of talks", "adopted its 16th package of sanctions": the noun behind a measure. */
    private static int measured(Sentence s, int obj, String noun) {
        for (int c : s.children(obj)) {
            if (s.rel(c).startsWith("nmod") && Frames.prepOf(s, c).equals("of") && matches(s, c, noun)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the P phrase of the trigger (or of its object) has one of these head lemmas, in any conjunct. */
    private static boolean prepLemma(Sentence s, int v, int light, int obj, String pr, Set<String> lemmas) {
        List<Integer> heads = new ArrayList<>(Frames.prep(s, v, light, pr));
        if (heads.isEmpty() && obj >= 0) {
            heads.addAll(Frames.prep(s, obj, -1, pr));
        }
        for (int h : heads) {
            if (anyLemma(s, h, lemmas)) {
                return true;
            }
        }
        return false;
    }

    /** "moved troops to Belarus", not "to the border": the P phrase is a proper name that resolves to an actor. */
    private static boolean namedPhrase(SentenceActors sa, int v, int light, int obj, String pr) {
        Sentence s = sa.sentence();
        List<Integer> heads = new ArrayList<>(Frames.prep(s, v, light, pr));
        if (heads.isEmpty() && obj >= 0) {
            heads.addAll(Frames.prep(s, obj, -1, pr));
        }
        for (int h : heads) {
            Mention m = sa.mention(h);
            if (s.token(h).isProperNoun() && m != null && m.resolved()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pattern lemma, optionally narrowed by a modifier: "weapon", or "chemical_weapon" for a weapon with the
     * modifier "chemical" (an amod or compound, or a compound of one: "Victory Day parade" is a victory_parade).
     */
    private static boolean matches(Sentence s, int i, String lemma) {
        int us = lemma.lastIndexOf('_');
        if (us <= 0) {
            return lemmaIs(s.token(i), lemma);
        }
        return lemmaIs(s.token(i), lemma.substring(us + 1)) && modifiedBy(s, i, lemma.substring(0, us), 2);
    }

    private static boolean modifiedBy(Sentence s, int i, String mod, int depth) {
        for (int c : s.children(i)) {
            String r = s.rel(c);
            if (r.equals("amod") || r.startsWith("compound")) {
                if (lemmaIs(s.token(c), mod) || depth > 1 && modifiedBy(s, c, mod, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that measure an amount: "18 billion euros in budget support", "$2 billion in aid". */
    private static final Set<String> AMOUNT = Set.of("$", "dollar", "euro", "pound", "yuan", "yen", "rouble", "ruble",
            "rupee", "franc", "million", "billion", "trillion", "tonne", "ton");

    /** Nouns of a change in a flow: "a pause in aid", "a halt to arms deliveries", "a freeze on funding". */
    private static final Set<String> CHANGE = Set.of("pause", "halt", "suspension", "freeze", "cut", "cutoff",
            "cutback", "reduction", "end", "stop", "increase", "resumption");

    /** Whether the "in/to/on" phrase of the noun names its kind: "$2 billion in aid", "a pause in military aid". */
    private static boolean kindPhrase(Sentence s, int head, int c) {
        String pr = Frames.prepOf(s, c);
        if (pr.equals("of")) {
            return true;
        }
        Token h = s.token(head);
        boolean amount = h.isNumber() || h.tag().equals("$") || AMOUNT.contains(h.lower())
                || AMOUNT.contains(Normalizer.key(h.word()));
        return pr.equals("in") && (amount || CHANGE.contains(h.lower()))
                || (pr.equals("to") || pr.equals("on")) && CHANGE.contains(h.lower());
    }

    private static boolean lemmaIs(Token t, String lemma) {
        String w = Normalizer.key(t.word());
        String l = t.lower();
        String key = lemma.replace(" ", "");
        return l.equals(lemma) || w.equals(key) || w.equals(key + "s") || w.equals(key + "es")
                || key.endsWith("y") && w.equals(key.substring(0, key.length() - 1) + "ies");
    }

    /**
     * "230 tonnes of aid for people", "12 million euros in aid to Lebanon", "a ship carrying aid to Lebanon": the
     * phrase hangs from what qualifies the object, a few levels down its noun phrase.
     */
    private static List<Integer> qualifierPrep(Sentence s, int head, String pr, int depth) {
        if (depth > 3) {
            return List.of();
        }
        for (int c : s.children(head)) {
            boolean qualifies = s.rel(c).startsWith("nmod") && !s.rel(c).equals("nmod:poss")
                    && !Frames.prepOf(s, c).equals(pr)
                    || s.rel(c).startsWith("acl") && CARRYING.contains(s.token(c).lower())
                    || s.rel(c).equals("obj") && s.rel(head).startsWith("acl")
                    || s.rel(c).startsWith("conj") && s.token(c).isNoun(); // "a rescue team and 30 tonnes of aid to X"
            if (!qualifies) {
                continue;
            }
            List<Integer> here = Frames.prep(s, c, -1, pr);
            if (!here.isEmpty()) {
                return here;
            }
            List<Integer> deeper = qualifierPrep(s, c, pr, depth + 1);
            if (!deeper.isEmpty()) {
                return deeper;
            }
        }
        return List.of();
    }

    /** A phrase one level down a place phrase of the trigger: "held drills in six zones around Taiwan". */
    private static List<Integer> obliquePrep(Sentence s, int v, String pr) {
        for (int c : s.children(v)) {
            if (s.rel(c).startsWith("obl") && Set.of("in", "at", "across", "over").contains(Frames.prepOf(s, c))) {
                List<Integer> here = Frames.prep(s, c, -1, pr);
                if (!here.isEmpty()) {
                    return here;
                }
            }
        }
        return List.of();
    }

    private static final Set<String> CARRYING = Set.of("carry", "bring", "transport", "load", "bear", "ferry");

    private static boolean anyLemma(Sentence s, int obj, Set<String> lemmas) {
        for (int o : Frames.withConjuncts(s, obj)) {
            for (String l : lemmas) {
                if (matches(s, o, l)) {
                    return true;
                }
            }
            // "sent a ship carrying 230 tonnes of aid": what the vehicle carries is what is sent
            for (int c : s.children(o)) {
                if (s.rel(c).startsWith("acl") && CARRYING.contains(s.token(c).lower())) {
                    int cargo = Frames.object(s, c);
                    if (cargo >= 0 && cargo != o && anyLemma(s, cargo, lemmas)) {
                        return true;
                    }
                }
            }
            // "sent 1,500 soldiers": the head may be a number or a measure word ("a contingent of troops"), an
            // amount ("$2 billion in aid") or a change in a flow ("a pause in military aid")
            for (int c : s.children(o)) {
                if (s.rel(c).startsWith("nmod") && !s.rel(c).equals("nmod:poss") && kindPhrase(s, o, c)) {
                    for (String l : lemmas) {
                        if (matches(s, c, l)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** "detained the mayor as part of a corruption investigation": the investigation is the detainers' own. */
    private static boolean asPartOf(Sentence s, int n) {
        int part = s.head(n);
        return part >= 0 && Frames.prepOf(s, n).equals("of") && s.token(part).lower().equals("part")
                && Frames.prepOf(s, part).equals("as");
    }

    private static List<Mention> fill(SentenceActors sa, int v, int light, int obj, List<String> slots,
                                      boolean target, boolean hitsPlaces, Set<String> required) {
        Sentence s = sa.sentence();
        List<Mention> unnamed = null;
        for (String slot : slots) {
            List<Integer> heads = new ArrayList<>(1);
            switch (slot) {
                case "-" -> {
                    return List.of();
                }
                case "subj" -> add(heads, Frames.subject(s, v));
                case "obj" -> add(heads, light >= 0 ? -1 : obj);
                case "iobj" -> add(heads, s.child(v, "iobj"));
                case "poss" -> {
                    add(heads, s.child(v, "nmod:poss"));
                    if (light >= 0) {
                        add(heads, s.child(light, "nmod:poss"));
                    }
                    if (heads.isEmpty() && s.token(v).isNoun()) {
                        heads.addAll(Frames.prep(s, v, -1, "by"));
                    }
                    if (heads.isEmpty() && light < 0 && s.token(v).isNoun()) {
                        // "the new EU sanctions against ...", "Russian missile strikes on Kyiv": the actor named
                        // before the event noun, as its modifier, is the one who acts
                        Mention own = sa.mention(v);
                        if (own != null && own.resolved() && sa.matchAt(v) == null && namedByModifier(sa, v)) {
                            return List.of(own);
                        }
                    }
                    if (heads.isEmpty() && light < 0 && s.token(v).isNoun()
                            && (s.rel(v).startsWith("obl") || s.rel(v).startsWith("nmod"))
                            && (TEMPORAL.contains(Frames.prepOf(s, v)) || asPartOf(s, v))) {
                        // "announced the pledge after talks with his Lebanese counterpart": the one who announced
                        int up = s.head(v);
                        while (up >= 0 && !s.token(up).isVerb() && (s.rel(up).startsWith("obj")
                                || s.rel(up).startsWith("nmod") || s.rel(up).startsWith("obl"))) {
                            up = s.head(up);
                        }
                        if (up >= 0 && s.token(up).isVerb()) {
                            add(heads, Frames.subject(s, up));
                        }
                    }
                }
                case "purpose" -> add(heads, Frames.purpose(s, v));
                case "quelled" -> add(heads, Frames.quelled(s, v));
                default -> {
                    String pr = slot.substring(5).toLowerCase(Locale.ROOT);
                    heads.addAll(Frames.prep(s, v, light, pr));
                    if (target && pr.equals("by") && Frames.isPassive(s, v)) {
                        // "the proposal was rejected by Ukraine": the passive's "by" agent acts, it is no target
                        heads.remove(Integer.valueOf(Frames.agent(s, v)));
                    }
                    if (heads.isEmpty() && obj >= 0 && light < 0) {
                        heads.addAll(Frames.prep(s, obj, -1, pr)); // "extradited a blogger to Vietnam"
                    }
                    if (heads.isEmpty() && (light >= 0 || obj >= 0)) {
                        heads.addAll(qualifierPrep(s, light >= 0 ? light : obj, pr, 0));
                    }
                    if (heads.isEmpty() && required.contains(pr)) {
                        heads.addAll(obliquePrep(s, v, pr)); // where the pattern's own condition found the phrase
                    }
                    if (heads.isEmpty() && target && pr.equals("against")) {
                        // the one a move is against, named in its purpose ("mobilized reservists for a possible war
                        // against Iraq")
                        for (int c : s.children(v)) {
                            if (heads.isEmpty() && s.rel(c).startsWith("obl")) {
                                heads.addAll(Frames.prep(s, c, -1, pr));
                            }
                        }
                    }

                }
            }
            List<Mention> out = new ArrayList<>();
            for (int h : heads) {
                for (int c : Frames.withConjuncts(s, h)) {
                    Mention m = sentBy(sa, c, mentionOrInner(sa, c, target, hitsPlaces));
                    if (m != null) {
                        out.add(m);
                        out.addAll(coordinatedVariants(sa, c, m));
                        out.addAll(sa.alsoMeant(c));
                    }
                }
            }
            // a target slot holding only actors without a country ("military targets") gives way to a later slot
            // that names one ("... in Iran"); failing that it is kept
            if (!out.isEmpty() && (!target || out.stream().anyMatch(Mention::resolved))) {
                return out;
            }
            if (!out.isEmpty() && unnamed == null) {
                unnamed = out;
            }
        }
        if (unnamed != null) {
            return unnamed;
        }
        if (target && light >= 0) {
            // "rejected an Indian proposal", "a U.S. request", "calls by Kofi Annan", "a meeting of the OIC":
            // the event noun's own modifiers name the other party
            Mention own = sa.mention(light);
            if (own != null && own.resolved()) {
                return List.of(own);
            }
            for (int c : s.children(light)) {
                String r = s.rel(c);
                if (r.equals("nmod:poss") || r.startsWith("nmod") && Set.of("of", "with", "to", "for", "between", "by",
                        "from").contains(Frames.prepOf(s, c))) {
                    Mention m = sa.mention(c);
                    if (m != null && m.resolved()) {
                        return List.of(m);
                    }
                }
            }
            // "rejected Tokyo's offer of summit talks": the event noun sits behind a measure that has the owner
            int measure = s.head(light);
            if (measure >= 0 && measure == obj && measure != light) {
                int owner = s.child(measure, "nmod:poss");
                Mention m = owner >= 0 ? sa.mention(owner) : sa.mention(measure);
                if (m != null && m.resolved()) {
                    return List.of(m);
                }
            }
        }
        return List.of();
    }

    /**
     * "Syrian and Israeli officials", "the leaders of South Korea and Japan": one phrase, several countries.
     * The mention carries the first; each coordinated country gives another mention like it.
     */
    private static List<Mention> coordinatedVariants(SentenceActors sa, int head, Mention m) {
        Sentence s = sa.sentence();
        if (!m.resolved() || m.actor().country() == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(1);
        for (int c : s.children(head)) {
            String r = s.rel(c);
            // ("delegations from Armenia and Azerbaijan": each country's delegation)
            boolean modifier = r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")
                    || r.startsWith("nmod") && (Frames.prepOf(s, c).equals("of") || Frames.prepOf(s, c).equals("from"));
            if (!modifier) {
                continue;
            }
            for (int k : s.children(c)) {
                if (!s.rel(k).startsWith("conj")) {
                    continue;
                }
                PhraseMatch pm = sa.matchAt(k);
                if (pm == null) {
                    continue;
                }
                for (DictEntry e : pm.entries()) {
                    if (e.country() != null && !e.country().equals(m.actor().country())) {
                        Actor a = m.actor();
                        out.add(m.withActor(new Actor(a.text(), e.name(), e.country(), null, a.sector(), a.begin(), a.end()),
                                "coordination"));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Prepositions that set an event noun beside the clause's own act, done by the same actor. */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "during", "following", "at", "ahead_of");

    /** Whether a country or body modifies the noun directly ("EU sanctions", "Russian strikes"), not through "of". */
    private static boolean namedByModifier(SentenceActors sa, int v) {
        Sentence s = sa.sentence();
        for (int c : s.children(v)) {
            String r = s.rel(c);
            // a country, its adjective or a body ("EU sanctions", "Russian strikes"); not a place where it
            // happened ("the Cairo talks")
            if ((r.equals("amod") || r.startsWith("compound")) && sa.matchAt(c) != null
                    && sa.matchAt(c).entries().stream().anyMatch(e -> e.hasCountryOrOrg() && e.kind() != EntryKind.CAPITAL
                    && e.kind() != EntryKind.PLACE && e.kind() != EntryKind.SEAT)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Integer> heads, int h) {
        if (h >= 0) {
            heads.add(h);
        }
    }

    /**
     * The mention headed by the token; for a target that is no actor itself, the actor of an event noun
     * ("against the deployment of North Korean troops" targets the troops).
     */
    private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy", "assign", "despatch", "post");

    /**
     * "Amnesty sent researchers to investigate": people sent by an actor without a country of their own act
     * for the one who sent them.
     */
    private static Mention sentBy(SentenceActors sa, int c, Mention m) {
        Sentence s = sa.sentence();
        if (m != null && m.resolved()) {
            return m;
        }
        int v = s.head(c);
        if (v < 0 || !s.rel(c).equals("obj") || !SENDING.contains(s.token(v).lower())) {
            return m;
        }
        int subj = Frames.subject(s, v);
        Mention sender = subj >= 0 ? sa.mention(subj) : null;
        if (sender == null || !sender.resolved()) {
            return m;
        }
        Actor b = sender.actor();
        if (m == null) {
            return sender;
        }
        Actor a = m.actor();
        return m.withActor(new Actor(a.text(), b.name(), b.country(), b.org(), a.sector() != null ? a.sector() : b.sector(),
                a.begin(), a.end()), "sent-by");
    }

    /** Nouns of a frontier: the country on its other side is the one a build-up there faces. */
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary", "waters", "coast", "shore",
            "shores", "borders");

    /** Participles of holding: the "by" agent of "positions held by X" is whose they are. */
    private static final Set<String> HOLDING = Set.of("hold", "control", "occupy", "run", "use", "own", "operate",
            "man", "garrison");

    /** Words that count or group what their "of" phrase names: "hundreds of Israelis", "a group of officials". */
    private static final Set<String> COUNTING = Set.of("hundred", "hundreds", "thousand", "thousands", "dozen",
            "dozens", "ten", "tens", "million", "millions", "score", "scores", "group", "crowd", "number", "majority",
            "some", "many", "most", "several", "all", "part", "members", "member", "contingent", "delegation",
            "team", "unit", "batch", "wave", "band", "handful", "couple", "none", "each", "one", "two", "both", "total");

    private static Mention mentionOrInner(SentenceActors sa, int h, boolean target, boolean hitsPlaces) {
        Sentence s0 = sa.sentence();
        // "Hundreds of thousands of Israelis protested": the counted people act
        for (int depth = 0; depth < 3; depth++) {
            Mention here = sa.mention(h);
            boolean counting = COUNTING.contains(s0.token(h).lower()) || s0.token(h).isNumber();
            if (!counting || here != null && here.resolved() && here.actor().sector() != null) {
                break;
            }
            int of = -1;
            for (int c : s0.children(h)) {
                if (s0.rel(c).startsWith("nmod") && Frames.prepOf(s0, c).equals("of")) {
                    of = c;
                }
            }
            if (of < 0) {
                break;
            }
            h = of;
        }
        Mention m = sa.mention(h);
        if (m != null && (m.resolved() || !target)) {
            return m;
        }
        if (!target) {
            return m;
        }
        Sentence s = sa.sentence();
        for (int c : s0.children(h)) {
            // "positions held by the Rapid Support Forces", "areas controlled by the rebels": the holder is hit
            if (target && s0.rel(c).equals("acl") && (HOLDING.contains(s0.token(c).lower())
                    || s0.token(c).tag().equals("VBN"))) {
                // and "crimes committed by Venezuelan security forces": the doers of the deeds a probe looks into
                for (int a : Frames.prep(s0, c, -1, "by")) {
                    Mention holder = sa.mention(a);
                    if (holder != null && holder.resolved() && (m == null || !m.resolved())) {
                        return holder;
                    }
                }
            }
        }
        if (target && BORDERS.contains(s0.token(h).lower())) {
            // "massed troops near the Gaza border", "its border with Belarus", "waters off Venezuela": the other side
            for (int c : s0.children(h)) {
                String r = s0.rel(c);
                boolean other = r.startsWith("nmod") && Set.of("with", "off", "of", "along").contains(Frames.prepOf(s0, c))
                        || r.equals("compound") || r.equals("amod");
                Mention side = other ? sa.mention(c) : null;
                if (side == null && other && sa.matchAt(c) != null) {
                    for (DictEntry e : sa.matchAt(c).entries()) {
                        if (e.country() != null) {
                            Token t = s0.token(c);
                            side = new Mention(new Actor(t.word(), e.name(), e.country(), null, null, t.begin(), t.end()),
                                    s0.index(), c, null, false, false, "border");
                            break;
                        }
                    }
                }
                if (side != null && side.resolved()) {
                    return side;
                }
            }
        }
        for (String prep : new String[] {"of", "by", "in"}) {
            // "the deployment of North Korean troops"; then the act's agent, "the use of force by Georgian police";
            // then where the thing hit is, "fired missiles at three sites in Syria"
            if (prep.equals("in") && (m != null || !hitsPlaces)) {
                break; // only what an attack hits takes the place it is in
            }
            if (prep.equals("in")) {
                // "blew up the Kakhovka dam", "shelled a Gaza hospital": a thing named by its place is that place's
                for (int c : s0.children(h)) {
                    PhraseMatch pm = s0.rel(c).equals("compound") || s0.rel(c).equals("amod") ? sa.matchAt(c) : null;
                    for (DictEntry e : pm == null ? List.<DictEntry>of() : pm.entries()) {
                        if ((e.kind() == EntryKind.PLACE || e.kind() == EntryKind.CAPITAL) && e.country() != null) {
                            Token t = s0.token(c);
                            return new Mention(new Actor(t.word(), e.name(), e.country(), null, null, t.begin(), t.end()),
                                    s0.index(), c, null, false, false, "place");
                        }
                    }
                }
            }
            for (int c : s.children(h)) {
                String r = s.rel(c);
                if (prep.equals("of") && r.equals("nmod:poss") || r.startsWith("nmod") && !r.equals("nmod:poss")
                        && Frames.prepOf(s, c).equals(prep)) {
                    Mention inner = sa.mention(c);
                    if (inner != null && inner.resolved()) {
                        return inner;
                    }
                }
            }
        }
        return m;
    }
}
