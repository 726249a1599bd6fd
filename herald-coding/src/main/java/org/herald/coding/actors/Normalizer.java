package org.herald.coding.actors;

import java.text.Normalizer.Form;
import java.util.Locale;

/** The key form phrases and tokens are compared in: lower case, no diacritics, letters and digits only. */
public final class Normalizer {
    private Normalizer() {
    }

    public static String key(String s) {
        String d = java.text.Normalizer.normalize(s, Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Splits a dictionary phrase into token keys the way the tokenizer splits text (spaces and hyphens). */
    public static String[] tokenKeys(String phrase) {
        // the tokenizer splits hyphens and the possessive: "People's" is "People" + "'s"
        String[] parts = phrase.trim().replaceAll("(?i)['’]s\\b", " s").split("[\\s\\-‐–]+");
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String p : parts) {
            String k = key(p);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out.toArray(new String[0]);
    }

    /** True when the phrase is an abbreviation written in capitals ("US", "U.N.", "NIS"): matched case-sensitively. */
    public static boolean isAbbreviation(String phrase) {
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !phrase.contains(" ");
    }
}
