package org.herald.coding.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Quantity;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Reads the numbers that count things in a parsed sentence: "about 1,500 soldiers", "a total of 12,000",
 * "between 300 and 400 troops", "dozens of protesters", "€3.5m", "230 tonnes". Stateless.
 *
 * <p>Conventions. A plain number gives {@code value}. Approximation words ("about", "around", "some",
 * "roughly", "approximately", "nearly", "almost", "an estimated") set {@code approx}. Lower bounds
 * ("at least", "more than", "over") keep the number as {@code value} and {@code low}; upper bounds
 * ("up to", "as many as", "fewer than", "less than", "under") give only {@code high}; a range gives
 * {@code low} and {@code high} with no {@code value}. Vague plurals follow ACLED: "dozens" is 12,
 * "scores" 20, "hundreds" 100, "thousands" 1000 ("tens of thousands" 10000), all approximate. Money has
 * the ISO currency code as unit ("EUR", "USD", "GBP"); a percentage has unit "percent"; otherwise the
 * unit is the counted noun as written ("soldiers", "tonnes", "artillery pieces").
 */
public final class QuantityReader {

    /** A quantity found in a sentence and the token it belongs to: the counted noun when there is one. */
    public record Found(int head, Quantity quantity) {
    }

    /** A quantity with its token span, the head it is reported under, and the counted noun (or -1). */
    private record Q(Quantity quantity, int first, int last, int head, int counted) {
    }

    /** Consecutive number tokens and their value. */
    private record Run(int first, int last, double value, double multiplier) {
    }

    private enum Kind { APPROX, LOW, HIGH, BETWEEN, NONE }

    private record Mod(int begin, Kind kind) {
    }

    private QuantityReader() {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** Multiplier words that may stand in a number on their own ("a million people"). */
    private static final Map<String, Double> BIG_WORDS = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

    /** Abbreviated multipliers, read only after a number ("€3.5 m", "$2bn"). */
    private static final Map<String, Double> BIG_ABBREVIATIONS = Map.of(
            "k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6, "b", 1e9, "bn", 1e9, "bln", 1e9, "tn", 1e12);

    /** Vague plural quantifiers and the ACLED-style number each stands for. */
    private static final Map<String, Double> VAGUE = Map.of(
            "dozens", 12.0, "scores", 20.0, "tens", 10.0, "hundreds", 100.0, "thousands", 1e3,
            "millions", 1e6, "billions", 1e9);

    /** Vague plurals that count something only with an "of" phrase ("scores of civilians"). */
    private static final Set<String> VAGUE_NEEDS_OF = Set.of("scores", "tens");

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "USD", "us$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "c$", "CAD", "a$", "AUD",
            "hk$", "HKD");

    private static final Map<String, String> CURRENCY_NOUNS = Map.ofEntries(
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnias", "UAH"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"), Map.entry("lira", "TRY"));

    private static final Set<String> PERCENT = Set.of("percent", "%", "pct", "per-cent");

    /** Nouns that hold a quantity in an "of" phrase: "a total of 12,000", "a contingent of 300 troops". */
    private static final Set<String> CONTAINERS = Set.of(
            "total", "contingent", "group", "force", "batch", "team", "detachment", "unit", "column",
            "convoy", "wave", "crowd", "deployment", "shipment", "package", "delegation", "squad",
            "battalion", "brigade", "fleet", "flotilla", "consignment", "tranche", "sum");

    /** Nouns of time: a number counting them is a duration or an age, not an event quantity. */
    private static final Set<String> TIME_UNITS = Set.of(
            "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
            "century", "yr", "hr", "min");

    private static final Set<String> CLOCK_WORDS = Set.of(
            "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "h", "o'clock", "local");

    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.",
            "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec",
            "dec.");

    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Words right before a four-digit number that make it a year ("in 2023", "the 2024 election"). */
    private static final Set<String> YEAR_BEFORE = Set.of(
            "in", "since", "until", "till", "by", "during", "the", "its", "their", "this", "that", "early",
            "late", "mid", "before", "after", "'s", "’s");

    /** Left modifiers, longest first within each length so that "no more than" wins over "more than". */
    private static final List<Map.Entry<String[], Kind>> MODIFIERS = List.of(
            Map.entry(new String[] {"in", "excess", "of"}, Kind.LOW),
            Map.entry(new String[] {"no", "fewer", "than"}, Kind.LOW),
            Map.entry(new String[] {"no", "less", "than"}, Kind.LOW),
            Map.entry(new String[] {"no", "more", "than"}, Kind.HIGH),
            Map.entry(new String[] {"as", "many", "as"}, Kind.HIGH),
            Map.entry(new String[] {"as", "much", "as"}, Kind.HIGH),
            Map.entry(new String[] {"just", "more", "than"}, Kind.LOW),
            Map.entry(new String[] {"an", "estimated"}, Kind.APPROX),
            Map.entry(new String[] {"close", "to"}, Kind.APPROX),
            Map.entry(new String[] {"at", "least"}, Kind.LOW),
            Map.entry(new String[] {"more", "than"}, Kind.LOW),
            Map.entry(new String[] {"upwards", "of"}, Kind.LOW),
            Map.entry(new String[] {"well", "over"}, Kind.LOW),
            Map.entry(new String[] {"just", "over"}, Kind.LOW),
            Map.entry(new String[] {"well", "above"}, Kind.LOW),
            Map.entry(new String[] {"up", "to"}, Kind.HIGH),
            Map.entry(new String[] {"at", "most"}, Kind.HIGH),
            Map.entry(new String[] {"fewer", "than"}, Kind.HIGH),
            Map.entry(new String[] {"less", "than"}, Kind.HIGH),
            Map.entry(new String[] {"just", "under"}, Kind.HIGH),
            Map.entry(new String[] {"well", "under"}, Kind.HIGH),
            Map.entry(new String[] {"well", "below"}, Kind.HIGH),
            Map.entry(new String[] {"estimated"}, Kind.APPROX),
            Map.entry(new String[] {"about"}, Kind.APPROX),
            Map.entry(new String[] {"around"}, Kind.APPROX),
            Map.entry(new String[] {"some"}, Kind.APPROX),
            Map.entry(new String[] {"roughly"}, Kind.APPROX),
            Map.entry(new String[] {"approximately"}, Kind.APPROX),
            Map.entry(new String[] {"approx."}, Kind.APPROX),
            Map.entry(new String[] {"circa"}, Kind.APPROX),
            Map.entry(new String[] {"nearly"}, Kind.APPROX),
            Map.entry(new String[] {"almost"}, Kind.APPROX),
            Map.entry(new String[] {"over"}, Kind.LOW),
            Map.entry(new String[] {"above"}, Kind.LOW),
            Map.entry(new String[] {"under"}, Kind.HIGH),
            Map.entry(new String[] {"below"}, Kind.HIGH),
            Map.entry(new String[] {"between"}, Kind.BETWEEN));

    private static final Pattern DIGITS = Pattern.compile("(\\d+(?:\\.\\d+)?)(k|m|mn|mln|b|bn|bln|tn)?");
    private static final Pattern GROUP_OF_THREE = Pattern.compile("\\d{3}");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d|2100");

    /**
     * The quantities counting the noun phrase headed by token {@code head}: its number ("about 1,500
     * soldiers"), a quantity held through "a total of" or "a contingent of", a vague plural ("dozens of
     * protesters"), and the same for each conjunct of the phrase ("nearly 40 villagers and almost 20
     * soldiers" gives two). A number standing alone gets no unit.
     *
     * @param s    the parsed sentence
     * @param text the article text the token offsets point into
     * @param head the index of the phrase's head token (a noun, a number, a currency sign)
     * @return the quantities in order of the conjuncts; empty when the phrase has none
     */
    public static List<Quantity> inPhrase(Sentence s, String text, int head) {
        return inPhrase(s, text, head, null);
    }

    /**
     * As {@link #inPhrase(Sentence, String, int)}, with the unit to give a number that stands alone
     * ("a total of 12,000" sent as troops: {@code unitHint} "troops").
     *
     * @param unitHint the unit for a bare number, or null
     */
    public static List<Quantity> inPhrase(Sentence s, String text, int head, String unitHint) {
        List<Quantity> out = new ArrayList<>();
        if (head < 0 || head >= s.size()) {
            return out;
        }
        collect(s, text, head, unitHint, out, new HashSet<>(), -1, -1);
        return out;
    }

    private static void collect(Sentence s, String text, int h, String hint, List<Quantity> out, Set<Integer> seen,
                                int skipFirst, int skipLast) {
        if (!seen.add(h)) {
            return;
        }
        Q q = phrase(s, text, h, hint, true);
        int first = skipFirst;
        int last = skipLast;
        if (q != null) {
            out.add(q.quantity());
            first = q.first();
            last = q.last();
        }
        for (int c : s.children(h, "conj")) {
            if (c >= first && c <= last) {
                continue;
            }
            collect(s, text, c, hint, out, seen, first, last);
        }
    }

    /**
     * Every quantity in the sentence, in text order, each with the token it counts: the counted noun
     * ("soldiers" in "about 1,500 soldiers", "protesters" in "dozens of protesters"), the currency sign
     * of a sum ("€" in "€3.5m"), or the number itself when it stands alone. Years ("in 2023"), clock
     * times, dates ("October 8"), ordinals, labels ("Article 5"), durations and ages ("three days",
     * "25-year-old") are skipped; a percentage counts only when written with "%" or "percent".
     *
     * @param s    the parsed sentence
     * @param text the article text the token offsets point into
     */
    public static List<Found> all(Sentence s, String text) {
        List<Found> out = new ArrayList<>();
        boolean[] covered = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Q q = null;
            if (isVague(s, i)) {
                int g = s.head(i);
                if (g >= 0 && s.baseRel(i).equals("nmod") && isVague(s, g)) {
                    continue;
                }
                q = vague(s, text, i, null, -1);
            } else if (isNumber(s, i)) {
                int g = s.head(i);
                String rel = s.baseRel(i);
                if (g >= 0 && isNumber(s, g) && (rel.equals("compound") || rel.equals("nummod") || rel.equals("conj"))) {
                    continue;
                }
                if (skippable(s, i)) {
                    continue;
                }
                int h = countedBy(s, i);
                q = fromAnchor(s, text, i, h, null);
            }
            if (q == null || overlaps(covered, q)) {
                continue;
            }
            if (q.counted() >= 0 && TIME_UNITS.contains(s.token(q.counted()).lower())) {
                continue;
            }
            for (int k = q.first(); k <= q.last(); k++) {
                covered[k] = true;
            }
            out.add(new Found(q.head(), q.quantity()));
        }
        return out;
    }

    private static boolean overlaps(boolean[] covered, Q q) {
        for (int k = q.first(); k <= q.last(); k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    /** The token a number counts: the noun (or currency sign) it modifies, else the number itself. */
    private static int countedBy(Sentence s, int i) {
        int g = s.head(i);
        if (g < 0) {
            return i;
        }
        String rel = s.baseRel(i);
        if (rel.equals("nummod") && !isVague(s, g)) {
            return g;
        }
        if (rel.equals("compound") && g > i && s.token(g).isNoun()) {
            return g;
        }
        return i;
    }

    // ---------------------------------------------------------------- phrases

    private static Q phrase(Sentence s, String text, int h, String hint, boolean mayClimb) {
        if (isVague(s, h)) {
            return vague(s, text, h, hint, -1);
        }
        if (CONTAINERS.contains(s.token(h).lower()) && s.token(h).isNoun()) {
            for (int c : s.children(h, "nmod")) {
                if (c > h && "of".equals(caseWord(s, c))) {
                    Q q = phrase(s, text, c, hint, false);
                    if (q != null) {
                        return q;
                    }
                }
            }
            return null;
        }
        int a = anchorFor(s, h);
        if (a >= 0) {
            return fromAnchor(s, text, a, h, hint);
        }
        int g = s.head(h);
        if (mayClimb && g >= 0 && s.baseRel(h).equals("nmod") && "of".equals(caseWord(s, h)) && isVague(s, g)) {
            int top = g;
            // "tens of thousands of people": read from the outermost quantifier
            while (s.head(top) >= 0 && s.baseRel(top).equals("nmod") && "of".equals(caseWord(s, top))
                    && isVague(s, s.head(top))) {
                top = s.head(top);
            }
            return vague(s, text, top, hint, h);
        }
        return null;
    }

    /** The number token that counts phrase head {@code h}, or -1. */
    private static int anchorFor(Sentence s, int h) {
        if (isNumber(s, h)) {
            return skippable(s, h) ? -1 : h;
        }
        int best = -1;
        for (int c : s.children(h)) {
            String rel = s.baseRel(c);
            boolean counts = rel.equals("nummod") || (rel.equals("compound") && c < h);
            if (counts && isNumber(s, c) && !skippable(s, c)) {
                if (best < 0 || (c < h && (best > h || c > best))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** "dozens of protesters", "tens of thousands of people", "police detained dozens". */
    private static Q vague(Sentence s, String text, int h, String hint, int countedHint) {
        String w = s.token(h).word().toLowerCase(Locale.ROOT);
        double value = VAGUE.get(w);
        int cur = h;
        int counted = -1;
        while (true) {
            int next = -1;
            for (int c : s.children(cur, "nmod")) {
                if (c > cur && "of".equals(caseWord(s, c))) {
                    next = c;
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            if (isVague(s, next)) {
                value *= VAGUE.get(s.token(next).word().toLowerCase(Locale.ROOT));
                cur = next;
                continue;
            }
            if (s.token(next).isNoun() || s.token(next).isPronoun()) {
                counted = next;
            }
            break;
        }
        if (counted < 0 && cur == h && VAGUE_NEEDS_OF.contains(w)) {
            return null;
        }
        if (countedHint >= 0 && counted != countedHint) {
            return null;
        }
        int last = counted >= 0 ? counted : cur;
        String unit = counted >= 0 ? unitWords(s, counted, h) : hint;
        Mod m = modifier(s, h);
        Double val = value;
        Double low = null;
        Double high = null;
        int first = h;
        if (m != null && m.kind() != Kind.BETWEEN) {
            first = m.begin();
            if (m.kind() == Kind.LOW) {
                low = value;
            } else if (m.kind() == Kind.HIGH) {
                high = value;
                val = null;
            }
        }
        Quantity q = quantity(s, text, val, low, high, unit, true, first, last);
        return new Q(q, first, last, counted >= 0 ? counted : h, counted);
    }

    /**
     * The quantity of number token {@code a} counting phrase head {@code h} ({@code h == a} for a bare
     * number, a currency sign, or a noun).
     */
    private static Q fromAnchor(Sentence s, String text, int a, int h, String hint) {
        Run r = run(s, a);
        if (r == null) {
            return null;
        }
        int first = r.first();
        int last = r.last();
        Double value = r.value();
        Double low = null;
        Double high = null;
        boolean range = false;
        boolean between = false;
        int rangeNoun = -1;

        Run right = rightRange(s, r);
        Run left = right == null ? leftRange(s, r) : null;
        if (right != null) {
            low = scaled(r, right);
            high = right.value();
            last = right.last();
            range = true;
            between = s.token(r.last() + 1).lower().equals("and");
            int top = topOf(s, right);
            int g = s.head(top);
            if (g > right.last() && s.token(g).isNoun() && !isCurrencySymbol(s, g)) {
                rangeNoun = g;
            }
        } else if (left != null) {
            low = scaled(left, r);
            high = r.value();
            first = left.first();
            range = true;
            between = s.token(r.first() - 1).lower().equals("and");
        }

        String currency = null;
        if (first > 0 && isCurrencySymbol(s, first - 1)) {
            currency = CURRENCY_SYMBOLS.get(s.token(first - 1).word().toLowerCase(Locale.ROOT));
            first = first - 1;
        }
        int counted = -1;
        int reportHead = a;
        String unit;
        if (h != a && isCurrencySymbol(s, h)) {
            currency = CURRENCY_SYMBOLS.get(s.token(h).word().toLowerCase(Locale.ROOT));
            first = Math.min(first, h);
            last = Math.max(last, h);
            reportHead = h;
            unit = currency;
        } else if (h != a) {
            counted = h;
            reportHead = h;
            String noun = currencyNoun(s, h);
            if (currency == null && noun != null) {
                currency = noun;
            }
            if (currency != null) {
                unit = currency;
                if (noun != null && h > last) {
                    last = h;
                }
            } else {
                unit = unitWords(s, h, r.last());
                if (h > last) {
                    last = h;
                }
            }
        } else if (rangeNoun >= 0) {
            counted = rangeNoun;
            reportHead = rangeNoun;
            String noun = currencyNoun(s, rangeNoun);
            unit = currency != null ? currency : noun != null ? noun : unitWords(s, rangeNoun, last);
            last = Math.max(last, rangeNoun);
        } else if (last + 1 < s.size() && PERCENT.contains(s.token(last + 1).lower())) {
            unit = "percent";
            last = last + 1;
        } else {
            unit = currency != null ? currency : hint;
        }

        boolean approx = false;
        Mod m = modifier(s, first);
        if (m != null) {
            switch (m.kind()) {
                case APPROX -> approx = true;
                case LOW -> {
                    if (!range) {
                        low = value;
                    }
                }
                case HIGH -> {
                    if (!range) {
                        high = value;
                        value = null;
                    }
                }
                default -> {
                }
            }
            if (m.kind() != Kind.BETWEEN || range) {
                first = m.begin();
            }
        }
        if (between && (m == null || m.kind() != Kind.BETWEEN)) {
            // "300 and 400" without "between" is two numbers, not a range.
            return withoutRange(s, text, a, h, hint);
        }
        if (range) {
            value = null;
        }
        first = containerStart(s, counted >= 0 ? counted : reportHead, first);
        Quantity q = quantity(s, text, value, low, high, unit, approx, first, last);
        return new Q(q, first, last, reportHead, counted);
    }

    /** Re-reads a number whose neighbour looked like a range end but is not one. */
    private static Q withoutRange(Sentence s, String text, int a, int h, String hint) {
        Run r = run(s, a);
        String unit = h != a ? unitWords(s, h, r.last()) : hint;
        int last = Math.max(r.last(), h);
        Quantity q = quantity(s, text, r.value(), null, null, unit, false, r.first(), last);
        return new Q(q, r.first(), last, h, h != a ? h : -1);
    }

    /** Widens the start over "a total of" / "a contingent of" when {@code x} is the container's of-phrase. */
    private static int containerStart(Sentence s, int x, int first) {
        int g = s.head(x);
        if (g < 0 || g > first || !s.baseRel(x).equals("nmod") || !"of".equals(caseWord(s, x))) {
            return first;
        }
        if (!CONTAINERS.contains(s.token(g).lower()) || !s.token(g).isNoun()) {
            return first;
        }
        int start = g;
        for (int c : s.children(g)) {
            String rel = s.baseRel(c);
            if (c < g && (rel.equals("det") || rel.equals("amod") || rel.equals("compound"))) {
                start = Math.min(start, c);
            }
        }
        return Math.min(first, start);
    }

    private static Quantity quantity(Sentence s, String text, Double value, Double low, Double high, String unit,
                                     boolean approx, int first, int last) {
        int begin = s.token(first).begin();
        int end = s.token(last).end();
        return new Quantity(value, low, high, unit, approx, slice(s, text, first, last), begin, end);
    }

    private static String slice(Sentence s, String text, int first, int last) {
        int begin = s.token(first).begin();
        int end = s.token(last).end();
        if (text != null && begin >= 0 && begin <= end && end <= text.length()) {
            return text.substring(begin, end);
        }
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.token(k).word());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- units

    /** The unit named by noun {@code h}: its compounds between the number and it, and the noun itself. */
    private static String unitWords(Sentence s, int h, int after) {
        Token t = s.token(h);
        String lw = t.word().toLowerCase(Locale.ROOT);
        if (PERCENT.contains(lw) || (lw.equals("cent") && h > 0 && s.token(h - 1).lower().equals("per"))) {
            return "percent";
        }
        int start = h;
        for (int c : s.children(h, "compound")) {
            if (c > after && c < h && !(lw.equals("cent") && s.token(c).lower().equals("per"))) {
                for (int k : s.subtree(c, rel -> true)) {
                    start = Math.min(start, k);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k <= h; k++) {
            Token tk = s.token(k);
            if (!s.dominates(h, k) || tk.tag().equals("HYPH") || tk.tag().equals(",")) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tk.isProperNoun() ? tk.word() : tk.word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String currencyNoun(Sentence s, int h) {
        String lw = s.token(h).word().toLowerCase(Locale.ROOT);
        String code = CURRENCY_NOUNS.get(lw);
        if (code == null) {
            return null;
        }
        if (code.equals("GBP") && lw.startsWith("pound")) {
            // "500 pounds of explosives" weighs; "5 million pounds" is money.
            for (int c : s.children(h, "nmod")) {
                if ("of".equals(caseWord(s, c))) {
                    return null;
                }
            }
        }
        return code;
    }

    private static boolean isCurrencySymbol(Sentence s, int i) {
        return CURRENCY_SYMBOLS.containsKey(s.token(i).word().toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- numbers

    private static boolean isVague(Sentence s, int i) {
        Token t = s.token(i);
        return t.isNoun() && VAGUE.containsKey(t.word().toLowerCase(Locale.ROOT));
    }

    /** True when token {@code i} is (part of) a number: digits, a number word, or a multiplier. */
    private static boolean isNumber(Sentence s, int i) {
        Token t = s.token(i);
        String w = numberWord(t);
        if (SMALL.containsKey(w) || BIG_WORDS.containsKey(w) || w.equals("hundred") || w.equals("dozen")
                || hyphenated(w) != null) {
            return true;
        }
        Matcher m = DIGITS.matcher(w);
        if (m.matches()) {
            return m.group(2) == null || t.isNumber();
        }
        return t.isNumber() && BIG_ABBREVIATIONS.containsKey(w) && i > 0 && isNumber(s, i - 1);
    }

    private static String numberWord(Token t) {
        return t.word().toLowerCase(Locale.ROOT).replace(",", "");
    }

    private static Integer hyphenated(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        Integer tens = SMALL.get(w.substring(0, dash));
        Integer units = SMALL.get(w.substring(dash + 1));
        if (tens == null || units == null || tens < 20 || tens % 10 != 0 || units < 1 || units > 9) {
            return null;
        }
        return tens + units;
    }

    private static boolean isMultiplierWord(Sentence s, int i) {
        String w = numberWord(s.token(i));
        return w.equals("hundred") || w.equals("dozen") || BIG_WORDS.containsKey(w);
    }

    /** The number tokens around anchor {@code a} that it dominates, and their value. */
    private static Run run(Sentence s, int a) {
        int first = a;
        while (first - 1 >= 0 && isNumber(s, first - 1) && s.dominates(a, first - 1)) {
            first--;
        }
        if (first - 2 >= 0 && s.token(first - 1).word().equals("-") && isTens(s, first - 2)
                && SMALL.getOrDefault(numberWord(s.token(first)), 0) < 10 && s.dominates(a, first - 2)) {
            first -= 2; // "Forty-nine", split by the tokenizer into "Forty", "-", "nine"
        }
        int last = a;
        while (last + 1 < s.size() && isNumber(s, last + 1) && isMultiplierOrAbbreviation(s, last + 1)
                && (s.dominates(a, last + 1) || s.dominates(last + 1, a))) {
            last++;
        }
        return value(s, first, last);
    }

    private static boolean isTens(Sentence s, int i) {
        Integer v = SMALL.get(numberWord(s.token(i)));
        return v != null && v >= 20 && v % 10 == 0;
    }

    private static boolean isMultiplierOrAbbreviation(Sentence s, int i) {
        return isMultiplierWord(s, i) || BIG_ABBREVIATIONS.containsKey(numberWord(s.token(i)));
    }

    /** The contiguous number tokens starting at {@code from}, read rightwards. */
    private static Run runFrom(Sentence s, int from) {
        int last = from;
        while (last + 1 < s.size() && isNumber(s, last + 1)) {
            last++;
        }
        return value(s, from, last);
    }

    /** The contiguous number tokens ending at {@code to}, read leftwards. */
    private static Run runTo(Sentence s, int to) {
        int first = to;
        while (first - 1 >= 0 && isNumber(s, first - 1)) {
            first--;
        }
        return value(s, first, to);
    }

    /** Reads tokens first..last as one number ("1.2 million", "2 000", "three hundred", "3bn"). */
    private static Run value(Sentence s, int first, int last) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cur = BigDecimal.ZERO;
        boolean prevDigits = false;
        boolean any = false;
        double multiplier = 1;
        for (int k = first; k <= last; k++) {
            String w = numberWord(s.token(k));
            Matcher m = DIGITS.matcher(w);
            if (m.matches()) {
                BigDecimal d = new BigDecimal(m.group(1));
                if (m.group(2) != null) {
                    double mult = BIG_ABBREVIATIONS.get(m.group(2));
                    multiplier = Math.max(multiplier, mult);
                    total = total.add(cur.add(d).multiply(BigDecimal.valueOf(mult)));
                    cur = BigDecimal.ZERO;
                    prevDigits = false;
                } else if (prevDigits && GROUP_OF_THREE.matcher(w).matches()) {
                    cur = cur.multiply(BigDecimal.valueOf(1000)).add(d);
                    prevDigits = true;
                } else {
                    cur = cur.add(d);
                    prevDigits = true;
                }
                any = true;
                continue;
            }
            prevDigits = false;
            if (w.equals("-") && k > first && k < last) {
                continue; // between the tens and the units of "forty-nine"
            }
            Integer small = SMALL.containsKey(w) ? SMALL.get(w) : hyphenated(w);
            if (small != null) {
                cur = cur.add(BigDecimal.valueOf(small));
            } else if (w.equals("hundred") || w.equals("dozen")) {
                BigDecimal base = cur.signum() == 0 ? BigDecimal.ONE : cur;
                cur = base.multiply(BigDecimal.valueOf(w.equals("hundred") ? 100 : 12));
                multiplier = Math.max(multiplier, w.equals("hundred") ? 100 : 12);
            } else if (BIG_WORDS.containsKey(w) || BIG_ABBREVIATIONS.containsKey(w)) {
                double mult = BIG_WORDS.containsKey(w) ? BIG_WORDS.get(w) : BIG_ABBREVIATIONS.get(w);
                BigDecimal base = cur.signum() == 0 ? BigDecimal.ONE : cur;
                total = total.add(base.multiply(BigDecimal.valueOf(mult)));
                cur = BigDecimal.ZERO;
                multiplier = Math.max(multiplier, mult);
            } else {
                return null;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        double v = total.add(cur).setScale(6, RoundingMode.HALF_UP).doubleValue();
        return new Run(first, last, v, multiplier);
    }

    /** "2 and 3 million": the lower end takes the upper end's multiplier when it has none of its own. */
    private static double scaled(Run low, Run high) {
        if (low.multiplier() == 1 && high.multiplier() > 1 && low.value() < high.value() / high.multiplier() + 1e-9) {
            return BigDecimal.valueOf(low.value()).multiply(BigDecimal.valueOf(high.multiplier()))
                    .setScale(6, RoundingMode.HALF_UP).doubleValue();
        }
        return low.value();
    }

    /** "300 to 400", "300-400", "between 300 and 400": the upper end after run {@code r}, or null. */
    private static Run rightRange(Sentence s, Run r) {
        int k = r.last() + 1;
        if (k + 1 >= s.size() || !isRangeLink(s, k) || !isNumber(s, k + 1)) {
            return null;
        }
        if (s.token(k).lower().equals("and") && !betweenBefore(s, r.first())) {
            return null;
        }
        if (fromBefore(s, r.first())) {
            return null;
        }
        Run hi = runFrom(s, k + 1);
        if (hi == null || skippable(s, topOf(s, hi)) || scaled(r, hi) >= hi.value()) {
            return null;
        }
        return hi;
    }

    /** The lower end before run {@code r} ("300 to [400]"), or null. */
    private static Run leftRange(Sentence s, Run r) {
        int k = r.first() - 1;
        if (k - 1 < 0 || !isRangeLink(s, k) || !isNumber(s, k - 1)) {
            return null;
        }
        Run lo = runTo(s, k - 1);
        if (lo == null) {
            return null;
        }
        if (s.token(k).lower().equals("and") && !betweenBefore(s, lo.first())) {
            return null;
        }
        if (fromBefore(s, lo.first()) || scaled(lo, r) >= r.value()) {
            return null;
        }
        return lo;
    }

    private static boolean isRangeLink(Sentence s, int k) {
        String w = s.token(k).lower();
        return w.equals("to") || w.equals("-") || w.equals("–") || w.equals("and");
    }

    private static boolean betweenBefore(Sentence s, int first) {
        return first > 0 && s.token(first - 1).lower().equals("between");
    }

    private static boolean fromBefore(Sentence s, int first) {
        return first > 0 && s.token(first - 1).lower().equals("from");
    }

    private static int topOf(Sentence s, Run r) {
        for (int k = r.first(); k <= r.last(); k++) {
            int g = s.head(k);
            if (g < r.first() || g > r.last()) {
                return k;
            }
        }
        return r.last();
    }

    /** The modifier words right before token {@code p}: "about", "at least", "up to", "between". */
    private static Mod modifier(Sentence s, int p) {
        int start = p;
        boolean approx = false;
        if (isMultiplierWord(s, p) || isVague(s, p)) {
            // "a dozen", "several hundred", "a few thousand"
            if (start > 0 && s.token(start - 1).lower().equals("several")) {
                start--;
                approx = true;
            } else if (start > 1 && s.token(start - 1).lower().equals("few")
                    && s.token(start - 2).lower().equals("a")) {
                start -= 2;
                approx = true;
            } else if (start > 0 && isMultiplierWord(s, p) && s.token(start - 1).lower().equals("a")) {
                start--;
            }
        }
        for (Map.Entry<String[], Kind> e : MODIFIERS) {
            String[] words = e.getKey();
            int b = start - words.length;
            if (b < 0) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < words.length && match; j++) {
                match = s.token(b + j).word().toLowerCase(Locale.ROOT).equals(words[j]);
            }
            if (match) {
                return new Mod(b, e.getValue());
            }
        }
        if (approx) {
            return new Mod(start, Kind.APPROX);
        }
        return start < p ? new Mod(start, Kind.NONE) : null;
    }

    // ---------------------------------------------------------------- what is not a quantity

    /** Years, clock times, dates, ordinals, labels ("Article 5") and a pronominal "one". */
    private static boolean skippable(Sentence s, int i) {
        Token t = s.token(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.contains(":") || w.matches("\\d+(st|nd|rd|th)")) {
            return true;
        }
        int g = s.head(i);
        String rel = s.baseRel(i);
        if (i + 1 < s.size() && CLOCK_WORDS.contains(s.token(i + 1).lower())) {
            return true;
        }
        if (g >= 0 && CLOCK_WORDS.contains(s.token(g).lower())) {
            return true;
        }
        if (g >= 0 && isDateWord(s.token(g))) {
            return true;
        }
        boolean dayOrYear = YEAR.matcher(w).matches() || (w.matches("\\d{1,2}") && Integer.parseInt(w) <= 31);
        if (dayOrYear && ((i > 0 && isMonth(s.token(i - 1))) || (i + 1 < s.size() && isMonth(s.token(i + 1))))) {
            return true;
        }
        if (YEAR.matcher(w).matches()) {
            boolean countsNoun = (rel.equals("nummod") || rel.equals("compound")) && g > i
                    && s.token(g).tag().equals("NNS") && !TIME_UNITS.contains(s.token(g).lower());
            boolean yearWord = i > 0 && YEAR_BEFORE.contains(s.token(i - 1).lower());
            if (!countsNoun || yearWord) {
                return true;
            }
        }
        if (g >= 0 && g < i && s.token(g).isNoun() && !isCurrencySymbol(s, g)
                && (rel.equals("nummod") || rel.equals("compound") || rel.equals("appos") || rel.equals("dep"))) {
            return true;
        }
        return w.equals("one") && !rel.equals("nummod") && !rel.equals("compound");
    }

    private static boolean isDateWord(Token t) {
        String lw = t.word().toLowerCase(Locale.ROOT);
        return t.isProperNoun() && (MONTHS.contains(lw) || WEEKDAYS.contains(lw));
    }

    private static boolean isMonth(Token t) {
        return t.isProperNoun() && MONTHS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static String caseWord(Sentence s, int i) {
        for (int c : s.children(i, "case")) {
            return s.token(c).word().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
