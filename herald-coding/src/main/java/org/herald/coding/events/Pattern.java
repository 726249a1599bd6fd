package org.herald.coding.events;

import java.util.List;
import java.util.Set;

/**
 * One event pattern (format herald-patterns/1, see cameo-patterns.txt): a trigger, the slots that hold
 * source and target, and the conditions under which it codes.
 *
 * @param pos      'v' verb, 'a' predicate adjective, 'n' event noun
 * @param lemma    the trigger lemma, lower case
 * @param noun     the light-verb object noun ("talk" of "hold talks"), or null
 * @param subjLemmas head lemmas the acting subject must have ("subj=troop|soldier"), or empty
 * @param particle a phrasal particle or preposition ("in" of "call in"); for a noun trigger its modifier ("mass" of
 *                 n:mass_killing), or null
 * @param flags    further conditions: "neg" (the trigger is negated and the pattern codes the negation itself),
 *                 "conjsubj" (the acting subject is coordinated), "named:P" (the P phrase is a named actor),
 *                 "preplemma:P=L1|L2" (the P phrase's head is one of these lemmas)
 * @param origin   the file and line it was read from
 */
public record Pattern(String id, String cameo, char pos, String lemma, String particle, String noun,
                      List<String> source, List<String> target, Set<String> objLemmas, Set<String> objRoles,
                      Set<String> subjLemmas,
                      Set<String> comps, Set<String> preps, Set<String> thatWords, boolean deontic, boolean noObj, boolean symmetric, boolean speech,
                      boolean denial, Set<String> flags, boolean user, String origin) {

    /** The CAMEO root of the pattern's code as a number: 19 for "193". */
    public int rootNumber() {
        return Integer.parseInt(cameo.substring(0, 2));
    }

    /** How specific the pattern is: specific patterns are tried first for the same trigger. */
    public int specificity() {
        int s = 0;
        if (particle != null) {
            s += 4;
        }
        if (noun != null) {
            s += 4;
        }
        if (!objLemmas.isEmpty()) {
            s += 3;
        }
        if (!objRoles.isEmpty()) {
            s += 3;
        }
        if (!subjLemmas.isEmpty()) {
            s += 3;
        }
        // a noun narrowed by its modifier ("chemical_weapon", "joint_exercise") is narrower than the bare noun
        if (noun != null && noun.indexOf('_') > 0
                || !objLemmas.isEmpty() && objLemmas.stream().allMatch(l -> l.indexOf('_') > 0)) {
            s += 3;
        }
        s += 2 * flags.size();
        s += 2 * comps.size() + 2 * preps.size() + (thatWords.isEmpty() ? 0 : 4) + (deontic ? 4 : 0);
        if (noObj) {
            s += 1;
        }
        return s;
    }

    /** The same pattern coding another CAMEO code (an intent refined by its complement). */
    public Pattern withCameo(String code) {
        return new Pattern(id, code, pos, lemma, particle, noun, source, target, objLemmas, objRoles, subjLemmas, comps, preps,
                thatWords, deontic, noObj, symmetric, speech, denial, flags, user, origin);
    }

    /** Whether the pattern codes the trigger's own negation ("had no comment", "would not comment"). */
    public boolean negated() {
        return flags.contains("neg");
    }

    /** The rule name printed on events: the id and its frame. */
    public String rule() {
        return id + ":" + String.join("|", source) + "-" + String.join("|", target);
    }
}
