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
            "into", "to", "towards", "toward", "off", "along");
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*([A-Z][A-Za-z .'’-]{1,40}?)(?:,[ \\t]*[A-Z][A-Za-z .]{1,20})?,?[ \\t]+"
                    + "(?:[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+[A-Z][a-z]{2,8}|\\([^)\\n]{2,40}\\))");

    private final Gazetteer gazetteer;
    private final ActorDictionary dict;

    public PlaceResolver(Gazetteer gazetteer, ActorDictionary dict) {
        this.gazetteer = gazetteer;
        this.dict = dict;
    }

    /** The place in the predicate's own clause, or null. */
    public Place inClause(SentenceActors sa, int v, Set<String> articleCountries) {
        Sentence s = sa.sentence();
        int obj = Frames.object(s, v);
        Place coarse = null;
        for (int head : obj >= 0 ? List.of(v, obj) : List.of(v)) {
            for (int c : s.children(head)) {
                String r = s.rel(c);
                if (!(r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss"))) {
                    continue;
                }
                boolean locative = LOCATIVE.contains(Frames.prepOf(s, c));
                Place p = locative ? place(sa, c, articleCountries) : null;
                if (p == null) {
                    // "detained 300 people at protests in Istanbul", "a summit in Brussels": one level down
                    for (int k : s.children(c)) {
                        if (s.rel(k).startsWith("nmod") && LOCATIVE.contains(Frames.prepOf(s, k))) {
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
        if (obj >= 0 && s.token(obj).isProperNoun()) {
            Place p = place(sa, obj, articleCountries); // "struck Kharkiv"
            if (p != null && !"country".equals(p.precision())) {
                return p;
            }
        }
        return coarse;
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
            // "the Ladakh region", "the city of Derna": look at the phrase's name
            for (int c : s.children(head)) {
                String r = s.rel(c);
                if (r.equals("compound") || r.startsWith("nmod") && Frames.prepOf(s, c).equals("of")) {
                    PhraseMatch cm = sa.matchAt(c);
                    if (cm != null || "LOCATION".equals(s.token(c).ner())) {
                        Place p = cm != null ? fromMatch(sa, cm, articleCountries) : geocode(s.token(c).word(), articleCountries);
                        if (p != null) {
                            return p;
                        }
                    }
                }
            }
            if ("LOCATION".equals(s.token(head).ner())) {
                return geocode(words(sa, head), articleCountries);
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
                    return new Place(g.name(), g.country(), g.lat(), g.lon(), "city");
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
        return new Place(g.name(), g.country(), g.lat(), g.lon(), "city");
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
        return geocode(titleCase(city), articleCountries);
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
