package org.herald.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Place;
import org.herald.model.Quantity;
import org.herald.model.Span;
import org.herald.model.cameo.CameoCode;
import org.herald.model.cameo.CameoOntology;

/**
 * Coded articles made up for store benchmarks, without NLP: a fixed seed gives the same articles. Actors come
 * from 40 countries, codes from the whole CAMEO table, dates from two years; a third of the events carry a
 * claim and a quarter a quantity, as coded news does.
 */
final class SyntheticEvents {
    static final String[] COUNTRIES = {"FRA", "DEU", "RUS", "CHN", "JPN", "IND", "BRA", "KEN", "TUR", "IRN", "EGY", "POL",
        "UKR", "KOR", "MEX", "NGA", "PAK", "ISR", "USA", "GBR", "ITA", "ESP", "CAN", "AUS", "ZAF", "ARG", "SAU", "IDN",
        "VNM", "THA", "BLR", "GEO", "MDA", "KGZ", "TJK", "ETH", "SOM", "LBN", "VEN", "COL"};
    private static final String[] SECTORS = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED", null};
    private static final String[] MODES = {"asserted", "asserted", "asserted", "claimed", "claimed", "planned", "negated"};
    private static final List<CameoCode> CODES = List.copyOf(CameoOntology.standard().all());
    private static final String SENTENCE = "The %s government accused %s of moving troops toward the border on Monday. ";

    private SyntheticEvents() {
    }

    /** Article {@code n} of a corpus with {@code events} events each. */
    static CodedArticle article(long seed, int n, int events) {
        Random r = new Random(seed * 1_000_003L + n);
        StringBuilder text = new StringBuilder();
        List<Event> evs = new ArrayList<>(events);
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
        String id = "syn-" + n;
        String publisher = "Outlet " + r.nextInt(20);
        for (int k = 0; k < events; k++) {
            String src = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String tgt = COUNTRIES[r.nextInt(COUNTRIES.length)];
            int begin = text.length();
            text.append(String.format(SENTENCE, src, tgt));
            Actor a = new Actor("The " + src + " government", null, src, null, SECTORS[r.nextInt(SECTORS.length)], begin,
                    begin + 18);
            Actor b = r.nextInt(5) == 0 ? null : new Actor(tgt, null, tgt, null, SECTORS[r.nextInt(SECTORS.length)],
                    begin + 28, begin + 31);
            CameoCode c = CODES.get(r.nextInt(CODES.size()));
            Mode mode = Mode.fromWire(MODES[r.nextInt(MODES.length)]);
            Claim claim = r.nextInt(3) == 0 || mode == Mode.CLAIMED
                    ? new Claim(Claimant.of(a), "accused", "asserts", List.of(), publisher, null) : null;
            List<Quantity> qs = r.nextInt(4) == 0
                    ? List.of(new Quantity((double) (100 + r.nextInt(5000)), null, null, "soldiers", true, "troops",
                            begin, begin + 6)) : List.of();
            Place place = r.nextInt(2) == 0 ? new Place("City " + r.nextInt(100), src, 10.0 + r.nextInt(40),
                    20.0 + r.nextInt(40), "city") : null;
            String date = published.minusDays(r.nextInt(3)).toString();
            evs.add(new Event(id + "-e" + k, id, k, new Span(begin, text.length() - 1,
                    text.substring(begin, text.length() - 1)), a, b, c.code(), c.root(), c.quadClass(), c.goldstein(),
                    c.plover(), mode, date, "day", place, qs, claim, "synthetic.v1", "herald/bench synthetic"));
        }
        Article art = new Article(id, text.toString(), published, publisher, "Synthetic " + n, null, "en");
        return new CodedArticle(art, evs);
    }
}
