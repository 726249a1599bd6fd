package org.herald.coding.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.coding.actors.Mention;
import org.herald.coding.actors.SentenceActors;
import org.herald.coding.events.Frames;
import org.herald.model.Mode;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Decides the mode of a predicate from its clause and the clauses above it: negation ("did not attack"),
 * conditions ("if North Korea sends ..."), announced intent and future ("will send", "decided to send"),
 * and reported speech ("X said that ...", "according to X", "X accused Y of ...", "Y is said to ...").
 * Stateless; the article's last claimant is passed in for "is said to" and "reportedly".
 */
public final class Modality {
    /** Verbs that report what someone else says or believes. */
    public static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "claim", "allege",
            "state", "add", "note", "write", "insist", "confirm", "believe", "estimate", "suggest", "quote",
            "assert", "declare", "accuse", "charge", "blame", "suspect", "warn", "indicate", "reveal", "disclose",
            "explain", "stress", "emphasize", "emphasise", "argue", "maintain", "contend", "acknowledge",
            "admit", "deny", "dismiss", "reject", "respond", "reply", "post", "tweet", "testify", "think", "conclude",
            "determine",
            // nouns whose that-clause is someone's word, not the narrator's: "an admission by Moscow that ..."
            "admission", "acknowledgement", "acknowledgment", "confirmation", "assurance", "allegation", "assertion",
            "accusation", "rumour", "rumor", "statement", "announcement", "suspicion", "belief");
    private static final Set<String> DENYING = Set.of("deny", "dismiss", "reject", "refute", "rebut");
    private static final Set<String> ACCUSING = Set.of("accuse", "charge", "blame", "suspect", "allege", "condemn",
            "criticize", "criticise", "denounce");
    private static final Set<String> INTENT = Set.of("plan", "intend", "decide", "aim", "prepare", "want", "seek",
            "expect", "hope", "promise", "pledge", "vow", "agree", "threaten", "offer", "propose", "consider",
            "plot", "resolve", "commit", "undertake", "mean", "wish", "swear");
    private static final Set<String> NEGATING = Set.of("fail", "refuse", "decline", "stop", "cease", "avoid");
    private static final Set<String> CONDITION = Set.of("if", "unless", "whether", "should");
    private static final Set<String> HEDGE = Set.of("reportedly", "allegedly", "purportedly", "supposedly");
    /** Marks of a clause that dates a past act by another ("a month after Orban hosted Netanyahu"). */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "when", "while", "until", "once");

    private Modality() {
    }

    /**
     * @param lastClaimant the article's most recent named reporter, for unattributed reports; may be null
     */
    public static Modal assess(SentenceActors sa, int v, Mention lastClaimant) {
        Sentence s = sa.sentence();
        boolean negated = isNegated(s, v);
        boolean hypothetical = false;
        boolean planned = hasFuture(s, v);
        boolean reported = false;
        boolean question = false;
        Mention claimant = null;
        String verb = null;
        String stance = "asserts";

        if (hasModalDoubt(s, v) || hasAux(s, v, "must") || hasAux(s, v, "should") || hasAux(s, v, "ought")) {
            hypothetical = true; // "Iraq must cooperate" says what ought to happen, not what did
        } else if (hasAux(s, v, "would")) {
            planned = true; // "said they would send": the future of reported speech
        }
        for (int c : s.children(v)) {
            if (s.rel(c).equals("advmod") && HEDGE.contains(s.token(c).lower())) {
                reported = true;
                claimant = lastClaimant;
                verb = s.token(c).word();
            }
        }
        List<Mention> via = new ArrayList<>();
        // "according to X" on the predicate or any clause above it
        int cur = v;
        int guard = 0;
        boolean anchored = false;
        while (cur >= 0 && guard++ < 12) {
            for (int c : s.children(cur)) {
                String p = Frames.prepOf(s, c);
                if (p.equals("according_to") && (s.rel(c).startsWith("obl") || s.rel(c).startsWith("nmod"))) {
                    if (!reported) {
                        reported = true;
                        claimant = sa.mention(c);
                        verb = "according to";
                    } else if (sa.mention(c) != null && cur != v) {
                        via.add(sa.mention(c)); // "the NIS said ..., according to Yonhap": Yonhap relays the NIS
                    }
                }
                // "Y attacked Z, X said" and "As X reported, Y ...": the reporting verb hangs from the reported clause
                boolean asClause = s.rel(c).equals("advcl") && Frames.hasMark(s, c, "as");
                // the parser also hangs a trailing "..., the minister said" as a clausal complement of the report
                boolean trailing = s.rel(c).equals("ccomp") && c > cur && !s.hasChild(c, "ccomp")
                        && !s.hasChild(c, "mark") && s.hasChild(c, "nsubj");
                // "Hamas released 33 hostages and Israel freed 1,900 prisoners, mediators said": the report hangs from
                // the last conjunct and covers the whole conjoined statement
                if (s.rel(c).equals("conj") && c > cur && s.token(c).isVerb() && !reported) {
                    for (int k : s.children(c, "parataxis")) {
                        if (k > c && REPORTING.contains(s.token(k).lower()) && s.hasChild(k, "nsubj")) {
                            reported = true;
                            claimant = claimantOf(sa, k);
                            verb = s.token(k).word();
                        }
                    }
                }
                if ((s.rel(c).equals("parataxis") || asClause || trailing) && REPORTING.contains(s.token(c).lower())
                        && !reported && c != v) { // (a speech act does not report itself)
                    reported = true;
                    claimant = claimantOf(sa, c);
                    verb = s.token(c).word();
                    if (DENYING.contains(s.token(c).lower())) {
                        stance = "denies";
                    }
                }
            }
            int h = s.head(cur);
            if (h < 0) {
                break;
            }
            String rel = s.rel(cur);
            Token ht = s.token(h);
            String hl = ht.lower();
            if (rel.equals("advcl") && hasConditionMark(s, cur)) {
                hypothetical = true;
            }
            if (anchored) {
                // a past act dated by a clause ("voted to withdraw ... a month after Orban hosted Netanyahu") is not
                // part of the plan, refusal or denial it is attached to; a report above it still reports it
                if (REPORTING.contains(hl) && !DENYING.contains(hl) && !reported
                        && (rel.equals("ccomp") || rel.equals("parataxis"))) {
                    reported = true;
                    verb = ht.word();
                    claimant = claimantOf(sa, h);
                }
                cur = h;
                continue;
            }
            if (Frames.hasMark(s, cur, "whether")) {
                hypothetical = true; // "asked whether Sweden would send troops": a question asserts nothing
                question = true;
            }
            if (rel.equals("xcomp") && INTENT.contains(hl)) {
                planned = true;
            }
            if (rel.equals("xcomp") && NEGATING.contains(hl) && cur == v) {
                negated = true;
            }
            // "denied that ...", "dismissed reports that ...": a denial above overrides a report below it
            if (DENYING.contains(hl) && ht.isVerb() && (rel.equals("ccomp") || rel.equals("obj"))
                    && !"denies".equals(stance)) {
                Mention denier = claimantOf(sa, h);
                if (denier != null || !reported) {
                    claimant = denier;
                }
                reported = true;
                verb = ht.word();
                stance = "denies";
            }
            if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.startsWith("nmod")
                    || rel.startsWith("obl") || rel.equals("advcl") || rel.startsWith("acl") || rel.equals("dep"))
                    && REPORTING.contains(hl) && !reported && reportsThrough(s, cur, h, rel)) {
                reported = true;
                verb = ht.word();
                if (Frames.isPassive(s, h) && rel.equals("xcomp")) {
                    claimant = lastClaimant; // "North Korea is said to have decided ..."
                } else {
                    claimant = claimantOf(sa, h);
                    Mention cited = cited(sa, h);
                    if (cited != null) {
                        // "Yonhap, citing the NIS, said ...": the NIS claims, Yonhap relays
                        if (claimant != null) {
                            via.add(claimant);
                        }
                        claimant = cited;
                    }
                }
                if (DENYING.contains(hl)) {
                    stance = "denies";
                }
                if (isNegated(s, h)) {
                    negated = true;
                }
            }
            // "accused the military of having sent ...": the of-clause may hang from the object
            if (!reported && ACCUSING.contains(hl) && !rel.startsWith("nmod") && !rel.startsWith("obl")) {
                int oc = Frames.ofClause(s, h);
                if (oc >= 0 && s.dominates(oc, v)) {
                    reported = true;
                    verb = ht.word();
                    claimant = claimantOf(sa, h);
                }
            }
            if (isNegated(s, h) && (rel.equals("xcomp") || rel.equals("ccomp")) && !REPORTING.contains(hl)) {
                negated = true;
            }
            if (datesPastAct(s, cur)) {
                anchored = true;
            }
            cur = h;
        }
        if ("denies".equals(stance)) {
            negated = true;
        }
        if (question && !negated) {
            return new Modal(Mode.HYPOTHETICAL, false, null, null, null, List.of());
        }
        Mode mode = negated ? Mode.NEGATED : hypothetical ? Mode.HYPOTHETICAL : planned ? Mode.PLANNED
                : reported ? Mode.CLAIMED : Mode.ASSERTED;
        if (!reported && mode == Mode.ASSERTED) {
            return Modal.ASSERTED;
        }
        // a news outlet passing on what an earlier named source said is an intermediary, not the claimant
        if (reported && claimant != null && isMedia(claimant) && lastClaimant != null && !isMedia(lastClaimant)) {
            via.add(0, claimant);
            claimant = lastClaimant;
        }
        return new Modal(mode, reported, claimant, verb, reported ? stance : null, via);
    }

    /** Whether clause {@code c} is a past act dating the clause it hangs from ("after Germany sanctioned Russia"). */
    public static boolean datesPastAct(Sentence s, int c) {
        return s.rel(c).equals("advcl") && isPastAct(s, c) && hasMarkIn(s, c, TEMPORAL);
    }

    private static boolean hasMarkIn(Sentence s, int c, Set<String> marks) {
        for (String m : marks) {
            if (Frames.hasMark(s, c, m)) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the simple past or past perfect: "hosted", "had accused". */
    private static boolean isPastAct(Sentence s, int v) {
        String tag = s.token(v).tag();
        // (the tagger reads "after Germany sanctioned Russia" as a participle: one with a subject and no passive is
        // the past tense)
        return tag.equals("VBD") || tag.equals("VBN") && (hasAux(s, v, "had")
                || s.hasChild(v, "nsubj") && !s.hasChild(v, "aux:pass") && !s.hasChild(v, "aux"));
    }

    /** Whether clause {@code c} is the reported content of reporting verb {@code h}. */
    private static boolean reportsThrough(Sentence s, int c, int h, String rel) {
        String hl = s.token(h).lower();
        if (rel.equals("ccomp") || rel.equals("parataxis")) {
            return true;
        }
        if (rel.equals("xcomp")) {
            return Frames.isPassive(s, h); // "is said to", "is believed to"
        }
        if ((rel.startsWith("acl") || rel.equals("dep")) && s.token(h).isNoun()) {
            // "an admission by Moscow that Soviet forces murdered ...": a that-clause with its own subject (the
            // parser's relative clause whose "that" fills no slot) says what the noun's owner says
            int subj = Frames.subject(s, c);
            boolean that = false;
            for (int k : s.children(c)) {
                that |= s.token(k).lower().equals("that") && k < c;
            }
            return that && subj >= 0 && !Set.of("that", "which", "who").contains(s.token(subj).lower());
        }
        if (rel.equals("advcl") && c < h && !s.hasChild(c, "mark") && !ACCUSING.contains(hl)) {
            return true; // "Ecuadorian soldiers arrested 30 gang members, the defence ministry said": parsed as advcl
        }
        // "accused X of sending", "blamed X for attacking"
        return ACCUSING.contains(hl) && (Frames.hasMark(s, c, "of") || Frames.hasMark(s, c, "for")
                || s.token(c).tag().equals("VBG") || s.token(c).tag().equals("VBN"));
    }

    /** The source a reporter cites: "X, citing Y, said" or "X said, citing Y". */
    private static Mention cited(SentenceActors sa, int speechVerb) {
        Sentence s = sa.sentence();
        int subj = Frames.subject(s, speechVerb);
        for (int holder : subj >= 0 ? List.of(speechVerb, subj) : List.of(speechVerb)) {
            for (int c : s.children(holder)) {
                if ((s.rel(c).equals("acl") || s.rel(c).equals("advcl") || s.rel(c).equals("xcomp"))
                        && s.token(c).lower().equals("cite")) {
                    int o = s.child(c, "obj");
                    Mention m = o >= 0 ? sa.mention(o) : null;
                    if (m != null && m.resolved()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** News outlets and journalists: they relay claims. */
    public static boolean isMedia(Mention m) {
        return m != null && ("MED".equals(m.actor().sector()) || "media".equals(m.role())
                || "journalist".equals(m.role()));
    }

    private static Mention claimantOf(SentenceActors sa, int speechVerb) {
        int subj = Frames.subject(sa.sentence(), speechVerb);
        return subj >= 0 ? sa.mention(subj) : null;
    }

    public static boolean isNegated(Sentence s, int v) {
        for (int c : s.children(v)) {
            String r = s.rel(c);
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if ((r.equals("advmod") || r.equals("neg")) && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
                return true;
            }
            if (r.equals("advmod") && w.equals("longer") && s.children(c).stream()
                    .anyMatch(n -> s.token(n).lower().equals("no"))) {
                return true; // "will no longer tolerate rallies"
            }
        }
        int o = s.child(v, "obj");
        if (o >= 0) {
            for (int c : s.children(o, "det")) {
                if (s.token(c).lower().equals("no")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasFuture(Sentence s, int v) {
        for (int c : s.children(v, "aux")) {
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("wo")) {
                return true;
            }
        }
        // "is going to send"
        return s.rel(v).equals("xcomp") && s.token(s.head(v)).lower().equals("go")
                && s.token(s.head(v)).tag().equals("VBG");
    }

    private static boolean hasAux(Sentence s, int v, String word) {
        for (int c : s.children(v, "aux")) {
            if (s.token(c).word().toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** "could attack", "might send", or "would escalate" with a condition. */
    private static boolean hasModalDoubt(Sentence s, int v) {
        boolean would = false;
        for (int c : s.children(v, "aux")) {
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("could") || w.equals("might") || w.equals("may")) {
                return true;
            }
            if (w.equals("would")) {
                would = true;
            }
        }
        if (would) {
            for (int c : s.children(v, "advcl")) {
                if (hasConditionMark(s, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasConditionMark(Sentence s, int c) {
        for (int k : s.children(c, "mark")) {
            if (CONDITION.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
