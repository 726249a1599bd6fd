package org.herald.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.actors.ActorResolver;
import org.herald.coding.actors.Mention;
import org.herald.coding.actors.EntryKind;
import org.herald.coding.actors.PhraseMatch;
import org.herald.coding.actors.SentenceActors;
import org.herald.coding.claims.ClaimChains;
import org.herald.coding.claims.SourceLines;
import org.herald.coding.events.EventMatcher;
import org.herald.coding.events.Frames;
import org.herald.coding.events.Hit;
import org.herald.coding.events.IntentTable;
import org.herald.coding.events.PatternSet;
import org.herald.coding.modality.Modal;
import org.herald.coding.modality.Modality;
import org.herald.coding.places.PlaceResolver;
import org.herald.gazetteer.Gazetteer;
import org.herald.model.Place;
import org.herald.coding.quantity.QuantityReader;
import org.herald.coding.time.DateResolver;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Quantity;
import org.herald.model.Span;
import org.herald.model.cameo.CameoCode;
import org.herald.model.cameo.CameoOntology;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.Annotator;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * The function at the centre of herald: an article in, its coded events out. Holds no per-article state
 * and is safe to call from several threads (the annotator it is given must be too).
 */
public final class Coder {
    /** herald's version, the first part of every event's {@code coder} string. */
    public static final String HERALD_VERSION = "0.1.0";
    /** The longest text coded; longer texts are refused with a clear error. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private final Annotator annotator;
    private final ActorDictionary actors;
    private final EventMatcher matcher;
    private final PatternSet patterns;
    private final CameoOntology cameo;
    private final IntentTable intents = IntentTable.standard();
    private final PlaceResolver places;
    private final List<String> domestic = readPrefixes("cameo-domestic.txt");
    private final String coderVersion;
    private final boolean fields;

    public Coder(Annotator annotator, ActorDictionary actors, PatternSet patterns) {
        this(annotator, actors, patterns, true);
    }

    private Coder(Annotator annotator, ActorDictionary actors, PatternSet patterns, boolean fields) {
        this.fields = fields;
        this.patterns = patterns;
        this.annotator = Objects.requireNonNull(annotator);
        this.actors = Objects.requireNonNull(actors);
        this.matcher = new EventMatcher(patterns);
        this.cameo = CameoOntology.standard();
        this.places = new PlaceResolver(Gazetteer.standard(), actors);
        this.coderVersion = "herald/" + HERALD_VERSION + " " + PatternSet.VERSION + " " + ActorDictionary.VERSION
                + " " + CameoOntology.TABLE_VERSION;
    }

    /**
     * The same coder without the event fields of quantities, dates and places (claims stay): the core coder,
     * for measuring what those fields cost ({@code herald bench}).
     */
    public Coder withoutFields() {
        return new Coder(annotator, actors, patterns, false);
    }

    /** The coder string recorded on every event. */
    public String version() {
        return coderVersion;
    }

    public CodedArticle code(Article article) {
        String text = article.text();
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text is " + text.length() + " characters; herald codes at most "
                    + MAX_TEXT_CHARS);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text is empty");
        }
        return code(article, parse(annotator, text));
    }

    /** herald's CoreNLP pipeline, knowing the verbs of the bundled patterns (see {@link CoreNlpAnnotator#retag}). */
    public static CoreNlpAnnotator newAnnotator() {
        PatternSet verbs = PatternSet.standard();
        return new CoreNlpAnnotator(verbs::isVerb);
    }

    /**
     * Parses an article's text as the coder reads it: datelines and "Source:" lines are page furniture, not
     * syntax, so they are blanked before parsing; the offsets still point into {@code text}.
     */
    public static AnnotatedText parse(Annotator nlp, String text) {
        AnnotatedText parsed = nlp.annotate(SourceLines.withoutFurniture(text));
        return new AnnotatedText(text, parsed.sentences());
    }

    /** Codes an article whose text is already parsed (for tests with hand-built parses). */
    public CodedArticle code(Article article, AnnotatedText parsed) {
        ActorResolver resolver = new ActorResolver(actors, parsed.text(), article.date());
        String textHash = sha256(parsed.text());
        List<Event> events = new ArrayList<>();
        Mention lastClaimant = null;
        Set<String> seen = new HashSet<>();
        String upstream = SourceLines.upstream(parsed.text());
        Map<String, List<String>> relays = new HashMap<>();
        Set<String> countries = new HashSet<>();
        Place dateline = fields ? places.dateline(parsed.text(), countries) : null;
        Map<String, Integer> objectOf = new HashMap<>();
        List<Unnamed> unnamedSides = new ArrayList<>();
        List<Unnamed> agentless = new ArrayList<>();
        Map<String, Token> triggerOf = new HashMap<>();
        for (Sentence s : parsed.sentences()) {
            SentenceActors sa = resolver.sentence(s);
            for (Mention m : sa.mentions()) {
                if (m.actor().country() != null) {
                    countries.add(m.actor().country());
                }
            }
            List<Hit> hits = matcher.match(sa);
            Map<Integer, Hit> byTrigger = new HashMap<>();
            for (Hit h : hits) {
                byTrigger.put(h.trigger(), h);
            }
            hits = refineIntents(sa, hits, byTrigger);
            hits = sharedTargets(sa, hits);
            hits = mediatedParties(sa, hits);
            hits = threatened(sa, hits);
            for (Hit h : hits) {
                if (suppressed(s, h, byTrigger)) {
                    continue;
                }
                Modal modal = ownNegation(ownConditional(Modality.assess(sa, h.trigger(), lastClaimant), h), h);
                Place where = fields ? places.inClause(sa, h.trigger(), countries,
                        h.pattern().rootNumber() >= 18) : null;
                if (h.sources().isEmpty() && h.targets().isEmpty() && h.pattern().symmetric()) {
                    unnamedSides.add(new Unnamed(sa, h, modal, where != null ? where : dateline));
                    continue;
                }
                List<Event> coded = events(article, parsed.text(), textHash, sa, h, modal, upstream,
                        where != null ? where : dateline);
                if (coded.isEmpty() && h.sources().isEmpty()
                        && (h.pattern().rootNumber() >= 18 || h.pattern().pos() == 'n')
                        && modal.mode() != Mode.NEGATED && modal.mode() != Mode.HYPOTHETICAL && !shotDown(s, h)) {
                    agentless.add(new Unnamed(sa, h, modal, where != null ? where : dateline));
                }
                for (Event e : coded) {
                    if (seen.add(e.eventId())) {
                        events.add(e);
                        triggerOf.put(e.eventId(), s.token(h.trigger()));
                        int o = Frames.object(s, h.trigger());
                        if (o >= 0) {
                            objectOf.put(e.eventId(), s.index() * 10_000 + o);
                        }
                    }
                }
            }
            for (Event e : blamedAgents(article, parsed.text(), textHash, sa, hits, agentless, upstream)) {
                if (seen.add(e.eventId())) {
                    events.add(e);
                }
            }
            lastClaimant = latestReporter(sa, lastClaimant);
            recordRelays(sa, lastClaimant, relays);
        }
        String[] dyad = conflictDyad(events);
        for (Unnamed u : unnamedSides) {
            if (dyad == null) {
                break;
            }
            Hit h = u.hit();
            Hit both = new Hit(h.trigger(), h.pattern(), h.lightNoun(), List.of(side(u.sa(), parsed.text(), h, dyad[0]),
                    side(u.sa(), parsed.text(), h, dyad[1])), List.of());
            for (Event e : events(article, parsed.text(), textHash, u.sa(), both, u.modal(), upstream, u.where())) {
                if (seen.add(e.eventId())) {
                    events.add(e);
                }
            }
        }
        events = answeredActs(parsed, events, objectOf);
        events = continuedActs(events);
        events = otherSide(parsed.text(), events, dyad, triggerOf);
        if (fields) {
            events = elaboratePlaces(parsed, resolver, events, objectOf, countries, dateline);
        }
        return new CodedArticle(article, ClaimChains.link(events, relays));
    }

    /**
     * An event inside the "to"-complement of another coded event is part of it ("threatened to attack" is
     * one threat); a plain statement whose reported clause holds a coded event gives way to that event.
     */
    private static boolean suppressed(Sentence s, Hit h, Map<Integer, Hit> byTrigger) {
        int v = h.trigger();
        if (h.pattern().pos() == 'n') {
            // "Israeli airstrikes hit Gaza City": the verb's event says it all; "demanded an end to Houthi attacks",
            // "any Chinese attack on Taiwan would ...": what is asked for or supposed has not happened
            if (s.rel(v).startsWith("nsubj") && byTrigger.containsKey(s.head(v))) {
                return true;
            }
            for (int c : s.children(v, "det")) {
                if (s.token(c).lower().equals("any")) {
                    return true;
                }
            }
            for (int k = s.head(v), guard = 0; k >= 0 && guard < 6; k = s.head(k), guard++) {
                Hit above = byTrigger.get(k);
                if (above != null && DESIRING_ROOTS.contains(above.pattern().cameo().substring(0, 2))) {
                    return true;
                }
                if (s.token(k).isVerb()) {
                    break;
                }
            }
        }
        if ((s.rel(v).equals("xcomp") || s.rel(v).equals("advcl") && Frames.hasMark(s, v, "to"))
                && byTrigger.containsKey(s.head(v))) {
            Hit matrix = byTrigger.get(s.head(v));
            if (!matrix.pattern().speech() || !matrix.pattern().cameo().startsWith("01")) {
                return true;
            }
        }
        // what an appeal, demand, refusal or threat asks for has not happened: "demanded that the US cancel ..."
        for (int k = s.head(v), child = v, guard = 0; k >= 0 && guard < 8; child = k, k = s.head(k), guard++) {
            if (Modality.datesPastAct(s, child)) {
                break; // "refused to meet France after Germany sanctioned Russia": the sanctions are no request
            }
            Hit above = byTrigger.get(k);
            String rel = s.rel(child);
            if ((rel.equals("ccomp") || rel.equals("acl")) && DESIRES.contains(s.token(k).lower())) {
                return true; // "reiterated its demand that Israel ease restrictions": asked for, not done
            }
            if (above != null && (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("advcl"))
                    && DESIRING_ROOTS.contains(above.pattern().cameo().substring(0, 2))) {
                return true;
            }
        }
        if (h.pattern().speech() && h.pattern().cameo().startsWith("01") && !h.pattern().denial()) {
            for (Hit other : byTrigger.values()) {
                if (other != h && s.dominates(v, other.trigger())) {
                    return true;
                }
                if (other != h && s.rel(v).equals("parataxis") && s.head(v) == other.trigger()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A generic intent or threat ("offered to", "agreed to", "threatened to") takes the specific code of the
     * act in its "to"-complement: "offered to host talks" is 036, "threatened to impose a curfew" 1323.
     */
    private List<Hit> refineIntents(SentenceActors sa, List<Hit> hits, Map<Integer, Hit> byTrigger) {
        Sentence s = sa.sentence();
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            String code = h.pattern().cameo();
            boolean generic = code.equals("030") || code.equals("03") || code.equals("130") || code.equals("13");
            boolean refusal = code.startsWith("12");
            Hit inner = null;
            if (generic || refusal) {
                for (int c : s.children(h.trigger(), "xcomp")) {
                    if (byTrigger.containsKey(c)) {
                        inner = byTrigger.get(c);
                    }
                }
            }
            if ((generic || refusal) && inner == null && h.targets().isEmpty()) {
                // "refused to recognise Maduro's victory", "threatened to expel the envoy": the object of the act
                Mention t = complementObject(sa, h.trigger());
                if (t != null) {
                    Hit r = new Hit(h.trigger(), h.pattern(), h.lightNoun(), h.sources(), List.of(t));
                    byTrigger.put(h.trigger(), r);
                    out.add(r);
                    continue;
                }
            }
            if (refusal && inner != null && h.targets().isEmpty() && !inner.targets().isEmpty()) {
                // "refused to meet Jordan's king": the refused act names the other side
                Hit r = new Hit(h.trigger(), h.pattern(), h.lightNoun(), h.sources(), inner.targets());
                byTrigger.put(h.trigger(), r);
                out.add(r);
                continue;
            }
            String refined = inner == null || refusal ? null : intents.intentOf(inner.pattern().cameo());
            // a threat refines only into a threat; a generic readiness ("is prepared to impose martial law") into
            // whichever the act announced is, an intent or a threat
            boolean fits = refined != null && (code.startsWith("03") || refined.startsWith("13"));
            if (fits) {
                List<Mention> targets = h.targets().isEmpty() ? inner.targets() : h.targets();
                Hit r = new Hit(h.trigger(), h.pattern().withCameo(refined), h.lightNoun(), h.sources(), targets);
                byTrigger.put(h.trigger(), r);
                out.add(r);
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * A speaker's conditional about its own act ("said it would ban the opposition if it won", "warned that
     * Tehran could close the strait") is a promise or a threat, not a mere hypothesis: it is planned, and so
     * coded as the intent or threat of that act.
     */
    /** "X would not comment" is a refusal to comment (011) that happened: the pattern codes the negation itself. */
    public static Modal ownNegation(Modal m, Hit h) {
        if (!h.pattern().negated() || m.mode() != Mode.NEGATED || "denies".equals(m.stance())) {
            return m;
        }
        return m.reported() ? new Modal(Mode.CLAIMED, true, m.claimant(), m.verb(), m.stance(), m.via()) : Modal.ASSERTED;
    }

    private static Modal ownConditional(Modal m, Hit h) {
        if (m.mode() != Mode.HYPOTHETICAL || !m.reported() || m.claimant() == null || h.sources().isEmpty()) {
            return m;
        }
        Actor speaker = m.claimant().actor();
        for (Mention src : h.sources()) {
            Actor a = src.actor();
            boolean same = a.country() != null && a.country().equals(speaker.country())
                    || a.org() != null && a.org().equals(speaker.org());
            if (same) {
                return new Modal(Mode.PLANNED, true, m.claimant(), m.verb(), m.stance(), m.via());
            }
        }
        return m;
    }

    /** The resolved object of the trigger's "to"-complement, or its owner ("Maduro's victory"), or null. */
    private static Mention complementObject(SentenceActors sa, int v) {
        Sentence s = sa.sentence();
        for (int x : s.children(v, "xcomp")) {
            Mention m = actedOn(sa, x, 0);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Prepositions whose phrase names who a planned act is for or against: "hand over to Britain". */
    private static final Set<String> TOWARDS = Set.of("to", "with", "for", "against", "on", "from");

    /**
     * Who the act of a "to"-complement is done to: its object, the owner of its object ("Maduro's victory"), a
     * "to"/"with"/"for" phrase ("offered to hand over two nationals to Britain"), or the same one level down
     * ("is willing to send material to help defend Saudi Arabia").
     */
    private static Mention actedOn(SentenceActors sa, int x, int depth) {
        Sentence s = sa.sentence();
        int o = Frames.object(s, x);
        if (o >= 0) {
            Mention m = sa.mention(o);
            if (m != null && m.resolved()) {
                return m;
            }
            for (int c : s.children(o)) {
                if (s.rel(c).equals("nmod:poss") || s.rel(c).startsWith("nmod") && Frames.prepOf(s, c).equals("of")) {
                    Mention inner = sa.mention(c);
                    if (inner != null && inner.resolved()) {
                        return inner;
                    }
                }
            }
        }
        for (int c : s.children(x)) {
            if (s.rel(c).startsWith("obl") && TOWARDS.contains(Frames.prepOf(s, c))) {
                Mention m = sa.mention(c);
                if (m != null && m.resolved()) {
                    return m;
                }
            }
        }
        if (depth < 2) {
            for (int c : s.children(x)) {
                if (s.rel(c).equals("xcomp") || s.rel(c).equals("advcl") && Frames.hasMark(s, c, "to")) {
                    Mention m = actedOn(sa, c, depth + 1);
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** The subject of the sentence's last reporting verb, kept for later "is said to" reports. */
    private static Mention latestReporter(SentenceActors sa, Mention current) {
        Sentence s = sa.sentence();
        Mention found = current;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).isVerb() && Modality.REPORTING.contains(s.token(i).lower()) && !Frames.isPassive(s, i)) {
                int subj = Frames.subject(s, i);
                Mention m = subj >= 0 ? sa.mention(subj) : null;
                if (m != null && m.resolved() && !Modality.isMedia(m)) {
                    found = m;
                }
            }
        }
        return found;
    }

    /** News outlets the sentence cites ("According to the NOS", "As NOS further reported") relay the last claimant. */
    private static void recordRelays(SentenceActors sa, Mention claimant, Map<String, List<String>> relays) {
        if (claimant == null) {
            return;
        }
        Sentence s = sa.sentence();
        for (int i = 0; i < s.size(); i++) {
            int relay = -1;
            String rel = s.rel(i);
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && Frames.prepOf(s, i).equals("according_to")) {
                relay = i;
            } else if (s.token(i).isVerb() && Modality.REPORTING.contains(s.token(i).lower())
                    && (Frames.hasMark(s, i, "as") || s.rel(i).equals("parataxis") || s.hasChild(i, "ccomp"))) {
                relay = Frames.subject(s, i);
            }
            if (relay >= 0 && s.token(relay).isPronoun()) {
                relay = -1;
            }
            Mention m = relay >= 0 ? sa.mention(relay) : null;
            if (Modality.isMedia(m)) {
                List<String> l = relays.computeIfAbsent(ClaimChains.key(Claimant.of(claimant.actor())), k -> new ArrayList<>());
                String name = names(List.of(m)).get(0);
                if (!l.contains(name)) {
                    l.add(name);
                }
            }
        }
    }

    /** A mutual act whose sides the sentence leaves unnamed, waiting for the article's warring pair. */
    /**
     * "Rutte met Zelensky and discussed air defence", "Germany apologised to Namibia and pledged 1.1 billion euros
     * in development aid": a verb conjoined to another, sharing its subject and naming no other side of its own, acts
     * on the first verb's other side. Only a named other side carries over (resolved actors, not places or people
     * the text leaves unnamed).
     */
    private static List<Hit> sharedTargets(SentenceActors sa, List<Hit> hits) {
        Sentence s = sa.sentence();
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            int v = h.trigger();
            int first = s.head(v);
            if (!h.targets().isEmpty() || h.sources().isEmpty() || !s.rel(v).equals("conj") || first < 0 || first > v
                    || !s.token(v).isVerb() || !s.token(first).isVerb() || s.hasChild(v, "nsubj")
                    || s.hasChild(v, "nsubj:pass") || h.pattern().target().equals(List.of("-"))
                    || h.pattern().rootNumber() >= 17 && namesOwnPlace(sa, v)) {
                // ("kidnapped 16 Russian advisers ... and exploded bombs in the capital Kabul": force used where the
                // conjunct says is on that place, not on the first verb's victims)
                out.add(h);
                continue;
            }
            List<Mention> shared = null;
            for (Hit o : hits) {
                if (o.trigger() == first && !o.targets().isEmpty() && o.targets().stream().allMatch(Mention::resolved)) {
                    shared = o.targets();
                }
            }
            out.add(shared == null ? h : new Hit(v, h.pattern(), h.lightNoun(), h.sources(), shared));
        }
        return out;
    }

    /** Whether a phrase of where on the verb or its object names a known place: "in the capital Kabul". */
    private static boolean namesOwnPlace(SentenceActors sa, int v) {
        int o = Frames.object(sa.sentence(), v);
        // ("exploded a series of bombs in the capital Kabul": the phrase may hang from the object)
        return countryIn(sa, v) != null || o >= 0 && countryIn(sa, o) != null;
    }

    /**
     * "Iran and the United States held indirect negotiations, mediated by Oman"; "restored relations under a deal
     * brokered by China"; "prisoners were freed by Russia in an exchange mediated by the UAE": a mediation that
     * names no parties of its own mediates between those who do what it qualifies, the subjects (or the agent
     * and the patient) of the clause its noun belongs to.
     */
    private static List<Hit> mediatedParties(SentenceActors sa, List<Hit> hits) {
        Sentence s = sa.sentence();
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            int v = h.trigger();
            // (a passive mediation's "by" phrase can fill both slots: "talks, mediated by Russia")
            boolean ownTargets = h.targets().stream().anyMatch(t -> h.sources().stream().noneMatch(x -> x.head() == t.head()));
            if (!h.pattern().cameo().equals("045") || ownTargets || !s.token(v).isVerb()) {
                out.add(h);
                continue;
            }
            int g = -1;
            String r = s.rel(v);
            if (r.equals("acl") && s.head(v) >= 0) {
                int n = s.head(v);
                String nr = s.rel(n);
                if (nr.equals("obj") || nr.startsWith("obl") || nr.startsWith("nmod") || nr.equals("nsubj:pass")) {
                    g = s.head(n);
                }
            } else if (r.equals("dep") || r.equals("advcl")) {
                g = s.head(v);
            }
            List<Mention> sources = h.sources();
            List<Integer> by = Frames.prep(s, v, -1, "by");
            Mention agent = by.isEmpty() ? null : sa.mention(by.get(0));
            if (agent != null && agent.resolved() && s.token(v).tag().equals("VBN")) {
                sources = List.of(agent); // "negotiations, mediated by Oman's foreign minister" (read as a dep)
            }
            List<Mention> parties = new ArrayList<>();
            if (g >= 0 && s.token(g).isVerb()) {
                int subj = Frames.subject(s, g);
                List<Integer> heads = new ArrayList<>(subj >= 0 ? Frames.withConjuncts(s, subj) : List.of());
                if (Frames.isPassive(s, g) && s.child(g, "nsubj:pass") >= 0) {
                    heads.addAll(Frames.withConjuncts(s, s.child(g, "nsubj:pass")));
                }
                for (int k : heads) {
                    Mention m = sa.mention(k);
                    if (m != null && m.resolved()
                            && sources.stream().noneMatch(x -> x.actor().code().equals(m.actor().code()))) {
                        parties.add(m);
                    }
                }
            }
            out.add(parties.isEmpty() ? h : new Hit(v, h.pattern(), h.lightNoun(), sources, parties));
        }
        return out;
    }

    private static final Set<String> ACCUSING_STATES = Set.of("GOV", "MIL");

    /** Prepositions of what an act follows or answers. */
    private static final Set<String> AFTER = Set.of("after", "following", "amid", "over");

    /** Prepositions by which a show of force names whom it is aimed at, one phrase down: "to waters off Venezuela". */
    private static final Set<String> AIMED = Set.of("off", "near", "toward", "towards", "along", "to");

    /**
     * Whom a show of force answers or is aimed at, named in its own phrases: the foreign actor of the act it follows
     * ("after Indian strikes"), the one it warns ("as a warning to Hezbollah"), the state whose waters or border it
     * nears ("to waters off Venezuela"). Null when none is named.
     */
    private static Actor provokedBy(SentenceActors sa, int v, Actor src) {
        Sentence s = sa.sentence();
        for (int c : s.children(v)) {
            if (!(s.rel(c).startsWith("obl") || s.rel(c).startsWith("nmod"))) {
                continue;
            }
            String p = Frames.prepOf(s, c);
            Mention m = sa.mention(c);
            if (AFTER.contains(p) && foreign(m, src)) {
                return m.actor();
            }
            for (int k : s.children(c)) {
                Mention inner = sa.mention(k);
                boolean warned = p.equals("as") && Frames.prepOf(s, k).equals("to"); // "as a warning to X"
                boolean near = AIMED.contains(p) && AIMED.contains(Frames.prepOf(s, k)) && !p.equals("to")
                        || p.equals("to") && !Frames.prepOf(s, k).equals("to") && AIMED.contains(Frames.prepOf(s, k));
                if ((warned || near) && s.rel(k).startsWith("nmod") && foreign(inner, src)) {
                    return inner.actor();
                }
            }
        }
        return null;
    }

    private static boolean foreign(Mention m, Actor src) {
        return m != null && m.resolved() && (m.actor().org() != null
                || m.actor().country() != null && !m.actor().country().equals(src.country()));
    }

    /** The state that reports an act of another state, when a state (its government or military) is the claimant. */
    private static Actor reportingState(Modal modal, Actor src) {
        if (!modal.reported() || modal.claimant() == null) {
            return null;
        }
        Actor a = modal.claimant().actor();
        if (a.country() == null || a.org() != null || a.sector() != null && !ACCUSING_STATES.contains(a.sector())
                || a.country().equals(src.country())) {
            return null;
        }
        return a;
    }

    /**
     * The accusing state, as the victim of violence it accuses another state of without naming a victim; null when
     * the event is not such an accusation (a rights group or a court accusing, or an accuser of the same country).
     */
    private static Actor accuserVictim(Modal modal, boolean violent, Actor src) {
        if (!violent || modal.verb() == null) {
            return null;
        }
        String verb = modal.verb().toLowerCase(Locale.ROOT);
        return verb.startsWith("accus") || verb.startsWith("blam") ? reportingState(modal, src) : null;
    }

    /**
     * Force between the police and the people is not war: "demonstrators clashed with riot police" is a violent
     * protest (145) on the people's side and violent repression (175) on the police's; so is the police firing on
     * a crowd. Other military force keeps its code.
     */
    private CameoCode streetCode(CameoCode code, Actor src, Actor tgt) {
        if (!code.root().equals("19") || tgt == null) {
            return code;
        }
        if ("CVL".equals(src.sector()) && "COP".equals(tgt.sector())) {
            return cameo.get("145");
        }
        if ("COP".equals(src.sector()) && "CVL".equals(tgt.sector())) {
            return cameo.get("175");
        }
        return code;
    }

    private static final Set<String> KILLING = Set.of("kill", "murder", "slay");

    /** The kind of attack a killing was done in, by the word before "attack": "killed three people in a knife attack". */
    private static final Map<String, String> ATTACK_KINDS = Map.ofEntries(Map.entry("knife", "180"),
            Map.entry("machete", "180"), Map.entry("stabbing", "180"), Map.entry("suicide", "1831"),
            Map.entry("car", "1832"), Map.entry("truck", "1832"), Map.entry("roadside", "1833"), Map.entry("air", "195"),
            Map.entry("drone", "195"), Map.entry("missile", "195"), Map.entry("rocket", "194"),
            Map.entry("artillery", "194"), Map.entry("mortar", "194"), Map.entry("sniper", "193"));

    /**
     * What a killing with no weapon of its own was: the kind of attack it was done in ("killed three people in a
     * knife attack" is 180, "in an air strike" 195), or the assassination of one named person ("Iranian nuclear
     * scientist Mohsen Fakhrizadeh was killed" is 186). Null when neither says.
     */
    private static String killingCode(Sentence s, int v) {
        for (int c : s.children(v)) {
            if (!s.rel(c).startsWith("obl") || !Frames.prepOf(s, c).equals("in")) {
                continue;
            }
            for (int m : s.children(c)) {
                String r = s.rel(m);
                String kind = ATTACK_KINDS.get(s.token(m).word().toLowerCase(Locale.ROOT));
                if ((r.equals("compound") || r.equals("amod")) && kind != null) {
                    return kind;
                }
            }
        }
        int o = Frames.object(s, v);
        if (o >= 0 && "PERSON".equals(s.token(o).ner()) && !s.token(o).tag().endsWith("S")
                && s.children(o, "conj").isEmpty()) {
            return "186";
        }
        return null;
    }

    /** What kills when a bomb is the killer: "a car bomb killed", "a bombing that killed". */
    private static final Set<String> BOMBS = Set.of("bomb", "bombing", "blast", "explosion", "ied", "device",
            "explosive");

    private static boolean bombing(Sentence s, int v) {
        if (!s.token(v).isVerb()) {
            return false;
        }
        int subj = Frames.subject(s, v);
        if (subj < 0) {
            subj = s.child(v, "nsubj");
        }
        return subj >= 0 && BOMBS.contains(s.token(subj).lemma().toLowerCase(Locale.ROOT));
    }

    /** What air defences shoot down: an act on these is the defender's, not the attacker's. */
    private static final Set<String> MUNITIONS = Set.of("drone", "missile", "rocket", "projectile", "shell", "aircraft",
            "plane", "jet", "warplane", "helicopter", "balloon", "uav", "bomb");

    private static boolean shotDown(Sentence s, Hit h) {
        int o = Frames.object(s, h.trigger());
        return o >= 0 && MUNITIONS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs that lay an act on someone without saying they did it. */
    private static final Set<String> BLAMING = Set.of("blame", "accuse", "suspect");

    /**
     * "A Russian general was killed by a bomb ..., and Russian investigators blamed Ukraine's SBU"; "the Kremlin
     * blamed Kyiv for what it called an assassination attempt": a violent act the text gives no agent is, by the
     * claim of the one who blames, the act of the one blamed. Only acts of this sentence or the one before are
     * answered, and each only once; the blaming itself stays its own event (112).
     */
    private List<Event> blamedAgents(Article article, String text, String textHash, SentenceActors sa, List<Hit> hits,
                                     List<Unnamed> agentless, String upstream) {
        List<Event> out = new ArrayList<>();
        Sentence s = sa.sentence();
        for (Hit b : hits) {
            int of = Frames.ofClause(s, b.trigger());
            // "Al-Shabaab claimed two car bombs that killed more than 100 people": who claims an act did it, by
            // their own claim
            boolean claimsIt = b.pattern().cameo().equals("015") && !b.sources().isEmpty();
            // "A bomb killed general Kirillov ..., and a security source said the SBU carried out the killing": the
            // one who carried out the act just told did it, on the word of whoever says so
            boolean didIt = !claimsIt && b.pattern().rootNumber() >= 18
                    && !b.sources().isEmpty() && b.sources().get(0).resolved() && toldAct(s, b.trigger());
            if (didIt) {
                Modal said = Modality.assess(sa, b.trigger(), null);
                Mention who = said.reported() && said.claimant() != null ? said.claimant() : null;
                for (java.util.Iterator<Unnamed> it = agentless.iterator(); it.hasNext(); ) {
                    Unnamed u = it.next();
                    int gap = s.index() - u.sa().sentence().index();
                    if (gap < 0 || gap > 1 || u.hit().pattern().pos() == 'n'
                            || u.hit().pattern().rootNumber() < 18) {
                        continue;
                    }
                    it.remove();
                    Hit h = u.hit();
                    Modal m = who == null ? Modal.ASSERTED
                            : new Modal(Mode.CLAIMED, true, who, said.verb(), "asserts", List.of());
                    out.addAll(events(article, text, textHash, u.sa(),
                            new Hit(h.trigger(), h.pattern(), h.lightNoun(), b.sources(), h.targets()), m, upstream,
                            u.where()));
                }
                continue;
            }
            if (!claimsIt && (!b.pattern().cameo().startsWith("112") || b.targets().isEmpty() || b.sources().isEmpty()
                    || !BLAMING.contains(s.token(b.trigger()).lemma().toLowerCase(Locale.ROOT))
                    || of >= 0 && s.token(of).isVerb())) {
                continue; // "accused X of sending": the gerund has its subject already
            }
            Mention blamer = b.sources().get(0);
            List<Mention> doers = claimsIt ? b.sources() : b.targets();
            for (java.util.Iterator<Unnamed> it = agentless.iterator(); it.hasNext(); ) {
                Unnamed u = it.next();
                int gap = s.index() - u.sa().sentence().index();
                boolean within = gap == 0 && s.dominates(b.trigger(), u.hit().trigger());
                // an act named by a noun is blamed only inside the blaming ("accusing Israel of genocide", "blamed
                // Russia for an arson attack"); an act told by a verb, in this sentence or the one before
                boolean near = !claimsIt && u.hit().pattern().pos() != 'n' && of < 0 && gap >= 0 && gap <= 1;
                if (!within && !near) {
                    continue;
                }
                it.remove();
                Hit h = u.hit();
                Hit blamed = new Hit(h.trigger(), h.pattern(), h.lightNoun(), doers, h.targets());
                Modal claimed = new Modal(Mode.CLAIMED, true, blamer, s.token(b.trigger()).word(), "asserts",
                        List.of());
                out.addAll(events(article, text, textHash, u.sa(), blamed, claimed, upstream, u.where()));
            }
        }
        return out;
    }

    /** Whether the trigger's object is a definite act noun, an act the text has just told: "carried out the killing". */
    private static boolean toldAct(Sentence s, int v) {
        int o = Frames.object(s, v);
        if (o < 0 || !ACT_NOUNS.containsKey(s.token(o).lower())) {
            return false;
        }
        for (int d : s.children(o, "det")) {
            if (s.token(d).lower().equals("the")) {
                return true;
            }
        }
        return false;
    }

    private record Unnamed(SentenceActors sa, Hit hit, Modal modal, Place where) {
    }

    /**
     * The two sides of the article's fighting: the pair of countries its conflict events (roots 18-20) join most
     * often, or null when it reports none. A mutual act whose sides the text leaves unnamed ("the ceasefire agreed
     * on Monday was still holding") is theirs.
     */
    private static String[] conflictDyad(List<Event> events) {
        Map<String, Integer> pairs = new HashMap<>();
        for (Event e : events) {
            int r = Integer.parseInt(e.root());
            Actor a = e.sourceActor();
            Actor b = e.targetActor();
            if (r < 18 || b == null || a.country() == null || b.country() == null || a.country().equals(b.country())
                    || e.mode() == Mode.NEGATED || e.mode() == Mode.HYPOTHETICAL) {
                continue;
            }
            String key = a.country().compareTo(b.country()) < 0 ? a.country() + " " + b.country()
                    : b.country() + " " + a.country();
            pairs.merge(key, 1, Integer::sum);
        }
        return pairs.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(en -> en.getKey().split(" ")).orElse(null);
    }

    /**
     * "Russian troops took control of Avdiivka after Ukrainian forces withdrew": in an article about the fighting of
     * two states, one side's violence or military withdrawal that names no other side is against, or away from,
     * the other. The target's span is the trigger that implies it.
     */
    private static List<Event> otherSide(String text, List<Event> events, String[] dyad, Map<String, Token> triggerOf) {
        if (dyad == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Token t = triggerOf.get(e.eventId());
            String own = e.sourceActor().country();
            boolean military = Integer.parseInt(e.root()) >= 18 || e.cameo().startsWith("087");
            if (e.targetActor() != null || t == null || !military || own == null || e.sourceActor().org() != null
                    || e.mode() == Mode.HYPOTHETICAL || !(own.equals(dyad[0]) || own.equals(dyad[1]))) {
                out.add(e);
                continue;
            }
            String other = own.equals(dyad[0]) ? dyad[1] : dyad[0];
            out.add(e.withTarget(new Actor(text.substring(t.begin(), t.end()), null, other, null, null, t.begin(),
                    t.end())));
        }
        return out;
    }

    /** One side of the article's fighting as the actor of a mutual act; the span is the trigger that implies it. */
    private static Mention side(SentenceActors sa, String text, Hit h, String country) {
        Token t = sa.sentence().token(h.trigger());
        Actor a = new Actor(text.substring(t.begin(), t.end()), null, country, null, null, t.begin(), t.end());
        return new Mention(a, sa.sentence().index(), h.trigger(), null, false, false, "implied:sides");
    }

    /**
     * "North Korea has sent 3,000 soldiers to Russia. Pyongyang plans to send a total of 15,000 troops": the same
     * act by the same actor, told again without its other side, has the other side it had (within three
     * sentences). The target keeps the span of the words that named it.
     */
    private static List<Event> continuedActs(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.targetActor() != null || e.sourceActor().country() == null || e.mode() == Mode.HYPOTHETICAL) {
                continue;
            }
            String rule = patternId(e.rule());
            for (int k = i - 1; k >= 0; k--) {
                Event before = out.get(k);
                if (e.sentence() - before.sentence() > 3) {
                    break;
                }
                Actor t = before.targetActor();
                if (t != null && t.country() != null && patternId(before.rule()).equals(rule)
                        && e.sourceActor().country().equals(before.sourceActor().country())
                        && !t.country().equals(e.sourceActor().country())) {
                    out.set(i, e.withTarget(t));
                    break;
                }
            }
        }
        return out;
    }

    private static String patternId(String rule) {
        int colon = rule.indexOf(':');
        return colon < 0 ? rule : rule.substring(0, colon);
    }

    /** Nouns that name an earlier act, and the codes of the acts they can name. */
    private static final Map<String, List<String>> ACT_NOUNS = Map.ofEntries(
            Map.entry("criticism", List.of("11")), Map.entry("condemnation", List.of("11")),
            Map.entry("rebuke", List.of("11")), Map.entry("remark", List.of("01", "11")),
            Map.entry("accusation", List.of("112")), Map.entry("allegation", List.of("112")),
            Map.entry("charge", List.of("112")), Map.entry("sanction", List.of("163")),
            Map.entry("measure", List.of("163", "17")), Map.entry("embargo", List.of("163")),
            Map.entry("penalty", List.of("163")), Map.entry("tariff", List.of("163")),
            Map.entry("expulsion", List.of("161", "174")), Map.entry("summons", List.of("110")),
            Map.entry("summoning", List.of("110")), Map.entry("threat", List.of("13")),
            Map.entry("ultimatum", List.of("13")), Map.entry("crackdown", List.of("17")),
            Map.entry("arrest", List.of("173")), Map.entry("detention", List.of("173")),
            Map.entry("attack", List.of("18", "19")), Map.entry("strike", List.of("19")),
            Map.entry("shelling", List.of("19")), Map.entry("bombing", List.of("18", "19")),
            Map.entry("raid", List.of("19", "17")), Map.entry("deployment", List.of("15", "07")),
            Map.entry("killing", List.of("18", "19", "20")), Map.entry("assassination", List.of("18")),
            Map.entry("invasion", List.of("19")), Map.entry("annexation", List.of("19")));

    /** Reactions that take as their target the one whose act they answer. */
    private static final Set<String> ANSWERING_ROOTS = Set.of("10", "11", "12", "13", "01");

    /**
     * "Castellanos had condemned the sanctions", "the prime minister rejected the criticism": a reaction whose
     * object names an earlier act of the article ("the sanctions" after "the EU imposed sanctions") targets the
     * one who did it. The target's span is the noun that names the act.
     */
    private static List<Event> answeredActs(AnnotatedText parsed, List<Event> events, Map<String, Integer> objectOf) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            Integer at = objectOf.get(e.eventId());
            if (e.targetActor() != null || at == null || !ANSWERING_ROOTS.contains(e.root())) {
                continue;
            }
            Sentence s = byIndex(parsed, at / 10_000);
            Token noun = s.token(at % 10_000);
            if (CLAIM_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT)) && !s.hasChild(at % 10_000, "nmod:poss")) {
                // "Zelensky dismissed the claim as a lie": a claim answered is the last one someone else made
                Actor claimant = lastClaimantBefore(out, i);
                if (claimant != null) {
                    out.set(i, e.withTarget(new Actor(parsed.text().substring(noun.begin(), noun.end()),
                            claimant.name(), claimant.country(), claimant.org(), claimant.sector(), noun.begin(),
                            noun.end())));
                    continue;
                }
            }
            if (GENERIC_ACTS.contains(noun.lower()) && !s.hasChild(at % 10_000, "nmod:poss")) {
                // "recognised a Palestinian state, a move Israel condemned": the act of the sentence it stands for
                for (int k = i - 1; k >= 0; k--) {
                    Event before = out.get(k);
                    if (before.sentence() < e.sentence() - 1) {
                        break;
                    }
                    Actor doer = before.sourceActor();
                    if (before.mode() != Mode.NEGATED && before.mode() != Mode.HYPOTHETICAL
                            && !Objects.equals(doer.country(), e.sourceActor().country()) && doer.begin() < noun.begin()) {
                        out.set(i, e.withTarget(new Actor(parsed.text().substring(noun.begin(), noun.end()), doer.name(),
                                doer.country(), doer.org(), doer.sector(), noun.begin(), noun.end())));
                        break;
                    }
                }
                continue;
            }
            List<String> codes = ACT_NOUNS.get(noun.lower());
            if (codes == null || s.hasChild(at % 10_000, "nmod:poss")) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                Event before = out.get(k);
                Actor doer = before.sourceActor();
                boolean named = codes.stream().anyMatch(c -> before.cameo().startsWith(c));
                if (named && !doer.code().equals(e.sourceActor().code()) && before.mode() != Mode.NEGATED) {
                    Actor t = new Actor(parsed.text().substring(noun.begin(), noun.end()), doer.name(), doer.country(),
                            doer.org(), doer.sector(), noun.begin(), noun.end());
                    out.set(i, e.withTarget(t));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The nearest actor of another country (or a body) in the trigger's own phrases and clauses, not its subject's:
     * the foreign power a protest is aimed at. Null when there is none.
     */
    private static Actor foreignOpponent(SentenceActors sa, int v, Actor src) {
        Sentence s = sa.sentence();
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        queue.add(new int[] {v, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            for (int c : s.children(at[0])) {
                String r = s.rel(c);
                if (r.startsWith("nsubj") || r.equals("punct") || r.equals("parataxis") || at[1] >= 4) {
                    continue;
                }
                Mention m = sa.mention(c);
                if (foreign(m, src)) {
                    return m.actor();
                }
                if (m != null && m.resolved() && src.country() != null && src.country().equals(m.actor().country())
                        && !WHERE.contains(Frames.prepOf(s, c))) {
                    return null; // "to demand an end to U.S. military aid to Israel": against their own government
                }
                queue.add(new int[] {c, at[1] + 1});
            }
        }
        return null;
    }

    /** Prepositions of where, whose own-country places ("streets in Hong Kong") say nothing of whom it is against. */
    private static final Set<String> WHERE = Set.of("in", "at", "near", "outside", "across", "through", "around",
            "throughout", "inside");

    /** Nouns of asking whose that-clause is what is asked for. */
    private static final Set<String> DESIRES = Set.of("demand", "call", "appeal", "request", "plea", "insistence",
            "ultimatum", "proposal", "suggestion", "recommendation");

    /** Nouns that stand for whatever act the text just told: "a move Israel condemned". */
    private static final Set<String> GENERIC_ACTS = Set.of("move", "decision", "step", "action", "act");

    /** Nouns for something said that a denial or rebuttal answers. */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "report", "allegation", "accusation", "assertion",
            "charge", "suggestion", "rumour", "rumor", "story", "statement", "suspicion", "finding", "conclusion",
            "assessment", "account", "version");

    /**
     * The most recent one, before event {@code i}, who made a claim the event's source did not: the claimant of a
     * reported event or the source of an accusation. Null when there is none.
     */
    private static Actor lastClaimantBefore(List<Event> events, int i) {
        Event e = events.get(i);
        for (int k = i - 1; k >= 0; k--) {
            Event before = events.get(k);
            Actor who = null;
            if (before.cameo().startsWith("112")) {
                who = before.sourceActor();
            } else if (before.mode() == Mode.CLAIMED && before.claim() != null
                    && before.claim().claimant() != null) {
                Claimant c = before.claim().claimant();
                who = new Actor(c.text(), c.text(), c.country(), c.org(), c.sector(), 0, 0);
            }
            if (who != null && (who.country() != null || who.org() != null)
                    && !(Objects.equals(who.country(), e.sourceActor().country())
                    && Objects.equals(who.org(), e.sourceActor().org()))) {
                return who;
            }
        }
        return null;
    }

    /** Words for soldiers, any of which a later sentence may use for the same men. */
    private static final Set<String> SOLDIERS = Set.of("soldier", "troop", "troops", "force", "serviceman", "personnel",
            "fighter", "infantry", "marine", "recruit", "unit", "contingent");

    /** Whether two nouns (lemmas) name the same kind of thing: the same word, or both soldiers. */
    private static boolean sameKind(String a, String b) {
        return a.equals(b) || SOLDIERS.contains(a) && SOLDIERS.contains(b);
    }

    private static final Set<String> MOVING = Set.of("transport", "move", "ship", "fly", "airlift", "bring", "take",
            "deploy", "send", "carry", "transfer", "relocate", "station", "base", "dispatch", "ferry", "truck");

    /**
     * A later sentence that moves the same people or things somewhere ("the soldiers were transported ... to
     * Vladivostok") says where an earlier event without a place of its own took them.
     */
    private List<Event> elaboratePlaces(AnnotatedText parsed, ActorResolver resolver, List<Event> events,
                                        Map<String, Integer> objectOf, Set<String> countries, Place dateline) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            Integer at = objectOf.get(e.eventId());
            // (a country is no place of its own: "shipped soldiers to Russia", then "carried ... to Vladivostok")
            boolean coarse = e.location() == null || e.location() == dateline || "country".equals(e.location().precision());
            if (at == null || !coarse) {
                continue;
            }
            Sentence es = byIndex(parsed, at / 10_000);
            String thing = es.token(at % 10_000).lower();
            for (int k = es.index() + 1; k <= es.index() + 2; k++) {
                Sentence s = byIndex(parsed, k);
                if (s == null) {
                    break;
                }
                SentenceActors sa = resolver.sentence(s);
                Place found = null;
                for (int v = 0; v < s.size() && found == null; v++) {
                    if (!s.token(v).isVerb() || !MOVING.contains(s.token(v).lower())) {
                        continue;
                    }
                    int o = Frames.object(s, v);
                    if (o >= 0 && sameKind(s.token(o).lower(), thing)) {
                        found = places.inClause(sa, v, countries);
                    }
                }
                if (found != null && (e.location() == null || e.location() == dateline
                        || Objects.equals(found.country(), e.location().country()) && !"country".equals(found.precision()))) {
                    out.set(i, e.withLocation(found));
                    break;
                }
            }
        }
        return out;
    }

    private static Sentence byIndex(AnnotatedText parsed, int index) {
        for (Sentence s : parsed.sentences()) {
            if (s.index() == index) {
                return s;
            }
        }
        return null;
    }

    private List<Event> events(Article article, String text, String textHash, SentenceActors sa, Hit h,
                               Modal modal, String upstream, Place where) {
        List<Event> out = new ArrayList<>();
        if (h.pattern().speech() && h.pattern().cameo().equals("010")) {
            // the codebook's residual "make statement": a plain "said" is not coded on its own
            return out;
        }
        String planned = modal.mode() == Mode.PLANNED ? intents.intentOf(h.pattern().cameo()) : null;
        if (modal.mode() == Mode.PLANNED && h.pattern().rootNumber() <= 9
                && hasUnless(sa.sentence(), h.trigger())) {
            // "will withdraw its peacekeeping force from Chad unless President Goukouni arranged a ceasefire": an act
            // announced on a condition the other side must meet is a threat
            planned = "131";
        }
        CameoCode code = cameo.get(planned != null ? planned : h.pattern().cameo());
        if (code.code().equals("190") && bombing(sa.sentence(), h.trigger())) {
            code = cameo.get("183"); // "a suicide bombing that killed 11 police officers": killed by a bomb, not in battle
        } else if (code.code().equals("190") && KILLING.contains(sa.sentence().token(h.trigger()).lower())) {
            String how = killingCode(sa.sentence(), h.trigger());
            if (how != null) {
                code = cameo.get(how);
            }
        }
        List<Mention> sources = h.sources();
        List<Mention> targets = h.targets();
        if (sources.isEmpty()) {
            sources = impliedAgent(sa, text, h, code);
        }
        if (sources.isEmpty()) {
            return out;
        }
        String onlyCountry = onlyCountry(sa);
        List<Mention[]> pairs = new ArrayList<>();
        if (targets.isEmpty()) {
            if (h.pattern().symmetric() && sources.size() > 1) {
                for (Mention a : sources) {
                    for (Mention b : sources) {
                        if (a != b) {
                            pairs.add(new Mention[] {a, b});
                        }
                    }
                }
            } else {
                for (Mention a : sources) {
                    pairs.add(new Mention[] {a, null});
                }
            }
        } else {
            for (Mention a : sources) {
                for (Mention b : targets) {
                    pairs.add(new Mention[] {a, b});
                    if (h.pattern().symmetric()) {
                        pairs.add(new Mention[] {b, a});
                    }
                }
            }
        }
        Sentence s = sa.sentence();
        Span evidence = Span.of(text, s.begin(), s.end());
        String[] when = fields ? date(s, text, h.trigger(), article.date()) : new String[] {null, null};
        List<Quantity> quantities = fields ? quantities(s, text, h, isConflict(code)) : List.of();
        // the event's place as this sentence names it (null when only the dateline does), and whether it is named in
        // a phrase of where ("in northern Somalia", not "to Somalia")
        Actor namedPlace = where != null && where.country() != null ? placeNamed(sa, text, where) : null;
        boolean placedIn = namedPlace != null && inPhraseOfWhere(s, namedPlace);
        for (Mention[] p : pairs) {
            Actor src = p[0].actor();
            Actor tgt = p[1] == null ? null : p[1].actor();
            String here = where != null ? where.country() : null;
            // a domestic actor without a country takes its counterpart's ("police arrested protesters"); but the
            // unnamed dead of an attack are the people of the place it hit ("Russian attacks killed 8,000 civilians
            // in Ukraine"), and where the text names no place they stay unnamed
            boolean violent = Integer.parseInt(code.root()) >= 18;
            if (!src.isResolved() && here != null && isDomesticSector(src.sector()) && placedIn
                    && (tgt == null || tgt.country() == null || "COP".equals(src.sector()))) {
                // "a missionary from Calgary was arrested in Lebanon": the police of the place the sentence names,
                // not of whom they arrested (other local actors with a counterpart take its country, below)
                src = withCountry(src, here);
            }
            if (!src.isResolved() && tgt != null && tgt.country() != null && isDomesticSector(src.sector())) {
                src = withCountry(src, tgt.country());
            }
            // (security forces and police shooting protesters act at home: "Security forces in Myanmar killed 18")
            if (tgt != null && !tgt.isResolved() && src.country() != null && isDomesticSector(tgt.sector())
                    && (!violent || isDomesticSector(src.sector()))) {
                tgt = withCountry(tgt, src.country());
            }
            // "Police in Nairobi did not arrest any of the demonstrators who marched to parliament": with no place or
            // counterpart of their own, local actors are of the one country the sentence (else the article) names
            boolean otherSideOnly = tgt != null && onlyCountry != null && onlyCountry.equals(tgt.country())
                    && !isDomesticSector(tgt.sector()) && !isDomestic(code.code());
            if (!src.isResolved() && here == null && isDomesticSector(src.sector()) && onlyCountry != null
                    && !otherSideOnly) {
                // ("Archbishop Desmond Tutu called for sanctions against Nigeria": not when the country is the
                // other side of the act)
                src = withCountry(src, onlyCountry);
            }
            if (!src.isResolved() && (p[0].person() || s.token(p[0].head()).isProperNoun())
                    && (src.sector() == null || "GOV".equals(src.sector()))
                    && onlyCountry != null && !otherSideOnly
                    && sa.mentions().stream().noneMatch(m -> m.person() && onlyCountry.equals(m.actor().country()))) {
                // "Vice-President Moody Awori declined to resign despite pressure by the Kenya Anti-Corruption
                // Commission", "President Dos Santos conceded to demands from UNITA": an office holder the
                // dictionary lacks holds office in the one country the sentence names, unless that country is the
                // other side of the act ("President X thanked Russia") or one of its people is named too
                src = withCountry(src, onlyCountry);
            }
            if (tgt != null && !tgt.isResolved() && tgt.sector() != null && onlyCountry != null
                    && onlyCountry.equals(src.country() != null ? src.country() : onlyCountry)
                    && (here == null && isDomesticSector(tgt.sector()) || isDomesticSector(src.sector()))) {
                tgt = withCountry(tgt, onlyCountry); // ("students protesting against government job quotas")
            }
            // "gunmen kidnapped pupils from a school in Kuriga, Nigeria": unnamed local actors belong where it happened
            if (!src.isResolved() && here != null && isDomesticSector(src.sector())) {
                src = withCountry(src, here);
            }
            if (tgt != null && !tgt.isResolved() && here != null && isDomesticSector(tgt.sector())) {
                tgt = withCountry(tgt, here);
            }
            if (tgt != null && !tgt.isResolved() && violent && isDomesticSector(tgt.sector())) {
                String hit = struckCountry(sa, h.trigger(), src.country());
                if (hit != null) {
                    tgt = withCountry(tgt, hit); // "shelled Kharkiv, killing seven people": Kharkiv's people
                }
            }
            if (code.root().equals("13") && (tgt == null || tgt.code().equals(src.code()))) {
                // "threatened to impose tariffs ... unless they stopped ...": the one who must comply
                Actor pressed = conditionSubject(sa, h.trigger());
                if (pressed != null) {
                    tgt = pressed;
                }
            }
            if (tgt == null && code.code().equals("016")) {
                tgt = chargeOwner(sa, h.trigger()); // "denied any role ..., calling U.S. accusations baseless"
            }
            if ((tgt == null || tgt.code().equals(src.code())) && REPORTED_TARGET_ROOTS.contains(code.root())) {
                // "demanded that the Philippines tow away ...", "reiterated its demand that Israel ease ..."
                Actor asked = clauseSubject(sa, h.trigger());
                tgt = asked != null ? asked : tgt;
            }
            if (tgt == null && (REPORTED_TARGET_ROOTS.contains(code.root()) || OWNED_OBJECT_ROOTS.contains(code.root()))) {
                tgt = objectOwner(sa, h.trigger(), src); // "rejected a U.S.-backed proposal", "ratified Finland's bid"
            }
            if (tgt == null) {
                tgt = relativeSide(sa, h.trigger(), src); // "lifted the sanctions it had imposed on Niger"
            }
            if (tgt == null && code.root().equals("12")) {
                tgt = refusedParty(sa, h.trigger(), src); // "refused to take back nationals ordered to leave France"
            }
            if (tgt == null && (isConflict(code) || isDomestic(code.code()))) {
                tgt = placeTarget(sa, h.trigger(), text);
            }
            int hitObj = Frames.object(s, h.trigger());
            if (tgt == null && violent && where != null && where.country() != null && src.country() != null
                    && !where.country().equals(src.country()) && hitObj >= 0
                    && CITY_NOUNS.contains(s.token(hitObj).lower()) && s.hasChild(hitObj, "det")) {
                // "KYIV (Reuters) - Russia attacked the capital": the city the story is filed from and about
                Token city = s.token(hitObj);
                tgt = new Actor(text.substring(city.begin(), city.end()), where.name(), where.country(), null, null,
                        city.begin(), city.end());
            }
            boolean destroys = violent || code.code().startsWith("171"); // "blew up the Kakhovka dam" too
            if (tgt == null && (destroys || PLACED_ROOTS.contains(code.root())) && where != null
                    && where.country() != null && (src.country() != null || src.org() != null)
                    && !where.country().equals(src.country())) {
                // "an air strike on a wedding party near Deir el-Zour": an attack abroad hits the country it lands
                // in, when the sentence names the place (a dateline alone does not say where an attack landed);
                // so do sanctions, coercion and shows of force ("suspended aid deliveries in Baghdad"), and what a
                // rejection or agreement is about ("rejected a call for its forces to be deployed in East Timor"),
                // though not where the talking was done ("agreed in Geneva to ...")
                if (namedPlace != null && (destroys || !VENUE_ROOTS.contains(code.root())
                        || !isVenue(s, h.trigger(), namedPlace.begin()))) {
                    tgt = namedPlace;
                }
            }
            if (tgt == null && violent && where != null && where.country() != null
                    && where.country().equals(src.country()) && src.sector() != null
                    && ARMED_GROUPS.contains(src.sector())) {
                // "rebels exploded a series of bombs in the capital Kabul": a rebel group's violence at home,
                // where the sentence names the place, is against its state
                tgt = namedPlace;
            }
            if (tgt == null && code.root().equals("07")) {
                // "docked in Beirut and unloaded 230 tonnes of aid": aid delivered abroad goes to where it lands
                Actor there = placeTarget(sa, h.trigger(), text);
                if (there != null && !there.country().equals(src.country())) {
                    tgt = there;
                }
            }
            if (code.root().equals("09") && (tgt == null || !tgt.isResolved())) {
                // "sent researchers to investigate reports of torture by security forces in Ethiopia", "to
                // investigate Iran's crackdown": an inquiry is into the foreign party its clause names
                Actor investigated = foreignOpponent(sa, h.trigger(), src);
                if (investigated != null && (investigated.org() == null || !investigated.org().equals(src.org()))) {
                    tgt = investigated;
                }
            }
            if (code.root().equals("14") && src.country() != null
                    && (tgt == null || !tgt.isResolved() || src.country().equals(tgt.country()))) {
                // "blocked a road to show their disapproval for the United States' policies", "in defiance of
                // Chinese authorities": a protest is against the foreign power its clause names
                Actor foreign = foreignOpponent(sa, h.trigger(), src);
                if (foreign != null) {
                    tgt = foreign;
                }
            }
            if (tgt == null && code.root().equals("15")) {
                // "put its air force on high alert after Indian strikes on several Pakistani cities": a show of force
                // answers whoever did what it follows; "Pashinyan said Azerbaijan was massing troops along the
                // border": failing that, it threatens the state that reports it
                tgt = provokedBy(sa, h.trigger(), src);
                Actor reporter = tgt == null ? reportingState(modal, src) : null;
                if (reporter != null) {
                    tgt = reporter;
                }
            }
            Actor accuser = accuserVictim(modal, violent, src);
            if (accuser != null && tgt == null) {
                // "Armenia accused Azerbaijan of violating the ceasefire": a state accusing another of violence it
                // names no victim of is complaining of violence against itself
                tgt = accuser;
            } else if (accuser != null && !tgt.isResolved() && isDomesticSector(tgt.sector())) {
                tgt = withCountry(tgt, accuser.country()); // "accused India of killing 26 civilians": Pakistan's
            }
            if (placedIn) {
                // "struck Islamic State militants in northern Somalia": a transnational group's fighters where the
                // sentence places the act are its branch there, a group of that country
                src = localBranch(src, where.country());
                tgt = tgt == null ? null : localBranch(tgt, where.country());
            } else if (tgt != null && p[1] != null && tgt.country() == null && tgt.org() != null) {
                // "struck Islamic State militants in the Golis mountains of northern Somalia"
                String there = countryIn(sa, p[1].head());
                tgt = localBranch(tgt, there != null ? there : countryIn(sa, h.trigger()));
            }
            boolean selfTarget = false;
            boolean atHome = code.root().equals("17") && "COP".equals(src.sector()) && src.org() == null;
            // "Georgia's opposition parties rejected the results of the October election": parties' demands,
            // complaints, rejections and protests that name no other side are aimed at their own state
            atHome |= src.sector() != null && PARTY_SECTORS.contains(src.sector()) && PARTY_ROOTS.contains(code.root())
                    && src.org() == null;
            if ((tgt == null || !tgt.isResolved()) && (isDomestic(code.code()) || atHome) && src.country() != null) {
                // (the police's coercion of no named other is of their own people: "police prevented the march")
                // a domestic act: the country acts on its own people (the span is the source's, the text names no other)
                tgt = new Actor(src.text(), src.name(), src.country(), null, null, src.begin(), src.end());
                selfTarget = true;
            }
            // "a human rights group protested", "accused by rights groups": an aid or rights body the text does not
            // name is the codebook's general NGO
            src = genericNgo(src, p[0]);
            tgt = tgt == null ? null : genericNgo(tgt, p[1]);
            if (!src.isResolved()) {
                continue;
            }
            if (tgt != null && !tgt.isResolved()) {
                tgt = null;
            }
            if (tgt == null && h.pattern().pos() == 'n' && code.root().equals("04")) {
                continue; // "his first trip since taking office": a visit named without where it went is told elsewhere
            }
            if (tgt != null && !selfTarget && tgt.begin() == src.begin() && tgt.end() == src.end()
                    && tgt.code().equals(src.code())) {
                continue;
            }
            boolean sameSide = tgt != null && tgt.country() != null && tgt.country().equals(src.country())
                    && Objects.equals(tgt.org(), src.org())
                    && (tgt.sector() == null || src.sector() == null || tgt.sector().equals(src.sector()));
            // (rival groups of one country do fight each other: "rival armed groups clashed in Tripoli")
            if (tgt != null && !selfTarget && h.pattern().symmetric()
                    && (tgt.code().equals(src.code()) || sameSide && !violent)) {
                continue; // "both sides accepted the ceasefire between Israel and Hezbollah": no side meets itself
            }
            if (tgt != null && code.code().startsWith("072") && src.country() != null
                    && src.country().equals(tgt.country())) {
                continue; // a state's own forces kept or moved at home are no military aid
            }
            if (tgt != null && !selfTarget && code.root().equals("04") && tgt.country() != null
                    && tgt.country().equals(src.country()) && tgt.sector() == null && src.org() == null) {
                continue; // "Zelensky visited Sumy": a trip at home, not a consultation between actors
            }
            Claim claim = null;
            if (modal.reported()) {
                Mention c = modal.claimant();
                Claimant who = c == null ? null : Claimant.of(c.actor());
                if (who != null && who.country() == null && who.org() == null
                        && who.sector() != null && UNNAMED_BODY_SECTORS.contains(who.sector()) && !c.person()) {
                    who = new Claimant(who.text(), null, GENERIC_NGO, who.sector()); // "rights groups said"
                } else if (who != null && who.country() == null && who.org() == null && who.sector() != null) {
                    // "the interior ministry said", "regional governor X said": officials of the place it happened
                    // in, else of the side acted on, else of the actor
                    String home = where != null && where.country() != null ? where.country()
                            : tgt != null && tgt.country() != null ? tgt.country() : src.country();
                    if (home != null) {
                        who = new Claimant(who.text(), home, null, who.sector());
                    }
                }
                claim = new Claim(who, modal.verb(), modal.stance(), names(modal.via()), article.source(), upstream);
            } else if (h.pattern().speech()) {
                // a speech act is its speaker's own claim
                claim = new Claim(Claimant.of(src), s.token(h.trigger()).word(),
                        h.pattern().denial() ? "denies" : "asserts", List.of(), article.source(), upstream);
            }
            Mode mode = modal.mode();
            CameoCode pc = streetCode(code, src, tgt);
            Place at = where;
            if (at == null && fields && isDomestic(pc.code()) && src.country() != null && src.org() == null) {
                // "Polish farmers blocked roads leading to the border": a state's own people and police act at home
                at = new Place(actors.countryName(src.country()), src.country(), null, null, "country");
            }
            String id = eventId(article.id(), textHash, s.index(), h.trigger(), src, tgt, pc.code());
            out.add(new Event(id, article.id(), s.index(), evidence, src, tgt, pc.code(), pc.root(),
                    pc.quadClass(), pc.goldstein(), pc.plover(), mode, when[0], when[1], at, quantities,
                    claim, h.pattern().rule(), coderVersion));
        }
        return out;
    }

    /**
     * The event's own date from its clause; else the publication date, said so in the precision
     * ("publication"); else none.
     */
    private static String[] date(Sentence s, String text, int trigger, java.time.LocalDate published) {
        DateResolver.Resolved r = DateResolver.forPredicate(s, text, trigger, published);
        // "On Friday the NIS accused North Korea of having shipped soldiers": an act with no date of its own is dated
        // by the clause that reports or governs it, not by the publication
        for (int k = s.head(trigger), guard = 0; r == null && k >= 0 && guard < 6; k = s.head(k), guard++) {
            if (s.token(k).isVerb()) {
                r = DateResolver.forPredicate(s, text, k, published);
            }
        }
        if (r != null) {
            return new String[] {r.date().toString(), r.precision()};
        }
        if (published != null) {
            return new String[] {published.toString(), "publication"};
        }
        return new String[] {null, null};
    }

    /** An amount of money or a number standing as the light noun: "provide 1.5 million dollars in aid". */
    private static boolean isAmount(Sentence s, int k) {
        return s.token(k).isNumber() || s.children(k).stream().anyMatch(c -> s.token(c).isNumber())
                || s.token(k).word().equals("$") || s.token(k).lower().equals("package");
    }

    /** Verbs whose passive subject counts the dead and wounded. */
    private static final Set<String> TOLL = Set.of("kill", "wound", "injure", "hurt");

    private static final Set<String> CASUALTY = Set.of("kill", "wound", "injure", "leave", "displace", "detain",
            "arrest", "kidnap", "abduct", "hurt");

    /** Numbers on the event's participants: its object ("sent about 1,500 soldiers"), subject and slots. */
    private static List<Quantity> quantities(Sentence s, String text, Hit h, boolean conflict) {
        java.util.LinkedHashMap<Integer, Quantity> byBegin = new java.util.LinkedHashMap<>();
        List<Integer> heads = new ArrayList<>();
        int v = h.trigger();
        heads.add(Frames.object(s, v));
        heads.add(Frames.subject(s, v));
        for (Mention m : h.sources()) {
            heads.add(m.head());
        }
        for (Mention m : h.targets()) {
            heads.add(m.head());
        }
        int obj = Frames.object(s, v);
        for (int c : obj >= 0 ? s.children(obj) : List.<Integer>of()) {
            if (s.rel(c).startsWith("nmod") && Frames.prepOf(s, c).equals("of")) {
                heads.add(c); // "returned the bodies of 757 soldiers"
            }
        }
        for (int c : s.children(v)) {
            String r = s.rel(c);
            if (r.startsWith("obl") && Frames.prepOf(s, c).equals("with")) {
                heads.add(c); // "struck Kharkiv with two guided bombs"
            }
            if ((r.equals("advcl") || r.equals("xcomp") || r.startsWith("conj") || r.equals("dep")
                    || r.equals("parataxis")) && CASUALTY.contains(s.token(c).lower())) {
                heads.add(Frames.object(s, c)); // "..., killing at least seven people"
            }
            if (r.equals("xcomp") && Frames.object(s, c) >= 0) {
                heads.add(Frames.object(s, c)); // "agreed to exchange 1,000 prisoners each"
            }
            if ((r.startsWith("obl") || r.equals("advmod")) && s.token(c).lower().equals("time")) {
                heads.add(c); // "entered the zone more than 3,000 times"
            }
            if (r.startsWith("obl") && s.token(c).isNumber()) {
                heads.add(c); // "between 1,000 and 1,500 fighters had been killed", the range hung from the verb
            }
        }
        if (conflict) {
            // "fought on Saturday night, and the border service said 12 people were killed": a toll the sentence
            // gives without naming who killed belongs to the fighting it reports
            for (int k = 0; k < s.size(); k++) {
                if (k != v && s.token(k).isVerb() && TOLL.contains(s.token(k).lower()) && Frames.isPassive(s, k)
                        && !s.hasChild(k, "obl:agent") && Frames.subject(s, k) < 0) {
                    heads.add(s.child(k, "nsubj:pass"));
                }
            }
        }
        for (int head : heads) {
            if (head < 0 || head == h.lightNoun() && !isAmount(s, head)) {
                continue;
            }
            for (Quantity q : QuantityReader.inPhrase(s, text, head)) {
                byBegin.putIfAbsent(q.begin(), q);
            }
        }
        return new ArrayList<>(byBegin.values());
    }

    /** Intermediaries as the text names them, without a leading article ("the NOS" is "NOS"). */
    private static List<String> names(List<Mention> via) {
        List<String> out = new ArrayList<>(via.size());
        for (Mention m : via) {
            out.add(m.actor().text().replaceFirst("^(?i)(the|a|an)\\s+", ""));
        }
        return out;
    }

    private static final Set<String> DESIRING_ROOTS = Set.of("02", "10", "12", "13");

    private static final Set<String> REPORTED_TARGET_ROOTS = Set.of("02", "10", "11", "12", "13");

    /** The subject of an "if"/"unless" clause on the trigger or the clause it reports or intends, resolved. */
    private static Actor conditionSubject(SentenceActors sa, int v) {
        Mention m = conditionMention(sa, v);
        return m == null ? null : m.actor();
    }

    /** The resolved subject of an "if" or "unless" clause of the trigger or of what it governs, or null. */
    private static Mention conditionMention(SentenceActors sa, int v) {
        Sentence s = sa.sentence();
        List<Integer> clauses = new ArrayList<>();
        clauses.add(v);
        for (int i = 0; i < clauses.size() && i < 6; i++) {
            // "threatened to ban voting in East Jerusalem if Hamas ran": the condition may hang lower in what is threatened
            for (int c : s.children(clauses.get(i))) {
                String r = s.rel(c);
                if (r.equals("xcomp") || r.equals("ccomp") || i > 0 && (r.equals("obj") || r.startsWith("obl")
                        || r.equals("acl"))) {
                    clauses.add(c);
                }
            }
        }
        for (int cl : clauses) {
            for (int c : s.children(cl, "advcl")) {
                if (!Frames.hasMark(s, c, "if") && !Frames.hasMark(s, c, "unless")) {
                    continue;
                }
                int subj = Frames.subject(s, c);
                Mention m = subj >= 0 ? sa.mention(subj) : null;
                if (m != null && m.resolved()) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * For "..., killing seven people" hung from the attack it results from ("shelled Kharkiv", "bombed hideouts in
     * Afghanistan's Paktika province"): the country the attack struck, if it is not the attacker's, else null.
     */
    private static String struckCountry(SentenceActors sa, int v, String attacker) {
        Sentence s = sa.sentence();
        // "killing 26 civilians in missile strikes on Pakistan": the attack the deaths came in names its target
        for (int c : s.children(v)) {
            if (s.rel(c).startsWith("obl") && Frames.prepOf(s, c).equals("in") && ATTACK_NOUNS.contains(s.token(c).lower())) {
                for (String p : new String[] {"on", "against"}) {
                    for (int k : Frames.prep(s, c, -1, p)) {
                        Mention m = sa.mention(k);
                        if (m != null && m.actor().country() != null && !m.actor().country().equals(attacker)) {
                            return m.actor().country();
                        }
                    }
                }
            }
        }
        String rel = s.rel(v);
        int head = s.head(v);
        if (head < 0 || !s.token(head).isVerb()
                || !(rel.equals("advcl") || rel.startsWith("conj") || rel.equals("xcomp") || rel.equals("dep"))) {
            return null;
        }
        int o = Frames.object(s, head);
        if (o < 0) {
            return null;
        }
        List<Integer> look = new ArrayList<>();
        look.add(o);
        look.addAll(Frames.prep(s, o, -1, "in"));
        for (int k : look) {
            Mention m = sa.mention(k);
            if (m != null && m.actor().country() != null && !m.actor().country().equals(attacker)) {
                return m.actor().country();
            }
        }
        return null;
    }

    /** Nouns that stand for the city a story is about: "attacked the capital". */
    private static final Set<String> CITY_NOUNS = Set.of("capital", "city", "town");

    /** The verbs of those acts that only the police do. */
    private static final Set<String> POLICE_VERBS = Set.of("arrest", "detain", "apprehend", "round", "nab", "disperse",
            "tear-gas", "teargas", "beat", "break");

    /** Nouns of an attack in which people are killed: "in missile strikes on Pakistan". */
    private static final Set<String> ATTACK_NOUNS = Set.of("strike", "airstrike", "attack", "raid", "bombing",
            "shelling", "offensive", "assault", "bombardment", "barrage");

    /** Words that count a crowd without naming it ("thousands protested"). */
    private static final Set<String> CROWDS = Set.of("thousands", "hundreds", "dozens", "scores", "tens",
            "crowds", "many", "millions", "throngs");

    /** Arrests and violent repression: acts of a state's police whoever the text leaves unnamed. */
    private static final Set<String> POLICE_ACTS = Set.of("173", "175");

    /**
     * "More than 400 people were detained in Tbilisi": a passive arrest or repression without an agent is the
     * work of the police of the place (the country is filled in like any domestic actor's, from the people
     * acted on or the place). The actor's span is the trigger, the word that implies it.
     */
    private static List<Mention> impliedAgent(SentenceActors sa, String text, Hit h, CameoCode code) {
        Sentence s = sa.sentence();
        int v = h.trigger();
        if (code.root().equals("14") && s.token(v).isVerb()) {
            // "after thousands protested outside the government building": a crowd counted, not named, is the
            // place's people (the country is filled in from the place or the counterpart like any civilian's)
            int subj = Frames.subject(s, v);
            if (subj >= 0 && sa.mention(subj) == null
                    && CROWDS.contains(s.token(subj).word().toLowerCase(Locale.ROOT))) {
                Token c = s.token(subj);
                Actor crowd = new Actor(text.substring(c.begin(), c.end()), "protesters (counted)", null, null, "CVL",
                        c.begin(), c.end());
                return List.of(new Mention(crowd, s.index(), subj, "protester", false, true, "implied:crowd"));
            }
            return List.of();
        }
        if (!s.token(v).isVerb() || !Frames.isPassive(s, v) || s.hasChild(v, "obl:agent")) {
            return List.of();
        }
        Token t = s.token(v);
        if (code.code().startsWith("072")) {
            // "about 2,000 Belarusian soldiers had been sent to Russia": a state's soldiers are sent by that state
            int o = Frames.object(s, v);
            Mention sent = o >= 0 ? sa.mention(o) : null;
            if (sent == null || sent.actor().country() == null || !"MIL".equals(sent.actor().sector())) {
                return List.of();
            }
            Actor a = sent.actor();
            Actor state = new Actor(text.substring(t.begin(), t.end()), a.name(), a.country(), null, null, t.begin(),
                    t.end());
            return List.of(new Mention(state, s.index(), v, null, false, false, "implied:sent"));
        }
        if (!POLICE_ACTS.contains(code.code()) || !POLICE_VERBS.contains(t.lower())) {
            return List.of(); // courts convict and sentence; the police arrest and disperse
        }
        Actor police = new Actor(text.substring(t.begin(), t.end()), "police (implied)", null, null, "COP",
                t.begin(), t.end());
        return List.of(new Mention(police, s.index(), v, "police", false, true, "implied:passive"));
    }

    private static final Set<String> CALLING = Set.of("call", "describe", "dismiss", "reject", "term", "label", "brand");

    /**
     * Whose charge a denial answers, when the denial itself names none: "denied any role in the attacks, calling
     * U.S. accusations baseless". The owner of a claim noun in a clause of calling attached to the denial.
     */
    private static Actor chargeOwner(SentenceActors sa, int v) {
        Sentence s = sa.sentence();
        for (int c : s.children(v)) {
            if (!(s.rel(c).equals("advcl") || s.rel(c).equals("conj") || s.rel(c).equals("dep"))
                    || !s.token(c).isVerb() || !CALLING.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int o = Frames.object(s, c);
            int small = s.child(c, "xcomp");
            if (o < 0 && small >= 0) {
                o = s.child(small, "nsubj"); // "calling [U.S. accusations baseless]"
            }
            if (o < 0 || !CLAIM_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Mention m = sa.mention(o);
            if (m != null && m.resolved()) {
                return m.actor();
            }
            for (int k : s.children(o)) {
                String r = s.rel(k);
                Mention owner = sa.mention(k);
                boolean of = r.equals("nmod") && Frames.prepOf(s, k).equals("of"); // "the findings of a UN panel"
                if ((r.equals("nmod:poss") || r.equals("compound") || r.equals("amod") || of) && owner != null
                        && owner.resolved()) {
                    return owner.actor();
                }
            }
        }
        return null;
    }

    /** Roots whose acts abroad are acts on the state they are done in, when nothing else names the other side. */
    private static final Set<String> PLACED_ROOTS = Set.of("03", "12", "15", "16", "17");
    /** Of those, roots whose acts can be done anywhere: a place on the trigger itself is only where it was said. */
    private static final Set<String> VENUE_ROOTS = Set.of("03", "12");

    /**
     * The event's place as the sentence names it: its name ("Baghdad"), or a name the dictionary gives its country
     * ("East Timor" for Timor-Leste); null when only the dateline names it.
     */
    private static Actor placeNamed(SentenceActors sa, String text, Place where) {
        Sentence s = sa.sentence();
        int at = text.indexOf(where.name(), s.begin());
        if (at >= 0 && at + where.name().length() <= s.end()) {
            return new Actor(where.name(), where.name(), where.country(), null, null, at, at + where.name().length());
        }
        for (int k = 0; k < s.size(); k++) {
            PhraseMatch m = sa.matchAt(k);
            if (m == null || m.start() != k) {
                continue;
            }
            boolean located = false;
            for (int i = m.start(); i < m.end(); i++) {
                for (String p : WHERE) {
                    located |= ActorResolver.hasCase(s, i, p); // "deployed in East Timor", not "East Timor said"
                }
            }
            for (var e : m.entries()) {
                if (located && where.country().equals(e.country())
                        && (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.PLACE)) {
                    int b = s.token(m.start()).begin();
                    int en = s.token(m.end() - 1).end();
                    return new Actor(text.substring(b, en), where.name(), where.country(), null, null, b, en);
                }
            }
        }
        return null;
    }

    /** Whether a place the sentence names stands in a phrase of where ("in northern Somalia"), not "to X". */
    private static boolean inPhraseOfWhere(Sentence s, Actor named) {
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).begin() >= named.begin() && s.token(k).end() <= named.end()) {
                for (String p : WHERE) {
                    if (ActorResolver.hasCase(s, k, p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The country a phrase of where on token x names, itself, by a name on it or through its "of" phrase ("in the
     * capital Kabul", "in the mountains of northern Somalia"), or null.
     */
    private static String countryIn(SentenceActors sa, int x) {
        Sentence s = sa.sentence();
        for (int c : s.children(x)) {
            if (!(s.rel(c).startsWith("obl") || s.rel(c).startsWith("nmod")) || !WHERE.contains(Frames.prepOf(s, c))) {
                continue;
            }
            List<Integer> look = new ArrayList<>(List.of(c));
            for (int k : s.children(c)) {
                if (s.rel(k).equals("appos") || s.rel(k).equals("compound") || s.rel(k).startsWith("flat")) {
                    look.add(k);
                }
            }
            look.addAll(Frames.prep(s, c, -1, "of"));
            for (int k : look) {
                PhraseMatch m = sa.matchAt(k);
                if (m == null) {
                    continue;
                }
                for (var e : m.entries()) {
                    if (e.country() != null && (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.PLACE
                            || e.kind() == EntryKind.CAPITAL)) {
                        return e.country();
                    }
                }
            }
        }
        return null;
    }

    private Actor localBranch(Actor a, String country) {
        // a body of orgs.tsv (UN peacekeepers in Mali) stays the body; a group of no country (al-Qaeda) does not
        if (country == null || a.country() != null || a.org() == null || actors.orgName(a.org()) != null) {
            return a;
        }
        return new Actor(a.text(), a.name(), country, null, a.sector(), a.begin(), a.end());
    }

    /** The code of the codebook's general non-governmental organization, for unnamed aid and rights bodies. */
    private static final String GENERIC_NGO = "NGO";
    /** Sectors of aid and rights bodies, which stand for the general NGO when the text does not name them. */
    private static final Set<String> UNNAMED_BODY_SECTORS = Set.of("NGO", "HRI");

    /** An unresolved aid or rights organisation (not a person: "a rights activist" is of some country) as the NGO. */
    private static Actor genericNgo(Actor a, Mention m) {
        if (a.isResolved() || m == null || m.person() || a.sector() == null
                || !UNNAMED_BODY_SECTORS.contains(a.sector()) || m.actor().begin() != a.begin()) {
            return a;
        }
        return new Actor(a.text(), "non-governmental organization", null, GENERIC_NGO, a.sector(), a.begin(), a.end());
    }

    /** Political parties and the opposition, whose unaimed political acts are within their own state. */
    private static final Set<String> PARTY_SECTORS = Set.of("OPP", "PTY");
    private static final Set<String> PARTY_ROOTS = Set.of("10", "11", "12", "14");

    /** Sectors of armed groups that fight a state: rebels, insurgents, separatists, unidentified gunmen. */
    private static final Set<String> ARMED_GROUPS = Set.of("REB", "INS", "SEP", "UAF");

    /** Whether the place at this offset is a phrase on the trigger itself ("agreed in Geneva"), not on what it governs. */
    private static boolean isVenue(Sentence s, int v, int offset) {
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).begin() <= offset && offset < s.token(k).end()) {
                int x = k;
                while (s.head(x) >= 0 && s.head(x) != v && (s.rel(x).startsWith("compound") || s.rel(x).startsWith("flat")
                        || s.rel(x).equals("amod") || s.rel(x).equals("appos"))) {
                    x = s.head(x);
                }
                return s.head(x) == v && s.rel(x).startsWith("obl");
            }
        }
        return false;
    }

    /** The one country the sentence's resolved actors belong to, or null when they name none or several. */
    private static String onlyCountry(SentenceActors sa) {
        String found = null;
        for (Mention m : sa.mentions()) {
            String c = m.resolved() ? m.actor().country() : null;
            if (c == null) {
                continue;
            }
            if (found != null && !found.equals(c)) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** Roots whose acts answer someone else's proposal, bid or request: "ratified Finland's bid", "backed X's plan". */
    private static final Set<String> OWNED_OBJECT_ROOTS = Set.of("03", "05");

    /** Prepositions by which a relative clause on the object names the other side of what was done with it. */
    private static final Set<String> SIDE_PREPS = Set.of("on", "against", "from", "to", "with");

    /**
     * "ECOWAS lifted the sanctions it had imposed on Niger", "returned the land it had taken from Syria": a relative
     * clause on the object that names another actor by one of these prepositions names the other side.
     */
    private static Actor relativeSide(SentenceActors sa, int v, Actor src) {
        Sentence s = sa.sentence();
        int o = Frames.object(s, v);
        if (o < 0 || src.country() == null && src.org() == null) {
            return null;
        }
        for (int rc : s.children(o, "acl:relcl")) {
            for (int c : s.children(rc)) {
                String r = s.rel(c);
                Mention m = sa.mention(c);
                if ((r.startsWith("obl") || r.startsWith("nmod")) && SIDE_PREPS.contains(Frames.prepOf(s, c))
                        && m != null && m.resolved() && !Objects.equals(m.actor().country(), src.country())) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /** Verbs of sponsoring that name, in a modifier, whose a proposal or text is: "a U.S.-backed proposal". */
    private static final Set<String> SPONSORING = Set.of("back", "sponsor", "propose", "draft", "broker", "lead",
            "author", "table", "submit", "support");

    /**
     * The one whose thing a reaction answers, named on the thing itself: "rejected a U.S.-backed proposal",
     * "condemned Iran's decision", "criticised the EU plan". Null when the object names no one else.
     */
    private static Actor objectOwner(SentenceActors sa, int v, Actor src) {
        Sentence s = sa.sentence();
        int o = Frames.object(s, v);
        if (o < 0) {
            return null;
        }
        Mention named = sa.mention(o);
        if (named != null && named.resolved()) {
            // "ratified Finland's bid": the thing resolves to its owner
            return Objects.equals(named.actor().country(), src.country()) ? null : named.actor();
        }
        for (int c : s.children(o)) {
            String r = s.rel(c);
            List<Integer> owners = new ArrayList<>();
            boolean fromOwner = r.startsWith("nmod") && Set.of("from", "by").contains(Frames.prepOf(s, c));
            if (r.equals("nmod:poss") || r.equals("compound") || fromOwner) { // "a fresh offer from Afghanistan"
                owners.add(c);
            } else if (r.equals("amod") && SPONSORING.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
                for (int k : s.children(c)) {
                    if (s.rel(k).startsWith("obl") || s.rel(k).equals("compound") || s.rel(k).startsWith("nmod")) {
                        owners.add(k);
                    }
                }
            }
            for (int k : owners) {
                Mention m = sa.mention(k);
                if (m != null && m.resolved() && !Objects.equals(m.actor().country(), src.country())) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /**
     * The other party a refusal concerns, when it names none as object: the first actor of another country named in
     * what is refused ("refused to lay down its weapons as part of an Israeli proposal", "refused to take back
     * nationals ordered to leave France").
     */
    private static Actor refusedParty(SentenceActors sa, int v, Actor src) {
        Sentence s = sa.sentence();
        int x = s.child(v, "xcomp");
        if (x < 0 || src.country() == null) {
            return null;
        }
        Mention best = null;
        for (Mention m : sa.mentions()) {
            if (m.resolved() && m.actor().country() != null && !m.actor().country().equals(src.country())
                    && s.dominates(x, m.head()) && (best == null || m.head() < best.head())) {
                best = m;
            }
        }
        return best == null ? null : best.actor();
    }

    /**
     * "threatened to impose tariffs on imports from Canada and Mexico unless they stopped ...": a threat is aimed at
     * whoever must meet its condition, all of them when "they" are several.
     */
    private static List<Hit> threatened(SentenceActors sa, List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean open = h.pattern().cameo().startsWith("13") && (h.targets().isEmpty()
                    || h.sources().size() == 1 && h.targets().stream().allMatch(t -> t.resolved()
                    && Objects.equals(t.actor().country(), h.sources().get(0).actor().country())));
            Mention m = open ? conditionMention(sa, h.trigger()) : null;
            if (m == null && open) {
                m = respondedTo(sa, h.trigger()); // "warned that Pyongyang would respond ... to any attempt by Washington"
            }
            if (m == null) {
                out.add(h);
                continue;
            }
            List<Mention> all = new ArrayList<>();
            for (int c : Frames.withConjuncts(sa.sentence(), m.head())) {
                Mention each = sa.mention(c);
                if (each != null && each.resolved()) {
                    all.add(each); // "unless France and Germany paid"
                }
            }
            all.addAll(sa.alsoMeant(m.head()));
            out.add(new Hit(h.trigger(), h.pattern(), h.lightNoun(), h.sources(), all));
        }
        return out;
    }

    /**
     * Whom a warning of response is aimed at: in "warned that Pyongyang would respond with nuclear force to any attempt
     * by Washington and Seoul", the owner or agent of what the reported clause responds to. Null when none is named.
     */
    private static Mention respondedTo(SentenceActors sa, int v) {
        Sentence s = sa.sentence();
        int cc = s.child(v, "ccomp");
        if (cc < 0) {
            return null;
        }
        for (int c : s.children(cc)) {
            String r = s.rel(c);
            String p = Frames.prepOf(s, c);
            if (!(r.startsWith("obl") || r.startsWith("nmod")) || !(p.equals("to") || p.equals("against"))) {
                continue;
            }
            Mention m = sa.mention(c);
            if (m != null && m.resolved()) {
                return m;
            }
            for (int k : s.children(c)) {
                Mention owner = sa.mention(k);
                boolean by = s.rel(k).startsWith("nmod") && Frames.prepOf(s, k).equals("by");
                if ((by || s.rel(k).equals("nmod:poss")) && owner != null && owner.resolved()) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** Whether the clause of {@code v}, or one it governs, is conditioned by "unless". */
    private static boolean hasUnless(Sentence s, int v) {
        for (int c = 0; c < s.size(); c++) {
            if (s.rel(c).equals("advcl") && Frames.hasMark(s, c, "unless") && (s.head(c) == v || s.dominates(v, c))) {
                return true;
            }
        }
        return false;
    }

    /** The resolved subject of the trigger's that-clause, as the target of an appeal, demand or threat. */
    private static Actor clauseSubject(SentenceActors sa, int v) {
        Sentence s = sa.sentence();
        int cc = s.child(v, "ccomp");
        if (cc < 0 && s.rel(v).equals("parataxis") && s.head(v) < v) {
            cc = s.head(v); // a quote before its speaker
        }
        List<Integer> asked = new ArrayList<>();
        int o = Frames.object(s, v);
        if (o >= 0 && (sa.mention(o) == null || !sa.mention(o).resolved() || s.token(o).isNoun()
                && DESIRES.contains(s.token(o).lemma()))) {
            asked.add(o);
        }
        for (int c : s.children(v)) {
            if (s.rel(c).startsWith("obl") && DESIRES.contains(s.token(c).lemma())) {
                asked.add(c); // "insisted on its demands that Burundi's government grant ..."
            }
        }
        for (int a : asked) {
            if (cc >= 0) {
                break;
            }
            // "demanded guarantees that Ukraine would never join NATO": the clause hangs from what is demanded
            cc = s.child(a, "ccomp") >= 0 ? s.child(a, "ccomp") : s.child(a, "acl");
            if (cc >= 0 && !Frames.hasMark(s, cc, "that")) {
                cc = -1;
            }
        }
        if (cc < 0) {
            return null;
        }
        int subj = Frames.subject(s, cc);
        if (subj < 0) {
            subj = s.child(cc, "nsubj:pass");
        }
        Mention m = subj >= 0 ? sa.mention(subj) : null;
        return m != null && m.resolved() ? m.actor() : null;
    }

    private static boolean isConflict(CameoCode code) {
        int r = Integer.parseInt(code.root());
        return r >= 14;
    }

    /** For a conflict event without a target, the country of the place it happened in ("protests in Tel Aviv"). */
    private Actor placeTarget(SentenceActors sa, int v, String text) {
        Sentence s = sa.sentence();
        List<Integer> places = new ArrayList<>(Frames.prep(s, v, -1, "in"));
        if (places.isEmpty() && s.rel(v).startsWith("conj")) {
            places.addAll(Frames.prep(s, s.head(v), -1, "in")); // "docked in Beirut and unloaded ..."
        }
        for (int c : places) {
            PhraseMatch m = sa.matchAt(c);
            for (int k : s.children(c)) {
                if (m == null && s.rel(k).equals("compound")) {
                    m = sa.matchAt(k); // "in Montenegro province"
                }
            }
            if (m == null) {
                continue;
            }
            for (var e : m.entries()) {
                if (e.country() != null) {
                    int b = s.token(m.start()).begin();
                    int en = s.token(m.end() - 1).end();
                    return new Actor(text.substring(b, en), e.name(), e.country(), null, null, b, en);
                }
            }
        }
        return null;
    }

    private static Actor withCountry(Actor a, String country) {
        return new Actor(a.text(), a.name(), country, a.org(), a.sector(), a.begin(), a.end());
    }

    /** Stable: the same article (id and text) coded by the same coder version gets the same ids; unique per article. */
    private String eventId(String docId, String textHash, int sentence, int trigger, Actor src, Actor tgt, String code) {
        String key = coderVersion + "|" + docId + "|" + textHash + "|" + sentence + "|" + trigger + "|" + src.begin() + ":"
                + src.end() + ":" + src.code() + "|" + (tgt == null ? "-" : tgt.begin() + ":" + tgt.end() + ":" + tgt.code())
                + "|" + code;
        return sha256(key).substring(0, 20);
    }

    private static List<String> readPrefixes(String resource) {
        try (var in = IntentTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean isDomestic(String code) {
        for (String p : domestic) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Sectors of actors that act at home: without a country of their own they take their counterpart's. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("COP", "JUD", "CVL", "OPP", "REB", "INS", "SEP", "MED",
            "BUS", "LAB", "EDU", "REL", "HLH", "CRM", "REF", "LEG", "PTY", "ELI", "AGR", "ENV", "UAF", "SPY");

    private static boolean isDomesticSector(String sector) {
        return sector != null && DOMESTIC_SECTORS.contains(sector);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
