package org.herald.coding.places;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.actors.DictEntry;
import org.herald.coding.actors.EntryKind;
import org.herald.coding.actors.PhraseMatch;
import org.herald.coding.actors.SentenceActors;
import org.herald.coding.events.Frames;
import org.herald.gazetteer.Gazetteer;
import org.herald.model.Place;
import org.herald.nlp.Sentence;

/**
 * Where an event happened: the place named in its own clause ("clashed in the Ladakh region", "transported ...
 * to Vladivostok"), else the dateline city. Names are geocoded with the gazetteer; ambiguous ones ("Paris",
 * "Tripoli") go to a country the article is about, then to the most populous. Stateless and thread-safe.
 */
public final class PlaceResolver {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "around", "across",
            "into", "to", "towards", "toward", "off", "along", "through", "over", "within", "via");
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*([A-Z][A-Za-z .'’-]{1,40}?)(?:,[ \\t]*([A-Z][A-Za-z .]{1,20}))?,?[ \\t]+"
                    + "(?:[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+[A-Z][a-z]{2,8}|\\([^)\\n]{2,40}\\))");

    /** Heads that make the name before them a region: "the Kursk region", "Idlib province". */
    private static final Set<String> REGIONS = Set.of("region", "province", "oblast", "governorate", "district",
            "state", "county", "prefecture", "territory", "area", "krai", "canton", "department");
    /** Heads that make the name before them a natural feature, not a town: "the Baltic Sea", "the Dnipro river". */
    private static final Set<String> FEATURES = Set.of("sea", "ocean", "gulf", "strait", "straits", "river", "lake",
            "mountains", "mountain", "valley", "desert", "bay", "channel", "peninsula", "island", "islands", "coast");

    private final Gazetteer gazetteer;
    private final ActorDictionary dict;

    public PlaceResolver(Gazetteer gazetteer, ActorDictionary dict) {
        this.gazetteer = gazetteer;
        this.dict = dict;
    }

    /** Prepositions that name where something went, not where it happened, unless it is a going. */
    private static final Set<String> DIRECTIONAL = Set.of("to", "towards", "toward", "into");
    /** Verbs of going and taking: their "to" phrase is where the event took place or ended. */
    private static final Set<String> MOTION = Set.of("send", "deploy", "move", "transport", "transfer", "fly", "travel",
            "go", "come", "return", "arrive", "deliver", "ship", "deport", "expel", "extradite", "bring", "take",
            "dispatch", "march", "advance", "push", "redeploy", "relocate", "airlift", "evacuate", "flee", "smuggle",
            "cross", "enter", "sail", "head", "drive", "carry", "ferry", "station", "withdraw", "pull", "launch",
            "fire", "hand", "supply", "provide", "escort", "lead", "storm", "invade", "infiltrate", "penetrate",
            "summon", "call", "invite", "recall", "welcome", "admit", "repatriate", "airdrop", "drop");

    /** The place in the predicate's own clause, or null. */
    public Place inClause(SentenceActors sa, int v, Set<String> articleCountries) {
        return inClause(sa, v, articleCountries, false);
    }

    /**
     * The place in the predicate's own clause, or null. For a violent act ({@code violent}) "on X" is where it
     * landed ("strikes on Pakistan"); a "to" phrase is a place only for verbs of going and sending and for event
     * nouns ("a visit to Kyiv"): "a pause in aid to Ukraine" did not happen in Ukraine.
     */
    public Place inClause(SentenceActors sa, int v, Set<String> articleCountries, boolean violent) {
        Place p = ownClause(sa, v, articleCountries, violent);
        if (p == null) {
            // "used water cannon to disperse protesters outside parliament in Tbilisi": where the purpose was carried out
            for (int c : sa.sentence().children(v)) {
                String r = sa.sentence().rel(c);
                if ((r.equals("xcomp") || r.equals("advcl")) && Frames.hasMark(sa.sentence(), c, "to")) {
                    p = ownClause(sa, c, articleCountries, violent);
                    if (p != null) {
                        break;
                    }
                }
            }
        }
        return p;
    }

    private boolean locative(Sentence s, int v, int c, boolean violent) {
        String prep = Frames.prepOf(s, c);
        if (violent && prep.equals("on")) {
            return true;
        }
        if (DIRECTIONAL.contains(prep)) {
            return !s.token(v).isVerb() || MOTION.contains(s.token(v).lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return LOCATIVE.contains(prep);
    }

    private Place ownClause(SentenceActors sa, int v, Set<String> articleCountries, boolean violent) {
        Sentence s = sa.sentence();
        int obj = Frames.object(s, v);
        Place coarse = null;
        for (int head : obj >= 0 ? List.of(v, obj) : List.of(v)) {
            for (int c : s.children(head)) {
                String r = s.rel(c);
                if (!(r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss"))) {
                    continue;
                }
                boolean locative = locative(s, v, c, violent);
                Place p = locative ? place(sa, c, articleCountries) : null;
                if (p == null) {
                    // "detained 300 people at protests in Istanbul", "a summit in Brussels": one level down
                    for (int k : s.children(c)) {
                        if (s.rel(k).startsWith("nmod") && locative(s, v, k, violent)) {
                            p = place(sa, k, articleCountries);
                            if (p != null) {
                                break;
                            }
                        }
                    }
                }
                if (p == null && locative) {
                    p = countryOf(sa, c); // "at Ukrainian cities", "on Ukraine's energy grid"
                }
                if (p != null && !"country".equals(p.precision())) {
                    return p;
                }
                if (p != null && coarse == null) {
                    coarse = p;
                }
            }
        }
        if (obj >= 0) {
            Place p = place(sa, obj, articleCountries); // "struck Kharkiv", "shelled the town of Rylsk"
            if (p != null && !"country".equals(p.precision())) {
                return p;
            }
        }
        // "detained Suu Kyi and other leaders in Naypyitaw", "a raid on the camp near Tulkarm", "students in
        // Atlanta occupied ...": a place further down the clause's own phrases
        // ("Security forces in Myanmar killed ...": a country will do when the clause has nothing coarser)
        Place deeper = deepPlace(sa, v, articleCountries, coarse == null, violent);
        return deeper != null ? deeper : coarse;
    }

    /**
     * The first town named by a locative phrase inside the clause's subject, object or obliques, not inside its
     * clauses; failing a town, when {@code orAny}, the first place of any kind so named.
     */
    private Place deepPlace(SentenceActors sa, int v, Set<String> articleCountries, boolean orAny, boolean violent) {
        Sentence s = sa.sentence();
        Place any = null;
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        queue.add(new int[] {v, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            for (int c : s.children(at[0])) {
                String r = s.rel(c);
                // ("released three women held in Gaza": a participle on the object says where they were)
                // ("fired at trucks carrying aid near the border in the town of Urena": where what it hit was going)
                boolean held = r.equals("acl") && (s.token(c).tag().equals("VBN") && s.rel(at[0]).equals("obj")
                        || s.token(c).tag().equals("VBG") && at[1] > 0);
                boolean phrase = r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss") || r.equals("obj")
                        || r.startsWith("nsubj") || r.startsWith("conj") && at[0] != v || held;
                if (!phrase || at[1] >= 3) {
                    continue;
                }
                if (at[1] > 0 && !held && locative(s, v, c, violent)) {
                    Place p = place(sa, c, articleCountries);
                    if (p != null && "city".equals(p.precision())) {
                        return p;
                    }
                    if (any == null) {
                        any = p;
                    }
                }
                queue.add(new int[] {c, at[1] + 1});
            }
        }
        return orAny ? any : null;
    }

    /** A place phrase known only by its country: "Ukrainian cities", "Ukraine's energy grid". */
    private Place countryOf(SentenceActors sa, int head) {
        Sentence s = sa.sentence();
        for (int c : s.children(head)) {
            String r = s.rel(c);
            if (!(r.equals("amod") || r.equals("nmod:poss") || r.equals("compound"))) {
                continue;
            }
            PhraseMatch m = sa.matchAt(c);
            if (m == null) {
                // "to its border with Belarus": the border of the one "its" stands for
                org.herald.coding.actors.Mention owner = r.equals("nmod:poss") && s.token(c).isPronoun() ? sa.mention(c)
                        : null;
                if (owner != null && owner.actor().country() != null && owner.actor().org() == null) {
                    return new Place(dict.countryName(owner.actor().country()), owner.actor().country(), null, null,
                            "country");
                }
                continue;
            }
            for (DictEntry e : m.entries()) {
                if (e.kind() == EntryKind.CAPITAL || e.kind() == EntryKind.PLACE) {
                    return fromMatch(sa, m, Set.of(e.country())); // "Beirut's southern suburbs"
                }
                if ((e.kind() == EntryKind.ADJECTIVE || e.kind() == EntryKind.COUNTRY) && e.country() != null) {
                    return new Place(dict.countryName(e.country()), e.country(), null, null, "country");
                }
            }
        }
        return null;
    }

    /**
     * The place a noun phrase names: a city or town geocoded; a region or other place of the dictionary with its
     * country; a country by itself.
     */
    public Place place(SentenceActors sa, int head, Set<String> articleCountries) {
        Sentence s = sa.sentence();
        PhraseMatch m = sa.matchAt(head);
        if (m == null) {
            String noun = s.token(head).lower();
            if (org.herald.coding.actors.ActorResolver.NAMED_AFTER_PLACES.contains(noun)) {
                return null; // "the Minsk agreements" were not done in Minsk
            }
            if (FEATURES.contains(noun)) {
                return null; // "the Baltic Sea", "the Gulf of Oman": no town, whatever the gazetteer holds
            }
            boolean region = REGIONS.contains(noun);
            // "the Ladakh region", "the city of Derna": look at the phrase's name
            for (int c : s.children(head)) {
                String r = s.rel(c);
                if (r.equals("compound") || r.startsWith("nmod") && Frames.prepOf(s, c).equals("of")) {
                    PhraseMatch cm = sa.matchAt(c);
                    if (cm != null || "LOCATION".equals(s.token(c).ner())) {
                        Place p = cm != null ? fromMatch(sa, cm, articleCountries) : geocode(s.token(c).word(), articleCountries);
                        if (p != null && region && p.country() != null) {
                            // "Russia's Kursk region" is the region, not the city it is named after
                            return new Place(s.token(c).word() + " " + s.token(head).word(), p.country(), null, null,
                                    "region");
                        }
                        if (p != null) {
                            return p;
                        }
                    }
                }
            }
            if ("LOCATION".equals(s.token(head).ner())) {
                return geocode(words(sa, head), articleCountries);
            }
            int poss = s.child(head, "nmod:poss");
            PhraseMatch pm = poss >= 0 ? sa.matchAt(poss) : null;
            if (pm != null && pm.entries().stream().anyMatch(e -> e.kind() == EntryKind.CAPITAL
                    || e.kind() == EntryKind.PLACE)) {
                return fromMatch(sa, pm, articleCountries); // "Beirut's southern suburbs"
            }
            return null;
        }
        return fromMatch(sa, m, articleCountries);
    }

    private Place fromMatch(SentenceActors sa, PhraseMatch m, Set<String> articleCountries) {
        Sentence s = sa.sentence();
        StringBuilder name = new StringBuilder();
        for (int k = m.start(); k < m.end(); k++) {
            if (name.length() > 0 && !s.token(k).word().equals("-") && !name.toString().endsWith("-")) {
                name.append(' ');
            }
            name.append(s.token(k).word());
        }
        for (DictEntry e : m.entries()) {
            if (e.kind() == EntryKind.COUNTRY) {
                return new Place(dict.countryName(e.country()), e.country(), null, null, "country");
            }
            if (e.kind() == EntryKind.CAPITAL || e.kind() == EntryKind.PLACE) {
                Gazetteer.Entry g = gazetteer.best(name.toString(), Set.of(e.country()));
                if (g != null && g.country().equals(e.country())) {
                    return new Place(name.toString(), g.country(), g.lat(), g.lon(), "city"); // as the text spells it
                }
                return new Place(name.toString(), e.country(), null, null, "region");
            }
        }
        return null;
    }

    private Place geocode(String name, Set<String> articleCountries) {
        Gazetteer.Entry g = gazetteer.best(name, articleCountries);
        if (g == null || g.population() < 1000 && !articleCountries.contains(g.country())) {
            return null;
        }
        if (!articleCountries.isEmpty() && !articleCountries.contains(g.country()) && g.population() < 100_000) {
            return null; // "the town of Moura" in a story about Mali is not the Portuguese town of that name
        }
        return new Place(name, g.country(), g.lat(), g.lon(), "city"); // as the text spells it: "Tulkarm", not "Ţūlkarm"
    }

    private static String words(SentenceActors sa, int head) {
        Sentence s = sa.sentence();
        StringBuilder b = new StringBuilder();
        for (int k : s.subtree(head, r -> r.equals("compound") || r.startsWith("flat"))) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.token(k).word());
        }
        return b.toString();
    }

    /** The city of a wire dateline ("SEOUL, Oct 18 (Yonhap) -"), geocoded, or null. */
    public Place dateline(String text, Set<String> articleCountries) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        Matcher m = DATELINE.matcher(first);
        if (!m.find()) {
            return null;
        }
        String city = m.group(1).strip();
        if (!city.equals(city.toUpperCase(java.util.Locale.ROOT)) && !first.contains("(")) {
            return null; // an ordinary sentence start, not a dateline
        }
        // "TRIPOLI, Lebanon, May 20 (AFP)": the dateline's own country settles which Tripoli
        String named = m.group(2) == null ? null : dict.countryCode(m.group(2));
        return geocode(titleCase(city), named != null ? Set.of(named) : articleCountries);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean up = true;
        for (char c : s.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
