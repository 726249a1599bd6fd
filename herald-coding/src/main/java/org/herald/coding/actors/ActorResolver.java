package org.herald.coding.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Resolves the noun phrases of an article to actors, sentence by sentence, in reading order:
 * dictionary phrases inside the phrase (its head, possessor, adjectives, compounds, appositions and
 * "of" complements, not other prepositional phrases: "the Russian ambassador to Seoul" is Russian),
 * then, for phrases without a country or body, earlier mentions in the article (surnames, pronouns,
 * role nouns). One resolver per article; not thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> NP_RELS = Set.of("compound", "amod", "det", "nmod:poss", "flat", "appos",
            "nummod", "compound:prt", "flat:name", "punct", "case", "det:predet", "dep");
    private static final Set<String> REPLY_VERBS = Set.of("respond", "reply", "answer", "retort", "counter", "rejoin");
    private static final Set<String> TALK_VERBS = Set.of("convey", "tell", "say", "inform", "write", "express",
            "explain", "hand", "deliver", "lodge", "summon", "meet", "ask", "urge");

    private final ActorDictionary dict;
    private final String text;
    private final LocalDate day;
    private final Discourse discourse = new Discourse();
    private final java.util.Set<String> articleCountries = new java.util.HashSet<>();
    private final Map<Integer, SentenceActors> done = new HashMap<>();

    public ActorResolver(ActorDictionary dict, String text, LocalDate articleDate) {
        this.dict = dict;
        this.text = text;
        this.day = articleDate;
    }

    /** The actors of one sentence: resolve every noun-phrase head once, in order, and remember them. */
    public SentenceActors sentence(Sentence s) {
        SentenceActors sa = done.get(s.index());
        if (sa != null) {
            return sa;
        }
        List<PhraseMatch> matches = dict.match(s);
        PhraseMatch[] at = new PhraseMatch[s.size()];
        for (PhraseMatch m : matches) {
            for (int k = m.start(); k < m.end(); k++) {
                at[k] = m;
            }
        }
        sa = new SentenceActors(s, matches, at);
        done.put(s.index(), sa);
        // first-person pronouns in a quote are its speaker, who may be named after the quote: resolve them last
        List<Integer> order = new ArrayList<>();
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            (isFirstPerson(s, i, at) || hasFirstPersonOwner(s, i, at) ? later : order).add(i);
        }
        order.addAll(later);
        for (int i : order) {
            if (isPhraseHead(s, i, at)) {
                Mention m = isFirstPerson(s, i, at) ? speakerOf(sa, i) : resolveHead(sa, i);
                if (m != null) {
                    sa.put(i, m);
                    String rel = s.rel(i);
                    boolean subject = rel.startsWith("nsubj");
                    boolean addressee = (rel.startsWith("obl") || rel.equals("iobj") || rel.equals("obj"))
                            && s.head(i) >= 0 && TALK_VERBS.contains(s.token(s.head(i)).lower());
                    discourse.add(m, surnameKeys(s, i), subject, addressee);
                    if (m.actor().country() != null) {
                        articleCountries.add(m.actor().country());
                    }
                }
            }
        }
        return sa;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "state", "declare", "write", "insist",
            "stress", "warn", "announce", "explain", "tweet", "post", "claim", "argue", "respond", "reply");

    /** "we", "us": but not "the US", which the tagger may also take for a pronoun. */
    private static boolean isFirstPerson(Sentence s, int i, PhraseMatch[] at) {
        return FIRST_PERSON.contains(s.token(i).word().toLowerCase(Locale.ROOT)) && at[i] == null;
    }

    /** The noun a relative clause holding "whose" modifies, as resolved, or null. */
    private static Mention relativeOwner(SentenceActors sa, int whose) {
        Sentence s = sa.sentence();
        for (int k = s.head(whose), guard = 0; k >= 0 && guard < 8; k = s.head(k), guard++) {
            String r = s.rel(k);
            int h = s.head(k);
            if ((r.equals("acl:relcl") || r.equals("acl") || r.equals("dep")) && h >= 0 && s.token(h).isNoun()) {
                Mention m = sa.mention(h);
                return m != null && m.resolved() ? m : null;
            }
        }
        return null;
    }

    /** "our forces": the owner is the quote's speaker, who may be named after the quote. */
    private static boolean hasFirstPersonOwner(Sentence s, int i, PhraseMatch[] at) {
        for (int c : s.children(i, "nmod:poss")) {
            if (isFirstPerson(s, c, at)) {
                return true;
            }
        }
        return false;
    }

    /** "“We shelled the village,” the commander said": the speaker of the quote the pronoun stands in. */
    private Mention speakerOf(SentenceActors sa, int h) {
        Sentence s = sa.sentence();
        List<Integer> sayers = new ArrayList<>();
        for (int k = s.head(h), guard = 0; k >= 0 && guard < 12; k = s.head(k), guard++) {
            sayers.add(k);
            for (int c : s.children(k)) {
                if (s.rel(c).equals("parataxis")) {
                    sayers.add(c); // "“…,” the air force said": the parser may hang "said" from the quote
                }
            }
        }
        for (int k : sayers) {
            if (s.token(k).isVerb() && SAYING.contains(s.token(k).lower())) {
                int subj = org.herald.coding.events.Frames.subject(s, k);
                Mention m = subj >= 0 && subj != h ? sa.mention(subj) : null;
                if (m != null) {
                    Token t = s.token(h);
                    Actor a = m.actor();
                    return new Mention(new Actor(t.word(), a.name(), a.country(), a.org(), a.sector(), t.begin(), t.end()),
                            s.index(), h, m.role(), m.person(), t.word().equalsIgnoreCase("we"), "coref:speaker");
                }
            }
        }
        return null;
    }

    private static boolean isPhraseHead(Sentence s, int i, PhraseMatch[] at) {
        Token t = s.token(i);
        if (!(t.isNoun() || t.isPronoun() || t.tag().equals("JJ") && at[i] != null && s.rel(i).startsWith("nsubj"))) {
            return false;
        }
        String r = s.rel(i);
        // (a possessive pronoun is an actor only as the owner of an event noun: "his state visit to Washington")
        return !(r.equals("compound") || r.equals("flat") || r.startsWith("flat:") || r.equals("amod")
                || r.equals("nmod:poss") && t.isPronoun() && !ownsEventNoun(s, i));
    }

    /** Event nouns whose possessor is the one who acts: "his visit", "their talks", "its offensive". */
    private static final java.util.Set<String> EVENT_NOUNS = java.util.Set.of("visit", "trip", "tour", "talk", "meeting",
            "offensive", "attack", "decision", "offer", "proposal", "call", "appeal", "request", "demand", "threat",
            "investigation", "probe", "withdrawal", "deployment", "invasion", "statement", "criticism", "condemnation");

    private static boolean ownsEventNoun(Sentence s, int pron) {
        int h = s.head(pron);
        return h >= 0 && EVENT_NOUNS.contains(s.token(h).lower());
    }

    private List<String> surnameKeys(Sentence s, int head) {
        List<String> names = new ArrayList<>();
        List<Integer> person = new ArrayList<>();
        for (int k : s.subtree(head, r -> r.equals("compound") || r.equals("flat") || r.startsWith("flat:")
                || r.equals("punct"))) {
            if ("PERSON".equals(s.token(k).ner())) {
                person.add(k);
            }
        }
        if (!person.isEmpty()) {
            int last = person.get(person.size() - 1);
            names.add(Normalizer.key(s.token(last).word()));
            if (person.size() >= 3) {
                names.add(Normalizer.key(s.token(person.get(0)).word()));
            }
        }
        return names;
    }

    private Mention resolveHead(SentenceActors sa, int h) {
        Sentence s = sa.sentence();
        Token t = s.token(h);
        if (t.isPronoun() && sa.matchAt(h) == null) {
            return resolvePronoun(sa, h);
        }
        if (isBothSides(s, h)) {
            Mention sides = bothSides(sa, h);
            if (sides != null) {
                return sides;
            }
        }
        List<Integer> np = phraseTokens(s, h);
        List<PhraseMatch> found = new ArrayList<>();
        for (int k : np) {
            PhraseMatch m = sa.matchAt(k);
            if (m != null && !found.contains(m)) {
                found.add(m);
            }
        }
        java.util.Set<String> evidence = new java.util.HashSet<>();
        for (PhraseMatch m : found) {
            String only = null;
            boolean single = true;
            for (DictEntry e : m.entries()) {
                if (e.country() != null && e.validOn(day)) {
                    single &= only == null || only.equals(e.country());
                    only = e.country();
                }
            }
            if (single && only != null) {
                evidence.add(only);
            }
        }
        String country = null;
        String org = null;
        String name = null;
        String sector = null;
        String role = null;
        boolean person = "PERSON".equals(t.ner());
        int countryRank = Integer.MAX_VALUE;
        int sectorRank = Integer.MAX_VALUE;
        PhraseMatch countryFrom = null;
        boolean headNamed = false;
        for (PhraseMatch m : found) {
            int rank = rank(s, h, m, m.covers(h) ? h : m.start());
            for (DictEntry e : ordered(usable(m.entries()), evidence)) {
                if (e.hasCountryOrOrg() && rank < countryRank) {
                    if (e.kind() == EntryKind.CAPITAL && !m.covers(h) && NAMED_AFTER_PLACES.contains(t.lower())) {
                        continue; // "the Helsinki accords", "the Minsk agreements": named after where they were made
                    }
                    if (e.kind() == EntryKind.PLACE && !m.covers(h) && !REGION_NOUNS.contains(t.lower())) {
                        continue; // "a Gaza hospital" is in Gaza, not Palestinian by name; "the Bryansk region" is
                    }
                    countryRank = rank;
                    country = e.country();
                    org = e.org();
                    name = e.name();
                    countryFrom = m;
                }
                if (e.sector() != null && rank < sectorRank) {
                    // a country's capital says GOV only when it is the head ("Seoul said", not "a Seoul court")
                    if (e.kind() == EntryKind.CAPITAL && !m.covers(h)) {
                        continue;
                    }
                    sectorRank = rank;
                    sector = e.sector();
                    role = e.role();
                }
                if (e.kind() == EntryKind.PERSON) {
                    person = true;
                } else if (m.covers(h) && (e.kind() == EntryKind.AGENCY || e.kind() == EntryKind.ORG
                        || e.kind() == EntryKind.COUNTRY)) {
                    person = false; // "the Houthis" tagged PERSON by the recogniser is a group: "they", not "he"
                }
                if (m.covers(h)) {
                    headNamed = true;
                }
            }
        }
        if (countryFrom != null && org == null && isNationality(countryFrom)) {
            // "Bosnian Serb forces", "Croatian Serbs", "Iraqi Kurds": a people named after one state, living in
            // another, is of the state named first; "ethnic Albanians in southern Serbia", "the Albanians of
            // Serbia": a people placed in another state is of that state
            DictEntry home = firstNationality(s, h, found, countryFrom);
            if (home == null) {
                home = peoplePlace(sa, h, countryFrom);
            }
            if (home != null && !home.country().equals(country)) {
                country = home.country();
                name = home.name();
            }
        }
        if (role != null && Discourse.isPersonRole(role) && (t.isProperNoun() || "PERSON".equals(t.ner()))) {
            person = true;
        } else if (role != null && Discourse.isPersonRole(role) && sectorRank == 0) {
            person = true;
        }
        if (country == null && org == null && sector == null && !person) {
            if (GROUP_NOUNS.contains(t.lower()) && refersBack(s, h)) {
                // "the group fired a missile" after "the Houthis' military spokesman"
                Mention g = discourse.latestGroup(s.index(), h);
                if (g != null) {
                    int[] r = range(s, phraseTokens(s, h));
                    Actor b = g.actor();
                    return new Mention(new Actor(text.substring(r[0], r[1]), b.name(), b.country(), b.org(), b.sector(),
                            r[0], r[1]), s.index(), h, g.role(), false, false, "coref:group");
                }
            }
            if (STATE_NOUNS.contains(t.lower())) {
                // "his country would break relations": the possessor's country
                Mention bare = new Mention(new Actor(text.substring(t.begin(), t.end()), null, null, null, null,
                        t.begin(), t.end()), s.index(), h, null, false, false, "dictionary");
                Mention owner = possessorCountry(sa, bare, h);
                if (owner != null) {
                    return owner;
                }
                // only as a subject: "to support the country" after "North Korea decided" is some other country
                String here = refersBack(s, h) && s.rel(h).startsWith("nsubj")
                        ? discourse.currentCountry(s.index(), h) : null;
                if (here != null) {
                    // "KCNA said the country had tested a missile": the country the text is about
                    return bare.withActor(new Actor(bare.actor().text(), null, here, null, null, t.begin(), t.end()),
                            "coref:country");
                }
            }
            return null;
        }
        boolean plural = t.tag().endsWith("S");
        int[] r;
        if (!headNamed && sector == null && !person && countryFrom != null) {
            // "Russia's war": the actor is Russia, and its span is Russia's
            r = new int[] {s.token(countryFrom.start()).begin(), s.token(countryFrom.end() - 1).end()};
        } else {
            r = range(s, np);
        }
        Actor a = new Actor(text.substring(r[0], r[1]), name, country, org, sector, r[0], r[1]);
        Mention m = new Mention(a, s.index(), h, role, person, plural, "dictionary");
        if (a.isResolved()) {
            return m;
        }
        Mention owner = possessor(sa, m, h); // "its embassy in Quito" is its own, wherever it is
        if (owner != null) {
            return owner;
        }
        Mention deep = nationalityWithin(sa, m, h);
        if (deep != null) {
            return deep;
        }
        return corefer(sa, m, h);
    }

    /** Whether a match names a state by its name or its people ("Serbia", "Serb"), the kinds a people is named by. */
    private boolean isNationality(PhraseMatch m) {
        return nationality(m) != null;
    }

    /** The entry by which a match names a state or its people, or null. */
    private DictEntry nationality(PhraseMatch m) {
        for (DictEntry e : usable(m.entries())) {
            if ((e.kind() == EntryKind.ADJECTIVE || e.kind() == EntryKind.COUNTRY) && e.country() != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * The first of two or more nationality words stacked without a break on the head ("Bosnian Serb forces",
     * "Croatian Serbs", "Turkish Kurd refugees") when they name different states and the chosen one is among
     * them; else null. Hyphened pairs ("U.S.-Soviet talks") are broken by the hyphen and left alone.
     */
    private DictEntry firstNationality(Sentence s, int h, List<PhraseMatch> found, PhraseMatch chosen) {
        List<PhraseMatch> stack = new ArrayList<>();
        for (PhraseMatch m : found) {
            boolean onHead = m.covers(h) || m.end() <= h && s.head(m.end() - 1) == h
                    && (s.rel(m.end() - 1).equals("amod") || s.rel(m.end() - 1).equals("compound"));
            if (onHead && isNationality(m)) {
                stack.add(m);
            }
        }
        if (stack.size() < 2 || !stack.contains(chosen)) {
            return null;
        }
        stack.sort(java.util.Comparator.comparingInt(PhraseMatch::start));
        java.util.Set<String> states = new java.util.HashSet<>();
        for (int i = 0; i < stack.size(); i++) {
            if (i > 0 && stack.get(i).start() != stack.get(i - 1).end()) {
                return null;
            }
            states.add(nationality(stack.get(i)).country());
        }
        return states.size() > 1 ? nationality(stack.get(0)) : null;
    }

    /**
     * The state a people named by its nationality lives in, when the phrase places it ("ethnic Albanians in
     * southern Serbia", "the Albanians of southern Serbia") or, for an "ethnic" people, the clause does ("ethnic
     * Albanians demonstrated in Serbia"); else null. Only the people itself, not "Serbian troops in Bosnia"; and
     * "in" places only an ethnic people ("two Americans in Iraq were kidnapped" are Americans).
     */
    private DictEntry peoplePlace(SentenceActors sa, int h, PhraseMatch from) {
        Sentence s = sa.sentence();
        boolean ethnic = false;
        for (int c : s.children(h)) {
            ethnic |= s.rel(c).equals("amod") && s.token(c).lower().equals("ethnic");
        }
        DictEntry own = nationality(from);
        boolean people = from.covers(h) && own != null && own.kind() == EntryKind.ADJECTIVE
                && s.token(h).tag().endsWith("S");
        if (!people && !ethnic) {
            return null;
        }
        DictEntry at = placeIn(sa, h, from, ethnic ? Set.of("in", "of") : Set.of("of"));
        if (at == null && ethnic && s.rel(h).startsWith("nsubj")) {
            at = placeIn(sa, s.head(h), from, Set.of("in"));
        }
        return at;
    }

    /** A state, or a place of one, named in a phrase on token x with one of these prepositions, other than own. */
    private DictEntry placeIn(SentenceActors sa, int x, PhraseMatch own, Set<String> preps) {
        Sentence s = sa.sentence();
        if (x < 0) {
            return null;
        }
        for (int c : s.children(x)) {
            String r = s.rel(c);
            if (!(r.equals("nmod") || r.equals("obl")) || preps.stream().noneMatch(p -> hasCase(s, c, p))) {
                continue;
            }
            PhraseMatch m = sa.matchAt(c);
            if (m == null || m == own) {
                continue;
            }
            for (DictEntry e : usable(m.entries())) {
                if (e.country() != null && (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.PLACE
                        || e.kind() == EntryKind.CAPITAL)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The entries that hold on the article's day. Office holders out of office that day give way to those in
     * office; when none is, the one in office nearest that day is kept (archives carry wrong dates).
     */
    private List<DictEntry> usable(List<DictEntry> entries) {
        List<DictEntry> valid = new ArrayList<>(entries.size());
        DictEntry nearest = null;
        long best = Long.MAX_VALUE;
        for (DictEntry e : entries) {
            if (e.validOn(day)) {
                valid.add(e);
            } else if (e.kind() == EntryKind.PERSON) {
                long d = Math.min(e.from() == null ? Long.MAX_VALUE : Math.abs(e.from().toEpochDay() - day.toEpochDay()),
                        e.to() == null ? Long.MAX_VALUE : Math.abs(e.to().toEpochDay() - day.toEpochDay()));
                if (d < best) {
                    best = d;
                    nearest = e;
                }
            }
        }
        boolean personValid = valid.stream().anyMatch(e -> e.kind() == EntryKind.PERSON);
        if (!personValid && nearest != null) {
            valid.add(0, nearest);
        }
        return valid;
    }

    /** Entries of one phrase, those agreeing with the phrase's other country evidence first. */
    private List<DictEntry> ordered(List<DictEntry> entries, java.util.Set<String> evidence) {
        if (entries.size() < 2) {
            return entries;
        }
        // the phrase's own country evidence first, then the countries the article has named so far
        List<DictEntry> out = new ArrayList<>(entries);
        out.sort(java.util.Comparator.comparingInt((DictEntry e) -> e.country() != null && evidence.contains(e.country()) ? 0 : 1)
                .thenComparingInt(e -> e.country() != null && articleCountries.contains(e.country()) ? 0 : 1));
        return out;
    }

    /** Lower rank is closer to the head: the head itself, its possessor, its modifiers, then "of" complements. */
    private static int rank(Sentence s, int h, PhraseMatch m, int k) {
        if (m.covers(h)) {
            // a seat of power names its country less surely than a possessor: "Brazil's Congress"
            boolean seat = m.entries().stream().allMatch(e -> e.kind() == EntryKind.SEAT);
            return seat ? 3 : 0;
        }
        String r = s.rel(k);
        int hd = s.head(k);
        if (r.equals("nmod:poss")) {
            return 1;
        }
        if (hd == h && (r.equals("amod") || r.equals("compound"))) {
            return 2 + Math.abs(h - k);
        }
        if (r.equals("appos") || hd >= 0 && s.rel(hd).equals("appos")) {
            return 50;
        }
        if (r.startsWith("nmod")) {
            return 80;
        }
        return 20 + Math.abs(h - k);
    }

    /** The tokens of the noun phrase headed by h, without relative clauses and prepositional phrases other than "of". */
    private static List<Integer> phraseTokens(Sentence s, int h) {
        List<Integer> out = new ArrayList<>();
        collect(s, h, h, out);
        out.sort(null);
        return out;
    }

    private static void collect(Sentence s, int h, int i, List<Integer> out) {
        out.add(i);
        for (int c : s.children(i)) {
            String r = s.rel(c);
            if (NP_RELS.contains(r) || r.startsWith("compound") || r.startsWith("flat")) {
                if (r.equals("punct") && (c < firstOf(s, h) || c > h && !s.children(h).contains(c))) {
                    continue;
                }
                if (r.equals("appos") && i != h) {
                    continue;
                }
                collect(s, h, c, out);
            } else if (r.equals("nmod") && i == h && hasCase(s, c, "of") && s.token(c).isNoun()) {
                collect(s, h, c, out);
            }
        }
    }

    private static int firstOf(Sentence s, int h) {
        int f = h;
        for (int c : s.children(h)) {
            f = Math.min(f, c);
        }
        return f;
    }

    public static boolean hasCase(Sentence s, int i, String prep) {
        for (int c : s.children(i)) {
            if ((s.rel(c).equals("case") || s.rel(c).equals("mark")) && s.token(c).lower().equals(prep)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase's character range, without punctuation or prepositions at its edges, nor a bracketed apposition. */
    private static int[] range(Sentence s, List<Integer> all) {
        List<Integer> np = new ArrayList<>(all);
        for (int k : all) {
            if (s.rel(k).equals("appos") && k > 0 && s.token(k).begin() > 0 && bracketed(s, k)) {
                np.removeAll(s.subtree(k, x -> true));
                np.removeIf(i -> s.token(i).word().equals("(") || s.token(i).word().equals(")"));
            }
        }
        if (np.isEmpty()) {
            np = all;
        }
        int a = 0;
        int b = np.size() - 1;
        while (a < b && (isPunct(s.token(np.get(a))) || s.rel(np.get(a)).equals("case"))) {
            a++;
        }
        while (b > a && (isPunct(s.token(np.get(b))) || s.rel(np.get(b)).equals("case"))) {
            b--;
        }
        return new int[] {s.token(np.get(a)).begin(), s.token(np.get(b)).end()};
    }

    private static boolean bracketed(Sentence s, int appos) {
        int first = s.subtree(appos, x -> true).get(0);
        return first > 0 && (s.token(first - 1).word().equals("(") || s.token(first).word().equals("("));
    }

    private static boolean isPunct(Token t) {
        return Normalizer.key(t.word()).isEmpty();
    }

    /**
     * For a role noun without a country, the country or body its own modifiers name further down: "inspectors
     * from the IAEA", "survivors of the earthquake in Turkey", "officials in Seoul".
     */
    private Mention nationalityWithin(SentenceActors sa, Mention m, int h) {
        Sentence s = sa.sentence();
        if (m.actor().sector() == null) {
            return null;
        }
        for (int k : s.subtree(h, r -> !r.equals("acl:relcl") && !r.equals("appos") && !r.startsWith("conj")
                && !r.equals("punct"))) {
            if (k != h && !ownerPhrase(s, h, k)) {
                continue;
            }
            PhraseMatch pm = sa.matchAt(k);
            if (k == h || pm == null || pm.covers(h)) {
                continue;
            }
            for (DictEntry e : usable(pm.entries())) {
                if (e.hasCountryOrOrg()) {
                    Actor a = m.actor();
                    return m.withActor(new Actor(a.text(), a.name(), e.country(), e.org(), a.sector(), a.begin(), a.end()),
                            "dictionary:within");
                }
            }
        }
        return null;
    }

    /** Whether token k, inside the phrase of h, is not reached through a phrase naming what h acts on. */
    private static boolean ownerPhrase(Sentence s, int h, int k) {
        for (int i = k, guard = 0; i >= 0 && i != h && guard < 50; i = s.head(i), guard++) {
            if ((s.rel(i).equals("amod") || s.rel(i).startsWith("acl"))
                    && AFFILIATION.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return false; // "the al-Qaeda-linked JNIM" is JNIM, not al-Qaeda
            }
            if (s.rel(i).startsWith("nmod") || s.rel(i).startsWith("acl")) {
                for (int c : s.children(i, "case")) {
                    if (NOT_OWNER.contains(s.token(c).lower())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Agreements, meetings and processes named after the city they were made in. */
    public static final Set<String> NAMED_AFTER_PLACES = Set.of("accord", "agreement", "protocol", "treaty", "process",
            "format", "declaration", "convention", "conference", "summit", "communique", "act", "memorandum",
            "ceasefire", "truce");

    /** Participles that tie a group to another without making it that other: "al-Qaeda-linked", "IS-affiliated". */
    private static final Set<String> AFFILIATION = Set.of("link", "affiliate", "ally", "inspire", "align", "connect",
            "associate");

    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "homeland");

    /** Sectors of a state's own institutions: "the government", "the army", "the police", "the parliament". */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

    /** Nouns that name a part of a country's territory by a place name: "the Bryansk region". */
    private static final Set<String> REGION_NOUNS = Set.of("region", "province", "oblast", "district", "governorate",
            "county", "prefecture", "area", "city", "town", "village", "enclave", "territory", "municipality");

    /** Nouns that, with "both" or "the two", stand for two parties named before: "both sides", "the two countries". */
    private static final Set<String> SIDE_NOUNS = Set.of("side", "sides", "country", "countries", "neighbour",
            "neighbours", "neighbor", "neighbors", "nation", "nations", "government", "governments", "party", "parties",
            "capital", "capitals", "leader", "leaders");

    private static boolean isBothSides(Sentence s, int h) {
        if (!SIDE_NOUNS.contains(s.token(h).word().toLowerCase(Locale.ROOT)) || !s.token(h).tag().endsWith("S")) {
            return false;
        }
        for (int c : s.children(h)) {
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("both") || w.equals("two") && s.rel(c).equals("nummod")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A ceasefire between Israel and Hezbollah, which both sides accepted", "Russia urged both sides to show
     * restraint": the two countries named last, not counting the one whose clause it is. The mention is the first;
     * the second is grouped with it, as for a plural pronoun.
     */
    private Mention bothSides(SentenceActors sa, int h) {
        Sentence s = sa.sentence();
        String except = null;
        int v = s.head(h);
        if (v >= 0 && !s.rel(h).startsWith("nsubj")) {
            int subj = org.herald.coding.events.Frames.subject(s, v);
            Mention sm = subj >= 0 ? sa.mention(subj) : null;
            except = sm != null ? sm.actor().country() : null;
        }
        List<Mention> two = discourse.twoSides(s.index(), h, except);
        if (two.isEmpty()) {
            return null;
        }
        int[] r = range(s, phraseTokens(s, h));
        List<Mention> out = new ArrayList<>(2);
        for (Mention m : two) {
            Actor b = m.actor();
            out.add(new Mention(new Actor(text.substring(r[0], r[1]), b.name(), b.country(), b.org(), null, r[0], r[1]),
                    s.index(), h, null, false, true, "coref:sides"));
        }
        sa.putGroup(h, List.of(out.get(1)));
        return out.get(0);
    }

    /** Nouns that stand for a non-state group named before: "the group", "the movement". */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "faction", "organisation",
            "organization", "militia");

    /** Nouns that stand for an international body named before: "the bloc", "the alliance". */
    private static final Set<String> BODY_NOUNS = Set.of("bloc", "alliance", "union", "organization", "organisation",
            "grouping", "body", "coalition");

    /** Prepositions whose phrase names what a role noun acts on, not whose it is ("sanctions by the bloc on X"). */
    private static final Set<String> NOT_OWNER = Set.of("on", "against", "over", "to", "toward", "towards", "with",
            "about", "into", "onto", "upon", "at");

    /** "his country": the country (not the sector) of the possessive pronoun's antecedent. */
    private Mention possessorCountry(SentenceActors sa, Mention m, int h) {
        Mention owner = possessor(sa, m, h);
        if (owner == null || owner.actor().country() == null) {
            return null;
        }
        Actor a = owner.actor();
        return owner.withActor(new Actor(a.text(), a.name(), a.country(), null, null, a.begin(), a.end()),
                "coref:possessive");
    }

    /** "its troops", "their ambassador": the possessive pronoun's antecedent lends its country or body. */
    private Mention possessor(SentenceActors sa, Mention m, int h) {
        Sentence s = sa.sentence();
        for (int c : s.children(h, "nmod:poss")) {
            Mention named = s.token(c).isPronoun() ? null : sa.mention(c);
            if (named != null && named.resolved()) {
                // "the group's fighters": a possessor already resolved by reference lends its country or body
                Actor a = m.actor();
                Actor b = named.actor();
                return m.withActor(new Actor(a.text(), b.name(), b.country(), b.org(), a.sector(), a.begin(), a.end()),
                        "coref:possessive");
            }
            if (s.token(c).word().equalsIgnoreCase("whose")) {
                // "Mexico, whose embassy in Quito was raided": the embassy is Mexico's
                Mention owner = relativeOwner(sa, c);
                if (owner != null) {
                    Actor a = m.actor();
                    Actor b = owner.actor();
                    return m.withActor(new Actor(a.text(), b.name(), b.country(), b.org(), a.sector(), a.begin(), a.end()),
                            "coref:possessive");
                }
                continue;
            }
            if (!s.token(c).isPronoun()) {
                continue;
            }
            // "“Our forces shot down 11 drones,” the air force said": ours are the speaker's
            Mention ante = FIRST_PERSON.contains(s.token(c).word().toLowerCase(Locale.ROOT)) ? speakerOf(sa, c)
                    : resolvePronoun(sa, c);
            if (ante != null && ante.resolved()) {
                Actor a = m.actor();
                Actor b = ante.actor();
                return m.withActor(new Actor(a.text(), b.name(), b.country(), b.org(), a.sector(), a.begin(), a.end()),
                        "coref:possessive");
            }
        }
        return null;
    }

    /** The first of two or more resolved actors conjoined as the subject of sentence {@code k}'s main verb, or null. */
    private Mention conjoinedSubject(int k) {
        SentenceActors at = done.get(k);
        if (at == null) {
            return null;
        }
        Sentence s = at.sentence();
        int root = s.root();
        int subj = root < 0 ? -1 : org.herald.coding.events.Frames.subject(s, root);
        if (subj < 0 || at.mention(subj) == null || !at.mention(subj).resolved()) {
            return null;
        }
        int named = 0;
        for (int c : org.herald.coding.events.Frames.withConjuncts(s, subj)) {
            if (at.mention(c) != null && at.mention(c).resolved()) {
                named++;
            }
        }
        return named >= 2 ? at.mention(subj) : null;
    }

    private Mention resolvePronoun(SentenceActors sa, int h) {
        Sentence s = sa.sentence();
        String lower = s.token(h).word().toLowerCase(Locale.ROOT);
        boolean reply = s.rel(h).startsWith("nsubj") && s.head(h) >= 0
                && REPLY_VERBS.contains(s.token(s.head(h)).lower());
        Mention exclude = null;
        int v = s.head(h);
        if (v >= 0 && !s.rel(h).startsWith("nsubj") && !lower.endsWith("self") && !lower.endsWith("selves")) {
            // "Orban praised Trump after meeting him": him is not the one doing the meeting
            int subj = org.herald.coding.events.Frames.subject(s, v);
            exclude = subj >= 0 ? sa.mention(subj) : null;
        }
        Mention ante = discourse.pronoun(lower, s.index(), h, reply, exclude);
        if ((lower.equals("they") || lower.equals("them")) && s.rel(h).startsWith("nsubj")) {
            // "Putin and Kim signed a pact. They also agreed ...": they are the pair the last sentence was about
            Mention pair = conjoinedSubject(s.index() - 1);
            if (pair != null) {
                ante = pair;
            }
        }
        if (ante == null) {
            return null;
        }
        Token t = s.token(h);
        Actor a = ante.actor();
        Actor here = new Actor(t.word(), a.name(), a.country(), a.org(), a.sector(), t.begin(), t.end());
        Mention m = new Mention(here, s.index(), h, ante.role(), ante.person(), ante.plural(), "coref:pronoun");
        if (lower.equals("they") || lower.equals("them") || lower.equals("their")) {
            // "Norway and Belgium said they would send ...": they are both
            SentenceActors at = ante.sentence() == s.index() ? sa : done.get(ante.sentence());
            if (at != null) {
                List<Mention> group = new ArrayList<>();
                int first = ante.head();
                while (at.sentence().rel(first).startsWith("conj") && at.sentence().head(first) >= 0) {
                    first = at.sentence().head(first); // "Canada and Mexico ... they": from the first of them
                }
                for (int c : org.herald.coding.events.Frames.withConjuncts(at.sentence(), first)) {
                    Mention sib = at.mention(c);
                    if (c != ante.head() && sib != null && sib.resolved()) {
                        Actor b = sib.actor();
                        group.add(new Mention(new Actor(t.word(), b.name(), b.country(), b.org(), b.sector(), t.begin(),
                                t.end()), s.index(), h, sib.role(), sib.person(), true, "coref:pronoun"));
                    }
                }
                if (!group.isEmpty()) {
                    sa.putGroup(h, group);
                }
            }
        }
        return m;
    }

    /**
     * Whether a role noun refers back to someone already named: a definite singular ("the minister", "the
     * agency") or a title with a name ("diplomat Georgy Zinoviev"), not a plural or indefinite group ("leaders",
     * "a group of officials").
     */
    private static boolean refersBack(Sentence s, int h) {
        Token t = s.token(h);
        if ("PERSON".equals(t.ner()) || t.isProperNoun()) {
            return true;
        }
        if (t.tag().endsWith("S")) {
            return false;
        }
        for (int c : s.children(h, "det")) {
            String d = s.token(c).lower();
            return d.equals("the") || d.equals("this") || d.equals("that");
        }
        return false;
    }

    /** A plural noun without determiner or modifiers but numbers: "soldiers", "about 2,000 soldiers". */
    private static boolean isBare(Sentence s, int h) {
        for (int c : s.children(h)) {
            String r = s.rel(c);
            if (!(r.equals("nummod") || r.equals("punct") || r.equals("advmod"))) {
                return false;
            }
        }
        return true;
    }

    private Mention corefer(SentenceActors sa, Mention m, int h) {
        Sentence s = sa.sentence();
        Mention ante = null;
        String how = null;
        if ("PERSON".equals(s.token(h).ner()) || s.token(h).isProperNoun()) {
            ante = discourse.bySurname(Normalizer.key(s.token(h).word()));
            how = "coref:surname";
        }
        if (ante == null && m.role() != null && refersBack(s, h)) {
            boolean named = "PERSON".equals(s.token(h).ner()) || s.token(h).isProperNoun();
            // a named office holder is not another named person of the same office ("President Akayev" is not
            // the president named before), but may belong to the institution named before ("the Foreign Ministry")
            ante = discourse.byRole(m.role(), s.index(), h, named);
            how = "coref:role";
        }
        if (ante == null && m.role() != null && m.plural() && isBare(s, h)) {
            // "about 2,000 soldiers had been sent" after "Belarusian soldiers": the same people, named again
            ante = discourse.bySameNoun(Normalizer.key(s.token(h).word()), s.index(), h);
            how = "coref:noun";
        }
        if (ante == null && "IGO".equals(m.actor().sector()) && BODY_NOUNS.contains(s.token(h).lower())
                && refersBack(s, h)) {
            ante = discourse.latestBody(s.index(), h); // "the bloc" after "the European Union"
            how = "coref:body";
        }
        if (ante == null && m.actor().sector() != null && STATE_SECTORS.contains(m.actor().sector())
                && m.actor().org() == null && !m.plural()
                && refersBack(s, h) && !s.token(h).isProperNoun()) {
            // "Venezuela's opposition accused the government": the institution of the country the text is about
            String here = discourse.currentCountry(s.index(), h);
            if (here != null) {
                Actor a = m.actor();
                return m.withActor(new Actor(a.text(), a.name(), here, null, a.sector(), a.begin(), a.end()),
                        "coref:country");
            }
        }
        if (ante == null) {
            return m;
        }
        Actor a = m.actor();
        Actor b = ante.actor();
        String sector = a.sector() != null ? a.sector() : b.sector();
        Actor merged = new Actor(a.text(), b.name(), b.country(), b.org(), sector, a.begin(), a.end());
        String role = m.role() != null ? m.role() : ante.role();
        return new Mention(merged, m.sentence(), m.head(), role, m.person() || ante.person(), m.plural(), how);
    }
}
