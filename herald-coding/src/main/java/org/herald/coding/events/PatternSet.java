package org.herald.coding.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.cameo.CameoOntology;

/**
 * The event patterns, indexed by trigger lemma and ordered most specific first (a user's own patterns
 * before the bundled ones). Read from the bundled {@code cameo-patterns.txt} and any user files; immutable.
 */
public final class PatternSet {
    /** The version of the bundled pattern file, recorded in every event's coder string. */
    public static final String VERSION = "cameo-patterns/1";

    private static final Set<String> SLOTS = Set.of("subj", "obj", "iobj", "poss", "purpose", "quelled", "-");

    private final Map<String, List<Pattern>> byLemma;
    private final int size;

    private PatternSet(Map<String, List<Pattern>> byLemma, int size) {
        this.byLemma = byLemma;
        this.size = size;
    }

    public static PatternSet standard() {
        return builder().addStandard().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Patterns whose trigger is this lemma and part of speech, most specific first. */
    /** Whether some pattern is triggered by this verb lemma (the verbs the tagger must not take for nouns). */
    public boolean isVerb(String lemma) {
        return byLemma.containsKey("v:" + lemma);
    }

    public List<Pattern> forTrigger(char pos, String lemma) {
        return byLemma.getOrDefault(pos + ":" + lemma, List.of());
    }

    public int size() {
        return size;
    }

    public static final class Builder {
        private final List<Pattern> patterns = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final CameoOntology cameo = CameoOntology.standard();

        public Builder addStandard() {
            String res = "cameo-patterns.txt";
            try (InputStream in = PatternSet.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing pattern resource " + res);
                }
                read(res, new InputStreamReader(in, StandardCharsets.UTF_8), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Builder addUserFile(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read(file.toString(), r, true);
            }
            return this;
        }

        /** Adds patterns from text (for tests and embedding). */
        public Builder addText(String name, String text, boolean user) {
            try {
                read(name, new java.io.StringReader(text), user);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public PatternSet build() {
            Map<String, List<Pattern>> idx = new HashMap<>();
            for (Pattern p : patterns) {
                idx.computeIfAbsent(p.pos() + ":" + p.lemma(), k -> new ArrayList<>()).add(p);
            }
            Comparator<Pattern> order = Comparator.comparing((Pattern p) -> !p.user())
                    .thenComparing(Comparator.comparingInt(Pattern::specificity).reversed());
            for (List<Pattern> l : idx.values()) {
                l.sort(order); // stable: file order among equals
            }
            Map<String, List<Pattern>> frozen = new HashMap<>();
            idx.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new PatternSet(frozen, patterns.size());
        }

        private void read(String name, Reader reader, boolean user) throws IOException {
            BufferedReader r = new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                try {
                    parse(body, name + ":" + n, user);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage() + ": " + body, e);
                }
            }
        }

        private void parse(String body, String origin, boolean user) {
            String[] f = body.split("\\s+");
            if (f.length < 5) {
                throw new IllegalArgumentException("expected ID CAMEO TRIGGER SOURCE TARGET [CONDITIONS]");
            }
            String id = f[0];
            if (!ids.add(id) && !user) {
                throw new IllegalArgumentException("duplicate pattern id " + id);
            }
            String code = f[1];
            if (cameo.find(code).isEmpty()) {
                throw new IllegalArgumentException("not a CAMEO 1.1b3 code: " + code);
            }
            String trig = f[2];
            if (trig.length() < 3 || trig.charAt(1) != ':' || "van".indexOf(trig.charAt(0)) < 0) {
                throw new IllegalArgumentException("trigger must start with v:, a: or n:");
            }
            char pos = trig.charAt(0);
            List<String> source = slots(f[3]);
            List<String> target = slots(f[4]);
            Set<String> objLemmas = new LinkedHashSet<>();
            Set<String> objRoles = new LinkedHashSet<>();
            Set<String> subjLemmas = new LinkedHashSet<>();
            Set<String> comps = new LinkedHashSet<>();
            Set<String> preps = new LinkedHashSet<>();
            Set<String> thatWords = new LinkedHashSet<>();
            Set<String> flags = new LinkedHashSet<>();
            boolean noObj = false;
            boolean deontic = false;
            boolean sym = false;
            boolean speech = false;
            boolean denial = false;
            for (int i = 5; i < f.length; i++) {
                String c = f[i];
                if (c.startsWith("obj=")) {
                    objLemmas.addAll(list(c.substring(4)));
                } else if (c.startsWith("subj=")) {
                    subjLemmas.addAll(list(c.substring(5)));
                } else if (c.startsWith("objrole=")) {
                    objRoles.addAll(list(c.substring(8)));
                } else if (c.startsWith("comp=")) {
                    for (String x : list(c.substring(5))) {
                        if (!Set.of("of", "to", "that").contains(x)) {
                            throw new IllegalArgumentException("comp must be of, to or that: " + x);
                        }
                        comps.add(x);
                    }
                } else if (c.startsWith("that=")) {
                    thatWords.addAll(list(c.substring(5)));
                } else if (c.startsWith("prep=")) {
                    preps.addAll(list(c.substring(5)));
                } else if (c.equals("neg") || c.equals("conjsubj")) {
                    flags.add(c);
                } else if (c.startsWith("prep:") && c.indexOf('=') > 5) {
                    // "prep:on=protester|crowd": the P phrase's head is one of these lemmas
                    int eq = c.indexOf('=');
                    flags.add("preplemma:" + c.substring(5, eq).toLowerCase(Locale.ROOT) + "="
                            + String.join("|", list(c.substring(eq + 1))));
                } else if (c.startsWith("named=")) {
                    for (String x : list(c.substring(6))) {
                        flags.add("named:" + x);
                    }
                } else if (c.equals("deontic")) {
                    deontic = true;
                } else if (c.equals("noobj")) {
                    noObj = true;
                } else if (c.equals("sym")) {
                    sym = true;
                } else if (c.equals("speech")) {
                    speech = true;
                } else if (c.equals("denial")) {
                    denial = true;
                    speech = true;
                } else {
                    throw new IllegalArgumentException("unknown condition " + c);
                }
            }
            for (String alt : trig.substring(2).split(",")) {
                String a = alt.strip().toLowerCase(Locale.ROOT);
                if (a.isEmpty()) {
                    continue;
                }
                String noun = null;
                String particle = null;
                int plus = a.indexOf('+');
                if (plus > 0) {
                    noun = a.substring(plus + 1);
                    a = a.substring(0, plus);
                }
                int us = a.indexOf('_');
                if (us > 0 && pos == 'n') {
                    // n:MOD_NOUN, an event noun narrowed by its modifier ("n:mass_killing"): the modifier is kept
                    // in the particle field
                    particle = a.substring(0, us).replace('_', ' ');
                    a = a.substring(us + 1);
                } else if (us > 0) {
                    particle = a.substring(us + 1).replace('_', ' ');
                    a = a.substring(0, us);
                }
                if (noun != null) {
                    for (String nn : noun.split("\\|")) {
                        patterns.add(new Pattern(id, code, pos, a, particle, nn, source, target, objLemmas, objRoles,
                                subjLemmas, comps, preps, thatWords, deontic, noObj, sym, speech, denial, flags, user, origin));
                    }
                } else {
                    patterns.add(new Pattern(id, code, pos, a, particle, null, source, target, objLemmas, objRoles,
                            subjLemmas, comps, preps, thatWords, deontic, noObj, sym, speech, denial, flags, user, origin));
                }
            }
        }

        private static List<String> list(String s) {
            List<String> out = new ArrayList<>();
            for (String x : s.split("[|,]")) {
                if (!x.isBlank()) {
                    out.add(x.strip().toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }

        private static List<String> slots(String s) {
            List<String> out = new ArrayList<>();
            for (String x : s.split("\\|")) {
                String v = x.strip().toLowerCase(Locale.ROOT);
                if (!SLOTS.contains(v) && !v.startsWith("prep:")) {
                    throw new IllegalArgumentException("unknown slot " + x);
                }
                out.add(v);
            }
            return out;
        }
    }
}
