package org.herald.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Places with coordinates, from the GeoNames cities compacted into this module at build time. Immutable and
 * thread-safe once loaded; {@link #standard()} loads once per JVM.
 */
public final class Gazetteer {
    /** One place: name, ISO alpha-3 country, coordinates, population and GeoNames feature code. */
    public record Entry(String name, String country, double lat, double lon, long population, String feature) {
        public boolean isCapital() {
            return feature.equals("PPLC");
        }
    }

    private static volatile Gazetteer standard;
    private final Map<String, List<Entry>> byKey;
    private final int size;

    private Gazetteer(Map<String, List<Entry>> byKey, int size) {
        this.byKey = byKey;
        this.size = size;
    }

    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream("cities.tsv.gz")) {
                        if (in == null) {
                            throw new IllegalStateException("the gazetteer resource is missing: build herald-gazetteer");
                        }
                        g = read(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = g;
                }
            }
        }
        return g;
    }

    static Gazetteer read(InputStream in) throws IOException {
        Map<String, List<Entry>> m = new HashMap<>(200_000);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Entry e = new Entry(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Long.parseLong(f[4]),
                    f[5]);
            int comma = f[0].indexOf(", ");
            // "Washington, D.C." is what the text calls "Washington"
            for (String name : comma > 0 ? List.of(f[0], f[0].substring(0, comma)) : List.of(f[0])) {
                m.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(e);
                m.computeIfAbsent(LOOSE + loose(key(name)), k -> new ArrayList<>(1)).add(e);
            }
            n++;
        }
        return new Gazetteer(m, n);
    }

    public int size() {
        return size;
    }

    /** Name key: lower case, no diacritics, letters and digits only. */
    public static String key(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Marks the keys of the loose index, which only a name without an exact match consults. */
    private static final String LOOSE = "~";

    /**
     * A key that forgives the usual differences between romanizations: "Khan Younis" and "Khān Yūnis", "Kupiansk"
     * and "Kupjansk" ("ou" as "u", "y" and "j" as "i", doubled letters single).
     */
    static String loose(String key) {
        String k = key.replace("ou", "u").replace('y', 'i').replace('j', 'i');
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                b.append(k.charAt(i));
            }
        }
        return b.toString();
    }

    /** The places of this name; failing an exact match, those whose name differs only in romanization. */
    public List<Entry> all(String name) {
        String k = key(name);
        List<Entry> exact = byKey.get(k);
        if (exact != null) {
            return exact;
        }
        return k.isEmpty() ? List.of() : byKey.getOrDefault(LOOSE + loose(k), List.of());
    }

    /**
     * The place a name most likely means: among same-named places, one in a country the article is about first,
     * then the most populous (a capital counts double).
     */
    public Entry best(String name, Set<String> articleCountries) {
        Entry best = null;
        double bestScore = -1;
        for (Entry e : all(name)) {
            double score = Math.log10(e.population() + 10) * (e.isCapital() ? 2 : 1)
                    + (articleCountries.contains(e.country()) ? 100 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }
}
