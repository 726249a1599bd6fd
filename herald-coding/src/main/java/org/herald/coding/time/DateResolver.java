package org.herald.coding.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/**
 * Resolves the temporal expressions of a parsed sentence to calendar dates, anchored on the publication
 * date: "on Friday", "yesterday", "last week", "earlier this month", "on October 8", "8 October",
 * "Oct. 8, 2023", "between October 8 and 13", "in 2023", "in March", "last year", "in early October".
 * Stateless. Nothing is guessed: an expression that needs the publication date and has none, or a
 * clause with no temporal expression, gives null.
 *
 * <p>A weekday in a past-tense clause is the most recent such day on or before publication ("last Friday" strictly before); in a
 * future clause (will, shall, "plan to", "is scheduled to", "is due to", "is going to", a present
 * progressive) it is the first such day on or after publication. A day and month without a year take
 * the publication year, moved back a year when that would put a past event after publication (forward
 * for a future event). A month alone is its previous (or, for a future event, next) occurrence.
 */
public final class DateResolver {

    /**
     * A resolved date.
     *
     * @param date      the day; for a coarser precision the first day of the week (Monday), month or year
     * @param precision "day", "week", "month" or "year"
     * @param begin     offset of the expression in the article text
     * @param end       end offset (exclusive)
     * @param text      the expression as written ("On Friday", "between October 8 and 13")
     */
    public record Resolved(LocalDate date, String precision, int begin, int end, String text) {
    }

    /** A resolution with its token span, before it is sliced from the text. */
    private record Res(LocalDate date, String precision, int first, int last) {
    }

    private DateResolver() {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** Precisions from finest to coarsest. */
    private static final List<String> PRECISIONS = List.of("day", "week", "month", "year");

    /** Dependents of a predicate that may carry its time. */
    private static final Set<String> TEMPORAL_RELS = Set.of(
            "obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "advmod");

    /** Prepositions that make a date a boundary rather than the event's day ("since March", "by Friday"). */
    private static final Set<String> BOUNDARY_CASES = Set.of(
            "since", "until", "till", "by", "before", "after", "within", "ahead");

    /** Words that, governing an infinitive, put it in the future ("plan to", "is scheduled to"). */
    private static final Set<String> FUTURE_GOVERNORS = Set.of(
            "plan", "intend", "schedule", "due", "expect", "set", "aim", "prepare");

    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "’ll", "shall", "wo");

    /** Days named relative to publication, and their offset in days. */
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "yesterday", -1, "today", 0, "tonight", 0, "tomorrow", 1);

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    private static final Set<String> PERIODS = Set.of("week", "month", "year");

    private static final Set<String> PERIOD_EDGES = Set.of("end", "beginning", "start", "middle");

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d|2100");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final Pattern PREFIXED_MONTH = Pattern.compile("(early|mid|late)-([a-z]+)");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    /**
     * The date of the event whose predicate is token {@code predicate}, from the temporal modifiers in
     * its own clause (its obl, obl:tmod, nmod:tmod and advmod dependents, or a temporal phrase the
     * parser hung on its object: "crossed the border on Tuesday"). A conjunct with none takes a temporal
     * phrase fronted before the first conjunct ("In March, protesters stormed ... and burned ..."). A
     * complement clause with none takes the time of the clause it complements ("said on Friday that
     * troops had crossed"). Among several, the most precise wins, then the leftmost.
     *
     * @param s         the parsed sentence
     * @param text      the article text the token offsets point into
     * @param predicate index of the event's predicate token
     * @param published the publication date that anchors relative expressions, or null
     * @return the resolved date, or null when the clause gives none
     */
    public static Resolved forPredicate(Sentence s, String text, int predicate, LocalDate published) {
        if (predicate < 0 || predicate >= s.size()) {
            return null;
        }
        int cur = predicate;
        Res r = own(s, cur, published, false, true);
        while (r == null) {
            int h = s.head(cur);
            if (h < 0) {
                break;
            }
            String rel = s.rel(cur);
            if (rel.equals("conj")) {
                r = own(s, h, published, true, false);
            } else if (rel.equals("ccomp") || rel.equals("xcomp")) {
                r = own(s, h, published, false, false);
            } else {
                break;
            }
            cur = h;
        }
        return r == null ? null : resolved(s, text, r);
    }

    /**
     * The first temporal expression anywhere in the sentence, resolved with the tense of the verb that
     * governs it.
     *
     * @param s         the parsed sentence
     * @param text      the article text the token offsets point into
     * @param published the publication date that anchors relative expressions, or null
     * @return the resolved date, or null when the sentence has no temporal expression
     */
    public static Resolved first(Sentence s, String text, LocalDate published) {
        for (int i = 0; i < s.size(); i++) {
            if (!mayAnchor(s, i)) {
                continue;
            }
            Res r = resolveAt(s, i, future(s, governingVerb(s, i)), published);
            if (r != null) {
                return resolved(s, text, r);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- clauses

    /**
     * The best temporal modifier among the dependents of {@code p}.
     *
     * @param frontedOnly only modifiers before {@code p} (for a later conjunct borrowing them)
     * @param misattached also look at temporal phrases attached to {@code p}'s object or oblique
     */
    private static Res own(Sentence s, int p, LocalDate published, boolean frontedOnly, boolean misattached) {
        boolean future = future(s, p);
        List<Res> found = new ArrayList<>();
        boolean noun = s.token(p).isNoun();
        for (int c : s.children(p)) {
            if (frontedOnly && c > p) {
                continue;
            }
            String rel = s.rel(c);
            if (TEMPORAL_RELS.contains(rel) || (noun && (rel.equals("nmod") || rel.equals("compound")))) {
                Res r = resolveAt(s, c, future, published);
                if (r != null) {
                    found.add(r);
                }
            }
        }
        if (found.isEmpty() && misattached) {
            for (int a : s.children(p)) {
                String rel = s.baseRel(a);
                if (a < p || !(rel.equals("obj") || rel.equals("obl"))) {
                    continue;
                }
                for (int c : s.children(a)) {
                    if (c > a && (s.rel(c).equals("nmod") || s.rel(c).equals("nmod:tmod"))) {
                        Res r = resolveAt(s, c, future, published);
                        if (r != null) {
                            found.add(r);
                        }
                    }
                }
            }
        }
        Res best = null;
        for (Res r : found) {
            if (best == null || PRECISIONS.indexOf(r.precision()) < PRECISIONS.indexOf(best.precision())) {
                best = r;
            }
        }
        return best;
    }

    /** True when the clause of {@code p} speaks of the future: will, "plan to", "is due to", "is meeting". */
    private static boolean future(Sentence s, int p) {
        if (p < 0) {
            return false;
        }
        Token t = s.token(p);
        boolean presentAux = false;
        boolean presentBe = false;
        boolean perfect = false;
        for (int c : s.children(p)) {
            String rel = s.baseRel(c);
            if (!rel.equals("aux") && !rel.equals("cop")) {
                continue;
            }
            Token a = s.token(c);
            if (FUTURE_AUX.contains(a.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean present = a.tag().equals("VBZ") || a.tag().equals("VBP");
            presentAux |= present;
            presentBe |= present && a.lower().equals("be");
            perfect |= a.lower().equals("have");
        }
        if (t.tag().equals("VBG") && presentBe && !perfect) {
            // "the ministers are meeting on Wednesday"; not "have been writing"
            return true;
        }
        if (FUTURE_GOVERNORS.contains(t.lower())
                && (presentAux || t.tag().equals("VBZ") || t.tag().equals("VBP") || t.isAdjective())) {
            return true;
        }
        for (int m : s.children(p, "mark")) {
            if (!s.token(m).lower().equals("to")) {
                continue;
            }
            int g = s.head(p);
            if (s.rel(p).equals("xcomp") && g >= 0 && governsFuture(s.token(g))) {
                return true;
            }
            if (m > 0 && governsFuture(s.token(m - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean governsFuture(Token g) {
        return FUTURE_GOVERNORS.contains(g.lower()) || (g.lower().equals("go") && g.tag().equals("VBG"));
    }

    /** The nearest verb above token {@code i} (or a predicate adjective with a copula), or -1. */
    private static int governingVerb(Sentence s, int i) {
        for (int k = s.head(i), guard = 0; k >= 0 && guard <= s.size(); k = s.head(k), guard++) {
            if (s.token(k).isVerb() || s.hasChild(k, "cop")) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token {@code i} may start an expression when scanning a whole sentence. */
    private static boolean mayAnchor(Sentence s, int i) {
        Token t = s.token(i);
        if (YEAR.matcher(t.word()).matches()) {
            String rel = s.rel(i);
            return rel.equals("obl") || rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("nmod");
        }
        int g = s.head(i);
        // "8" in "October 8" or "Friday" in "Friday night" is read from its head.
        return g < 0 || !(s.baseRel(i).equals("compound") && PARTS_OF_DAY.contains(s.token(g).lower()));
    }

    // ---------------------------------------------------------------- expressions

    /** Resolves the temporal phrase headed by token {@code c}, or null when it is not one. */
    private static Res resolveAt(Sentence s, int c, boolean future, LocalDate pub) {
        Token t = s.token(c);
        String lw = t.word().toLowerCase(Locale.ROOT);
        String cs = caseWord(s, c);
        if (cs != null && BOUNDARY_CASES.contains(cs)) {
            return null;
        }
        boolean compound = s.baseRel(c).equals("compound");
        DayOfWeek dow = weekday(t);
        if (dow != null) {
            // "the Good Friday Agreement" names no day; "Friday night" is read from "night"
            return compound ? null : weekdayAt(s, c, c, dow, future, pub);
        }
        if (PARTS_OF_DAY.contains(lw)) {
            return partOfDay(s, c, future, pub);
        }
        Integer shift = RELATIVE_DAYS.get(lw);
        if (shift != null) {
            if (pub == null || compound || (c > 0 && Character.isUpperCase(t.word().charAt(0)))) {
                // "Today Times Live" names a publisher, not a day
                return null;
            }
            return span(s, c, pub.plusDays(shift), "day");
        }
        if (lw.equals("ago")) {
            return ago(s, c, c, pub);
        }
        if (t.isNoun() && (PERIODS.contains(t.lower()) || t.lower().equals("day"))) {
            if (hasWord(s, s.children(c, "advmod"), "ago")) {
                return ago(s, c, c, pub);
            }
            return t.lower().equals("day") ? null : period(s, c, pub);
        }
        Integer month = month(t);
        if (month != null) {
            Res r = monthAt(s, c, month, future, pub);
            // "the October 7 attacks" is a date, "the October Revolution" a name
            return compound && (r == null || !r.precision().equals("day")) ? null : r;
        }
        Matcher iso = ISO.matcher(lw);
        if (iso.matches()) {
            LocalDate d = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            return d == null ? null : span(s, c, d, "day");
        }
        if (t.isNumber() && YEAR.matcher(lw).matches()) {
            boolean tmod = s.rel(c).endsWith(":tmod");
            if (tmod || "in".equals(cs) || "during".equals(cs) || "throughout".equals(cs)) {
                return span(s, c, LocalDate.of(Integer.parseInt(lw), 1, 1), "year");
            }
            return null;
        }
        if (t.isNoun() && PERIOD_EDGES.contains(t.lower())) {
            for (int k : s.children(c, "nmod")) {
                if ("of".equals(caseWord(s, k))) {
                    Res inner = resolveAt(s, k, future, pub);
                    if (inner != null) {
                        Res outer = span(s, c, inner.date(), inner.precision());
                        return new Res(inner.date(), inner.precision(), Math.min(outer.first(), inner.first()),
                                Math.max(outer.last(), inner.last()));
                    }
                }
            }
        }
        return null;
    }

    /** "on Friday", "last Friday", "next Friday", "on Friday, October 18". */
    private static Res weekdayAt(Sentence s, int head, int c, DayOfWeek dow, boolean future, LocalDate pub) {
        for (int a : s.children(c, "appos")) {
            Integer m = month(s.token(a));
            if (m != null) {
                Res r = monthAt(s, a, m, future, pub);
                if (r != null && r.precision().equals("day")) {
                    Res outer = span(s, head, r.date(), "day");
                    return new Res(r.date(), "day", Math.min(outer.first(), r.first()), Math.max(outer.last(), r.last()));
                }
            }
        }
        if (pub == null) {
            return null;
        }
        String rel = modifierWord(s, c);
        boolean past = !future;
        boolean strictFuture = false;
        if (rel.equals("last") || rel.equals("past") || rel.equals("previous")) {
            past = true;
        } else if (rel.equals("next") || rel.equals("coming")) {
            past = false;
            strictFuture = true;
        }
        LocalDate d;
        if (past && !rel.isEmpty()) {
            d = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(dow)); // "last Friday" is never today
        } else if (past) {
            // wire copy dated Tuesday that says "said on Tuesday" means that day
            d = pub.with(TemporalAdjusters.previousOrSame(dow));
        } else if (strictFuture) {
            d = pub.plusDays(1).with(TemporalAdjusters.nextOrSame(dow));
        } else {
            d = pub.with(TemporalAdjusters.nextOrSame(dow));
        }
        return span(s, head, d, "day");
    }

    /** "Friday night", "last night", "this morning". */
    private static Res partOfDay(Sentence s, int c, boolean future, LocalDate pub) {
        for (int k : s.children(c)) {
            String rel = s.baseRel(k);
            if (rel.equals("compound") || rel.equals("nmod") || rel.equals("amod")) {
                DayOfWeek dow = weekday(s.token(k));
                if (dow != null) {
                    return weekdayAt(s, c, k, dow, future, pub);
                }
            }
        }
        if (pub == null) {
            return null;
        }
        String mod = modifierWord(s, c);
        String lw = s.token(c).lower();
        if (mod.equals("last") && lw.equals("night")) {
            return span(s, c, pub.minusDays(1), "day");
        }
        if (mod.equals("this")) {
            return span(s, c, pub, "day");
        }
        return null;
    }

    /** "last week", "this month", "earlier this year", "next week". */
    private static Res period(Sentence s, int c, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        String mod = modifierWord(s, c);
        int shift;
        switch (mod) {
            case "last", "previous" -> shift = -1;
            case "this", "current" -> shift = 0;
            case "next", "coming" -> shift = 1;
            default -> {
                return null;
            }
        }
        String unit = s.token(c).lower();
        return switch (unit) {
            case "week" -> span(s, c, monday(pub).plusWeeks(shift), "week");
            case "month" -> span(s, c, pub.withDayOfMonth(1).plusMonths(shift), "month");
            default -> span(s, c, LocalDate.of(pub.getYear() + shift, 1, 1), "year");
        };
    }

    /** "three days ago", "two weeks ago", "a year ago". */
    private static Res ago(Sentence s, int head, int c, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        int unitTok = -1;
        if (s.token(c).lower().equals("ago")) {
            for (int k : s.children(c)) {
                if (PERIODS.contains(s.token(k).lower()) || s.token(k).lower().equals("day")) {
                    unitTok = k;
                }
            }
        } else {
            unitTok = c;
        }
        if (unitTok < 0) {
            return null;
        }
        Integer n = null;
        for (int k : s.children(unitTok)) {
            String rel = s.baseRel(k);
            if (rel.equals("nummod") || rel.equals("det")) {
                String w = s.token(k).word().toLowerCase(Locale.ROOT);
                n = w.matches("\\d{1,3}") ? Integer.valueOf(w) : NUMBER_WORDS.get(w);
            }
        }
        if (n == null) {
            return null;
        }
        return switch (s.token(unitTok).lower()) {
            case "day" -> span(s, head, pub.minusDays(n), "day");
            case "week" -> span(s, head, monday(pub.minusWeeks(n)), "week");
            case "month" -> span(s, head, pub.minusMonths(n).withDayOfMonth(1), "month");
            case "year" -> span(s, head, LocalDate.of(pub.getYear() - n, 1, 1), "year");
            default -> null;
        };
    }

    /** "October 8", "8 October", "Oct. 8, 2023", "in March", "in early October", "between October 8 and 13". */
    private static Res monthAt(Sentence s, int c, int month, boolean future, LocalDate pub) {
        Integer day = null;
        Integer year = null;
        for (int k : s.children(c)) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            String rel = s.baseRel(k);
            if (YEAR.matcher(w).matches()) {
                if (year == null && !rel.equals("conj")) {
                    year = Integer.parseInt(w);
                }
            } else if (rel.equals("nummod") && DAY.matcher(w).matches() && day == null) {
                int d = Integer.parseInt(w.replaceAll("\\D", ""));
                if (d >= 1 && d <= 31) {
                    day = d;
                }
            }
        }
        if (day != null) {
            if (year == null) {
                if (pub == null) {
                    return null;
                }
                LocalDate d = date(pub.getYear(), month, day);
                if (d == null) {
                    return null;
                }
                if (!future && d.isAfter(pub)) {
                    d = date(pub.getYear() - 1, month, day);
                } else if (future && d.isBefore(pub)) {
                    d = date(pub.getYear() + 1, month, day);
                }
                return d == null ? null : span(s, c, d, "day");
            }
            LocalDate d = date(year, month, day);
            return d == null ? null : span(s, c, d, "day");
        }
        if (year == null) {
            if (pub == null) {
                return null;
            }
            int y = pub.getYear();
            if (!future && month > pub.getMonthValue()) {
                y--;
            } else if (future && month < pub.getMonthValue()) {
                y++;
            }
            year = y;
        }
        return span(s, c, LocalDate.of(year, month, 1), "month");
    }

    // ---------------------------------------------------------------- words

    private static DayOfWeek weekday(Token t) {
        if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
            return null;
        }
        return WEEKDAYS.get(t.word().toLowerCase(Locale.ROOT));
    }

    /** The month a token names ("October", "Oct.", "mid-September"), or null. */
    private static Integer month(Token t) {
        String w = t.word();
        Matcher pre = PREFIXED_MONTH.matcher(w.toLowerCase(Locale.ROOT));
        if (pre.matches()) {
            Integer m = MONTHS.get(pre.group(2));
            return m != null && pre.group(2).length() > 3 ? m : null;
        }
        if (!t.isProperNoun() || w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || t.ner().equals("PERSON")) {
            return null;
        }
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.endsWith(".")) {
            lw = lw.substring(0, lw.length() - 1);
        } else if (lw.length() <= 4 && !lw.equals("may") && !lw.equals("june") && !lw.equals("july")) {
            // "Mar" or "Jan" without a dot are too often something else.
            return null;
        }
        return MONTHS.get(lw);
    }

    /** The first of last / this / next / past / previous / coming among {@code c}'s det and amod dependents. */
    private static String modifierWord(Sentence s, int c) {
        for (int k : s.children(c)) {
            String rel = s.baseRel(k);
            if (k < c && (rel.equals("det") || rel.equals("amod"))) {
                String w = s.token(k).word().toLowerCase(Locale.ROOT);
                switch (w) {
                    case "last", "this", "next", "past", "previous", "coming", "current" -> {
                        return w;
                    }
                    default -> {
                    }
                }
            }
        }
        return "";
    }

    private static boolean hasWord(Sentence s, List<Integer> toks, String word) {
        for (int k : toks) {
            if (s.token(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String caseWord(Sentence s, int i) {
        for (int c : s.children(i, "case")) {
            return s.token(c).word().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    // ---------------------------------------------------------------- spans

    /** A resolution covering the expression headed by {@code c}: its preposition, modifiers and day range. */
    private static Res span(Sentence s, int c, LocalDate date, String precision) {
        List<Integer> toks = new ArrayList<>();
        collectSpan(s, c, toks);
        return new Res(date, precision, Collections.min(toks), Collections.max(toks));
    }

    private static void collectSpan(Sentence s, int c, List<Integer> out) {
        out.add(c);
        for (int k : s.children(c)) {
            String rel = s.baseRel(k);
            switch (rel) {
                case "case", "det", "amod", "advmod", "nummod", "compound", "cc" -> collectSpan(s, k, out);
                case "conj", "obl", "nmod", "appos", "dep" -> {
                    if (isTemporalWord(s, k)) {
                        collectSpan(s, k, out);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean isTemporalWord(Sentence s, int k) {
        Token t = s.token(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        return weekday(t) != null || month(t) != null || YEAR.matcher(w).matches()
                || (t.isNumber() && DAY.matcher(w).matches()) || PERIODS.contains(t.lower())
                || t.lower().equals("day") || w.equals("ago") || PARTS_OF_DAY.contains(t.lower());
    }

    private static Resolved resolved(Sentence s, String text, Res r) {
        int begin = s.token(r.first()).begin();
        int end = s.token(r.last()).end();
        String slice;
        if (text != null && begin >= 0 && begin <= end && end <= text.length()) {
            slice = text.substring(begin, end);
        } else {
            StringBuilder b = new StringBuilder();
            for (int k = r.first(); k <= r.last(); k++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.token(k).word());
            }
            slice = b.toString();
        }
        return new Resolved(r.date(), r.precision(), begin, end, slice);
    }
}
