package org.herald.coding.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.gazetteer.Gazetteer;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Every phrase herald knows as an actor: countries, their adjectives, capitals and seats of power,
 * places, international bodies, named agencies and groups, office holders with their dates, and role
 * nouns with their sectors. Loaded from the plain-text files in {@code actors/} (and a user's own file),
 * then immutable and thread-safe. {@link #match(Sentence)} finds the longest phrases in a sentence.
 */
public final class ActorDictionary {
    /** The version of the bundled dictionaries, recorded in the coder string. */
    public static final String VERSION = "actors/1";

    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "SPY", "COP", "JUD", "LEG", "OPP", "PTY",
            "REB", "INS", "SEP", "UAF", "CVL", "REF", "MED", "BUS", "LAB", "EDU", "REL", "HLH", "ELI", "CRM", "ENV",
            "AGR", "IGO", "NGO", "HRI", "MOD", "RAD", "IMG", "DEV", "SET");

    private final Node root = new Node();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> orgNames = new HashMap<>();
    /** One-letter deletions of single-word country names, demonyms and capitals, for misspelt names. */
    private Map<String, List<DictEntry>> misspelt;
    /** Names of real places, never read as misspelt country names ("Granada" is no Grenada). */
    private java.util.function.Predicate<String> placeName = w -> false;
    private int size;

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<DictEntry> entries;
    }

    private ActorDictionary() {
    }

    /** The bundled dictionaries. */
    public static ActorDictionary standard() {
        return builder().addStandard().placeNames(w -> !Gazetteer.standard().all(w).isEmpty()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a dictionary from the bundled files and user files. */
    public static final class Builder {
        private final ActorDictionary d = new ActorDictionary();

        public Builder addStandard() {
            read("countries.tsv", this::country);
            read("orgs.tsv", this::org);
            read("agencies.tsv", this::agency);
            read("sectors.tsv", this::sector);
            read("persons.tsv", this::person);
            return this;
        }

        /**
         * Adds a user's file: one entry a line, tab-separated {@code phrase code sector role from to}, where code
         * is an ISO alpha-3 country, {@code ORG:CODE} for an international body, or '-'; '-' leaves a column empty.
         */
        public Builder addUserFile(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readLines(file.toString(), r, this::user);
            }
            return this;
        }

        /** Adds entries in the user format from text (for tests and embedding). */
        public Builder addUserText(String name, String text) {
            try {
                readLines(name, new java.io.StringReader(text), this::user);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Words that name real places and so are never taken for a misspelt country name. */
        public Builder placeNames(java.util.function.Predicate<String> isPlace) {
            d.placeName = isPlace;
            return this;
        }

        /** Office holders by their family name, for the dynasties of one state (see {@link #addFamilies}). */
        private final Map<String, List<DictEntry>> families = new HashMap<>();
        private final Set<String> givenNames = new java.util.HashSet<>();

        /**
         * "Bush", "Castro", "Bhutto", "Kabila": a family name two or more office holders of one state share is not
         * listed as anyone's variant, since it names no one person; it still names their state, so it is added
         * for each of them, the article's date choosing whose term it is. Names that are also given names in the
         * file ("Salman", "Khalifa") are left out.
         */
        private void addFamilies() {
            for (Map.Entry<String, List<DictEntry>> f : families.entrySet()) {
                String surname = f.getKey();
                List<DictEntry> members = f.getValue();
                Set<String> persons = new java.util.HashSet<>();
                Set<String> states = new java.util.HashSet<>();
                for (DictEntry e : members) {
                    persons.add(e.name());
                    states.add(e.country() == null ? "ORG:" + e.org() : e.country());
                }
                if (persons.size() < 2 || states.size() != 1 || surname.length() < 4 || givenNames.contains(surname)
                        || d.root.next.containsKey(Normalizer.key(surname))) {
                    continue;
                }
                members.forEach(d::addEntry);
            }
        }

        public ActorDictionary build() {
            addFamilies();
            d.indexMisspellings();
            return d;
        }

        private interface LineHandler {
            void accept(String[] f, String where);
        }

        private void read(String resource, LineHandler h) {
            try (InputStream in = ActorDictionary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing actor dictionary resource " + resource);
                }
                readLines(resource, new InputStreamReader(in, StandardCharsets.UTF_8), h);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readLines(String name, Reader reader, LineHandler h) throws IOException {
            BufferedReader r = new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                try {
                    h.accept(f, name + ":" + n);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
                }
            }
        }

        private static String opt(String s) {
            return s == null || s.isEmpty() || s.equals("-") ? null : s;
        }

        private static List<String> alts(String s) {
            List<String> out = new ArrayList<>();
            if (opt(s) == null) {
                return out;
            }
            for (String a : s.split("\\|")) {
                if (!a.isBlank() && !a.strip().equals("-")) {
                    out.add(a.strip());
                }
            }
            return out;
        }

        private static void need(String[] f, int n) {
            if (f.length < n) {
                throw new IllegalArgumentException("expected " + n + " tab-separated columns, got " + f.length);
            }
        }

        private static String checkSector(String s) {
            String v = opt(s);
            if (v != null && !SECTORS.contains(v.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown sector code " + v);
            }
            return v == null ? null : v.toUpperCase(Locale.ROOT);
        }

        private static String checkCountry(String s) {
            String v = opt(s);
            if (v != null && !v.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("country must be ISO alpha-3: " + v);
            }
            return v;
        }

        private static LocalDate date(String s, boolean end) {
            String v = opt(s);
            if (v == null) {
                return null;
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v + "-01");
                return end ? d.plusMonths(1).minusDays(1) : d;
            }
            return LocalDate.parse(v);
        }

        // countries.tsv: iso3 name variants adjectives capitals seats places
        private void country(String[] f, String where) {
            need(f, 7);
            String iso = checkCountry(f[0]);
            d.countryNames.put(iso, f[1]);
            add(f[1], EntryKind.COUNTRY, f[1], iso, null, null, null, where);
            for (String v : alts(f[2])) {
                add(v, EntryKind.COUNTRY, f[1], iso, null, null, null, where);
            }
            for (String v : alts(f[3])) {
                add(v, EntryKind.ADJECTIVE, f[1], iso, null, null, null, where);
            }
            for (String v : alts(f[4])) {
                add(v, EntryKind.CAPITAL, f[1], iso, null, "GOV", "official", where);
            }
            for (String v : alts(f[5])) {
                int c = v.lastIndexOf(':');
                String phrase = c > 0 ? v.substring(0, c) : v;
                String sector = c > 0 ? checkSector(v.substring(c + 1)) : "GOV";
                add(phrase, EntryKind.SEAT, phrase, iso, null, sector, "official", where);
            }
            for (String v : alts(f[6])) {
                add(v, EntryKind.PLACE, v, iso, null, null, null, where);
            }
        }

        // orgs.tsv: code name variants sector
        private void org(String[] f, String where) {
            need(f, 4);
            String code = f[0];
            String sector = checkSector(f[3]);
            d.orgNames.put(code, f[1]);
            add(f[1], EntryKind.ORG, f[1], null, code, sector, null, where);
            for (String v : alts(f[2])) {
                add(v, EntryKind.ORG, f[1], null, code, sector, null, where);
            }
        }

        // agencies.tsv: short name country sector variants
        private void agency(String[] f, String where) {
            need(f, 5);
            String country = checkCountry(f[2]);
            String sector = checkSector(f[3]);
            String role = "MED".equals(sector) ? "media" : "agency";
            // a transnational group of no one country (al-Qaeda, ISIS) is a non-governmental body: its short code
            // is its org, as the contract has it
            String org = country == null ? f[0] : null;
            add(f[0], EntryKind.AGENCY, f[1], country, org, sector, role, where);
            add(f[1], EntryKind.AGENCY, f[1], country, org, sector, role, where);
            for (String v : alts(f[4])) {
                add(v, EntryKind.AGENCY, f[1], country, org, sector, role, where);
            }
        }

        // sectors.tsv: term sector role
        private void sector(String[] f, String where) {
            need(f, 3);
            add(f[0], EntryKind.SECTOR, null, null, null, checkSector(f[1]), opt(f[2]), where);
        }

        // persons.tsv: name country sector role from to variants
        private void person(String[] f, String where) {
            need(f, 7);
            String country = null;
            String org = null;
            String c = opt(f[1]);
            if (c != null && c.startsWith("ORG:")) {
                org = c.substring(4);
            } else {
                country = checkCountry(c);
            }
            String sector = checkSector(f[2]);
            LocalDate from = date(f[4], false);
            LocalDate to = date(f[5], true);
            List<String> names = new ArrayList<>();
            names.add(f[0]);
            names.addAll(alts(f[6]));
            for (String v : names) {
                d.addEntry(new DictEntry(v, EntryKind.PERSON, f[0], country, org, sector, opt(f[3]), from, to, where));
            }
            String[] words = f[0].trim().split("\\s+");
            if (words.length > 1) {
                families.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>())
                        .add(new DictEntry(words[words.length - 1], EntryKind.PERSON, f[0], country, org, sector,
                                opt(f[3]), from, to, where));
                givenNames.add(words[0]);
            }
        }

        // user file: phrase code sector role from to
        private void user(String[] f, String where) {
            need(f, 3);
            String code = opt(f[1]);
            String country = null;
            String org = null;
            if (code != null && code.startsWith("ORG:")) {
                org = code.substring(4);
            } else {
                country = checkCountry(code);
            }
            String sector = checkSector(f[2]);
            String role = f.length > 3 ? opt(f[3]) : null;
            LocalDate from = f.length > 4 ? date(f[4], false) : null;
            LocalDate to = f.length > 5 ? date(f[5], true) : null;
            EntryKind kind = country == null && org == null ? EntryKind.SECTOR
                    : Character.isUpperCase(f[0].charAt(0)) ? EntryKind.AGENCY : EntryKind.SECTOR;
            d.addEntry(new DictEntry(f[0], kind, f[0], country, org, sector, role, from, to, where));
        }

        private void add(String phrase, EntryKind kind, String name, String country, String org, String sector,
                         String role, String where) {
            d.addEntry(new DictEntry(phrase, kind, name, country, org, sector, role, null, null, where));
        }
    }

    private void addEntry(DictEntry e) {
        addPath(Normalizer.tokenKeys(e.phrase()), e);
        if (e.phrase().indexOf('-') > 0) {
            // the tokenizer keeps some hyphened words whole ("Vice-President") and splits others ("Secretary -
            // General"): a hyphened phrase is found either way
            addPath(Normalizer.tokenKeys(e.phrase().replace("-", "")), e);
        }
    }

    private void addPath(String[] keys, DictEntry e) {
        if (keys.length == 0) {
            return;
        }
        Node n = root;
        for (String k : keys) {
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        if (n.entries == null) {
            n.entries = new ArrayList<>(1);
        }
        if (!n.entries.contains(e)) {
            n.entries.add(e);
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** The English short name of a country code, or null. */
    public String countryName(String iso3) {
        return countryNames.get(iso3);
    }

    /** The code of a country by its English short name ("Lebanon"), case-insensitive, or null. */
    public String countryCode(String name) {
        for (Map.Entry<String, String> e : countryNames.entrySet()) {
            if (e.getValue().equalsIgnoreCase(name.strip())) {
                return e.getKey();
            }
        }
        return null;
    }

    public String orgName(String code) {
        return orgNames.get(code);
    }

    /** Finds dictionary phrases in a sentence, longest first from the left, not overlapping. */
    public List<PhraseMatch> match(Sentence s) {
        List<PhraseMatch> out = new ArrayList<>();
        int n = s.size();
        String[][] keys = new String[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = candidates(s.token(i));
        }
        int i = 0;
        while (i < n) {
            if (keys[i].length == 0) {
                i++;
                continue;
            }
            Best best = new Best();
            walk(s, keys, i, i, root, false, best);
            if (best.entries != null) {
                out.add(new PhraseMatch(i, best.end, best.entries));
                i = best.end;
            } else {
                List<DictEntry> near = misspelling(s.token(i));
                if (!near.isEmpty()) {
                    out.add(new PhraseMatch(i, i + 1, near));
                }
                i++;
            }
        }
        return out;
    }

    /** Shortest name the misspelling fallback considers, and shortest word it reads as one. */
    private static final int MISSPELT_NAME = 5;
    private static final int MISSPELT_WORD = 6;
    /** Kinds whose single-word names news copy misspells ("Ethopia", "Afganistan", "Phillippines"). */
    private static final Set<EntryKind> SPELLED = Set.of(EntryKind.COUNTRY, EntryKind.ADJECTIVE, EntryKind.CAPITAL);

    /** Indexes single-word names (a multiword name is misspelt too rarely to risk it) by their one-letter deletions. */
    private void indexMisspellings() {
        Map<String, List<DictEntry>> m = new HashMap<>();
        for (Map.Entry<String, Node> e : root.next.entrySet()) {
            List<DictEntry> entries = e.getValue().entries;
            if (entries == null || e.getKey().length() < MISSPELT_NAME) {
                continue;
            }
            for (DictEntry d : entries) {
                if (SPELLED.contains(d.kind()) && d.country() != null) {
                    for (String k : deletions(e.getKey())) {
                        m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(d);
                    }
                }
            }
        }
        misspelt = m;
    }

    /** The word and each form of it with one letter left out. */
    private static Set<String> deletions(String w) {
        Set<String> out = new java.util.HashSet<>();
        out.add(w);
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    /**
     * The one country a capitalised word that names nothing in the dictionary is one letter away from ("Ethopia",
     * "Quatar", "Phillippines": a letter dropped, added, changed or two swapped), or none. Only proper nouns the
     * recogniser does not take for a person, and no word the dictionary knows.
     */
    private List<DictEntry> misspelling(Token t) {
        String w = t.word();
        if (misspelt == null || w.length() < MISSPELT_WORD || !Character.isUpperCase(w.charAt(0))
                || !t.tag().startsWith("NNP") || "PERSON".equals(t.ner())
                || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        String key = Normalizer.key(w);
        if (root.next.containsKey(key)) {
            return List.of();
        }
        Map<String, DictEntry> found = new java.util.LinkedHashMap<>();
        for (String k : deletions(key)) {
            for (DictEntry d : misspelt.getOrDefault(k, List.of())) {
                if (oneEdit(key, Normalizer.key(d.phrase()))) {
                    found.putIfAbsent(d.country() + "/" + d.kind(), d);
                }
            }
        }
        Set<String> countries = new java.util.HashSet<>();
        found.values().forEach(d -> countries.add(d.country()));
        return countries.size() == 1 && !placeName.test(w) ? new ArrayList<>(found.values()) : List.of();
    }

    /**
     * Whether two words differ by one letter dropped, added or changed, or two adjacent letters swapped, inside the
     * word: a change at either end makes another word more often than a typo ("Indiana", "Prussia", "Swedes").
     */
    static boolean oneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (a.equals(b) || Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (la == lb) {
            boolean changed = i < la - 1 && a.substring(i + 1).equals(b.substring(i + 1));
            boolean swapped = i + 2 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return changed || swapped;
        }
        if (i >= Math.min(la, lb)) {
            return false; // a letter added or dropped at the end
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static final class Best {
        int end;
        List<DictEntry> entries;
    }

    private void walk(Sentence s, String[][] keys, int start, int i, Node node, boolean stripped, Best best) {
        if (i >= s.size()) {
            return;
        }
        if (keys[i].length == 0) {
            // punctuation inside a phrase ("Hong - kyun") is transparent, but never the last token
            if (i > start) {
                walk(s, keys, start, i + 1, node, stripped, best);
            }
            return;
        }
        String[] cands = keys[i];
        for (int c = 0; c < cands.length; c++) {
            Node nx = node.next.get(cands[c]);
            if (nx == null) {
                continue;
            }
            boolean st = stripped || c == cands.length - 1 && cands.length > 1 && isStrippedForm(s.token(i), cands[c]);
            if (nx.entries != null && i + 1 > best.end) {
                List<DictEntry> ok = accept(s, start, i + 1, nx.entries, st);
                if (!ok.isEmpty()) {
                    best.end = i + 1;
                    best.entries = ok;
                }
            }
            walk(s, keys, start, i + 1, nx, st, best);
        }
    }

    private static boolean isStrippedForm(Token t, String cand) {
        String w = Normalizer.key(t.word());
        String l = Normalizer.key(t.lemma());
        return !cand.equals(w) && !cand.equals(l);
    }

    private static List<DictEntry> accept(Sentence s, int start, int end, List<DictEntry> entries, boolean stripped) {
        List<DictEntry> ok = new ArrayList<>(entries.size());
        Token first = s.token(start);
        boolean capital = Character.isUpperCase(first.word().codePointAt(0)) || Character.isDigit(first.word().charAt(0));
        for (DictEntry e : entries) {
            if (stripped && e.kind() != EntryKind.ADJECTIVE && e.kind() != EntryKind.SECTOR) {
                continue;
            }
            if (e.kind().isName() && !capital && !Character.isLowerCase(e.phrase().codePointAt(0))) {
                continue; // (a name written lower-case in the dictionary, "al-Qaeda", is matched as written)
            }
            if (Normalizer.isAbbreviation(e.phrase()) && !sameCase(s, start, end)) {
                continue;
            }
            ok.add(e);
        }
        if (ok.size() > 1) {
            // the entry written exactly as the text ("NIS", not the city "Niš") first, then names before places
            String surface = surface(s, start, end);
            ok.sort(java.util.Comparator.comparingInt((DictEntry e) -> surface.equals(compact(e.phrase())) ? 0 : 1)
                    .thenComparingInt(e -> e.kind() == EntryKind.PLACE ? 1 : 0));
        }
        return ok;
    }

    private static String surface(Sentence s, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            b.append(s.token(k).word());
        }
        return compact(b.toString());
    }

    private static String compact(String phrase) {
        return phrase.replaceAll("[\\s\\-‐–.]", "");
    }

    /** Abbreviations match only text written in capitals ("US", not the pronoun "us"). */
    private static boolean sameCase(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = s.token(k).word().replaceAll("[^\\p{L}]", "");
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String[] candidates(Token t) {
        String w = Normalizer.key(t.word());
        if (w.isEmpty()) {
            return new String[0];
        }
        String l = Normalizer.key(t.lemma());
        String stripped = null;
        if (w.length() > 3 && w.endsWith("s")) {
            stripped = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }
        List<String> c = new ArrayList<>(3);
        c.add(w);
        if (!l.isEmpty() && !l.equals(w)) {
            c.add(l);
        }
        if (stripped != null && !c.contains(stripped)) {
            c.add(stripped);
        }
        return c.toArray(new String[0]);
    }
}
