package org.herald.coding.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an article has said so far about its actors, for resolving later references: surnames
 * ("Rutte"), pronouns ("He responded"), and role nouns without a country ("the agency", "the minister").
 * One per article; not thread-safe.
 */
public final class Discourse {
    private static final Map<String, String> GROUP = new HashMap<>();

    static {
        for (String r : List.of("head_of_state", "head_of_government", "minister", "ministry", "official",
                "spokesperson", "leader")) {
            GROUP.put(r, "executive");
        }
        GROUP.put("envoy", "diplomatic");
        GROUP.put("embassy", "diplomatic");
        GROUP.put("military", "military");
        GROUP.put("commander", "military");
        GROUP.put("spy", "intelligence");
        GROUP.put("agency", "intelligence");
        GROUP.put("court", "judicial");
        GROUP.put("judge", "judicial");
        GROUP.put("legislature", "legislative");
        GROUP.put("legislator", "legislative");
    }

    private static final Set<String> PERSON_ROLES = Set.of("head_of_state", "head_of_government", "minister",
            "envoy", "spokesperson", "leader", "commander", "judge", "legislator", "journalist", "igo_official");

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Mention> surnames = new HashMap<>();
    private final List<Mention> subjects = new ArrayList<>();
    private final List<Mention> addressees = new ArrayList<>();

    public static boolean isPersonRole(String role) {
        return role != null && PERSON_ROLES.contains(role);
    }

    static String group(String role) {
        return role == null ? null : GROUP.getOrDefault(role, role);
    }

    /** Records a resolved mention; {@code names} are the surname keys it may be referred to by later. */
    public void add(Mention m, List<String> names, boolean subject, boolean addressee) {
        if (!m.resolved()) {
            return;
        }
        mentions.add(m);
        for (String n : names) {
            surnames.put(n, m);
        }
        if (subject) {
            subjects.add(m);
        }
        if (addressee) {
            addressees.add(m);
        }
    }

    public Mention bySurname(String key) {
        return surnames.get(key);
    }

    /** The most recent mention with a role of the same group, before the given position. */
    public Mention byRole(String role, int sentence, int token, boolean named) {
        String g = group(role);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (before(m, sentence, token) && m.role() != null && g.equals(group(m.role()))) {
                if (named && m.person() && isNamed(m)) {
                    continue;
                }
                return m;
            }
        }
        return null;
    }

    /** The most recent mention, within five sentences, whose head is the same noun ("Belarusian soldiers"). */
    public Mention bySameNoun(String key, int sentence, int token) {
        return lastBefore(mentions, sentence, token, 5, m -> {
            String text = m.actor().text().strip();
            return Normalizer.key(text.substring(text.lastIndexOf(' ') + 1)).equals(key);
        });
    }

    /**
     * The country the text is about at this point: that of the most recent subject with a country within two
     * sentences, else of the most recent mention with one. For "the government", "the country" with nothing
     * else to refer to.
     */
    public String currentCountry(int sentence, int token) {
        for (List<Mention> list : List.of(subjects, mentions)) {
            Mention m = lastBefore(list, sentence, token, 2, x -> x.actor().country() != null);
            if (m != null) {
                return m.actor().country();
            }
        }
        return null;
    }

    /**
     * The most recent mentions of two different countries within two sentences, other than {@code except}: the
     * two sides "both sides" stands for. Empty when there are not two.
     */
    public List<Mention> twoSides(int sentence, int token, String except) {
        List<Mention> out = new ArrayList<>(2);
        for (int i = mentions.size() - 1; i >= 0 && out.size() < 2; i--) {
            Mention m = mentions.get(i);
            String c = m.actor().country();
            if (!before(m, sentence, token) || sentence - m.sentence() > 2 || c == null || c.equals(except)) {
                continue;
            }
            if (out.isEmpty() || !out.get(0).actor().country().equals(c)) {
                out.add(m);
            }
        }
        return out.size() == 2 ? out : List.of();
    }

    private static final Set<String> NON_STATE = Set.of("REB", "INS", "OPP", "PTY", "NGO", "HRI", "SEP", "UAF", "CRM");

    /** The most recent named non-state group within four sentences ("the group" after "the Houthis"). */
    public Mention latestGroup(int sentence, int token) {
        return lastBefore(mentions, sentence, token, 4, m -> m.actor().name() != null && m.actor().sector() != null
                && NON_STATE.contains(m.actor().sector()));
    }

    /** The most recent international body named before the given position ("the bloc", "the alliance"). */
    public Mention latestBody(int sentence, int token) {
        return lastBefore(mentions, sentence, token, Integer.MAX_VALUE,
                m -> m.actor().org() != null && m.actor().country() == null);
    }

    private static boolean isNamed(Mention m) {
        return Character.isUpperCase(lastWord(m.actor().text())); // "Mark Rutte", not "the Russian ambassador"
    }

    private static char lastWord(String text) {
        String t = text.strip();
        int sp = t.lastIndexOf(' ');
        String w = sp < 0 ? t : t.substring(sp + 1);
        return w.isEmpty() ? 'x' : w.charAt(0);
    }

    /**
     * The antecedent of a pronoun: a person for he/she, a non-person for it, a plural or collective for they;
     * the subject of the nearest sentence first, or, for a reply ("He responded"), the one addressed.
     */
    public Mention pronoun(String lower, int sentence, int token, boolean reply, Mention exclude) {
        boolean wantPerson = switch (lower) {
            case "he", "him", "his", "she", "her", "hers", "himself", "herself" -> true;
            default -> false;
        };
        boolean plural = switch (lower) {
            case "they", "them", "their", "theirs", "themselves" -> true;
            default -> false;
        };
        if (reply) {
            Mention m = latest(addressees, sentence, token, wantPerson, plural, exclude);
            if (m != null) {
                return m;
            }
        }
        Mention subj = latest(subjects, sentence, token, wantPerson, plural, exclude);
        Mention any = latest(mentions, sentence, token, wantPerson, plural, exclude);
        if (subj != null && (any == null || subj.sentence() >= any.sentence())) {
            return subj;
        }
        return any;
    }

    private static Mention latest(List<Mention> list, int sentence, int token, boolean person, boolean plural,
                                  Mention exclude) {
        for (int i = list.size() - 1; i >= 0; i--) {
            Mention m = list.get(i);
            if (!before(m, sentence, token) || sentence - m.sentence() > 3) {
                continue;
            }
            if (exclude != null && m.sentence() == exclude.sentence() && m.head() == exclude.head()) {
                continue;
            }
            if (person && m.person()) {
                return m;
            }
            if (!person && !plural && !m.person() && !m.plural()) {
                return m;
            }
            if (plural && !m.person()) {
                return m;
            }
        }
        return null;
    }

    /** The most recent mention of the list before the position, within {@code window} sentences, that passes. */
    private static Mention lastBefore(List<Mention> list, int sentence, int token, int window,
                                      java.util.function.Predicate<Mention> p) {
        for (int i = list.size() - 1; i >= 0; i--) {
            Mention m = list.get(i);
            if (before(m, sentence, token) && sentence - m.sentence() <= window && p.test(m)) {
                return m;
            }
        }
        return null;
    }

    private static boolean before(Mention m, int sentence, int token) {
        return m.sentence() < sentence || m.sentence() == sentence && m.head() < token;
    }
}
