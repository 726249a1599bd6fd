package org.herald.store.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Hand-built coded articles for incident tests: no NLP. Actors are written {@code "POL/GOV"}, {@code "BLR"}, or
 * {@code "ORG:EU/IGO"}; phrases (evidence, quantity texts) are looked up in the article text.
 */
final class Coded {
    private Coded() {
    }

    static ArticleBuilder article(String id, String date, String publisher) {
        return new ArticleBuilder(id, date, publisher);
    }

    static Actor actor(String spec, int begin) {
        if (spec == null || spec.equals("-")) {
            return null;
        }
        String[] p = spec.split("/", 2);
        String sector = p.length > 1 && !p[1].equals("-") ? p[1] : null;
        if (p[0].startsWith("ORG:")) {
            return new Actor(p[0].substring(4), null, null, p[0].substring(4), sector, begin, begin);
        }
        return new Actor(p[0], null, p[0], null, sector, begin, begin);
    }

    static Claimant claimant(String spec) {
        Actor a = actor(spec, 0);
        return a == null ? null : Claimant.of(a);
    }

    static final class ArticleBuilder {
        private final String id;
        private final LocalDate date;
        private final String publisher;
        private String text;
        private final List<EventBuilder> events = new ArrayList<>();

        private ArticleBuilder(String id, String date, String publisher) {
            this.id = id;
            this.date = date == null ? null : LocalDate.parse(date);
            this.publisher = publisher;
            this.text = "Report " + id + " by " + publisher + ".";
        }

        ArticleBuilder text(String t) {
            this.text = t;
            return this;
        }

        /** A new event of this article; {@code target} may be null. */
        EventBuilder event(String cameo, String source, String target) {
            EventBuilder e = new EventBuilder(this, cameo, source, target);
            events.add(e);
            return e;
        }

        CodedArticle build() {
            List<Event> out = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                out.add(events.get(i).make(i));
            }
            return new CodedArticle(new Article(id, text, date, publisher, "Title of " + id, null, "en"), out);
        }
    }

    static final class EventBuilder {
        private final ArticleBuilder article;
        private final String cameo;
        private final String source;
        private final String target;
        private String id;
        private int sentence;
        private Mode mode = Mode.ASSERTED;
        private String date;
        private String precision;
        private String place;
        private Claim claim;
        private String evidence;
        private final List<Object[]> quantities = new ArrayList<>();

        private EventBuilder(ArticleBuilder article, String cameo, String source, String target) {
            this.article = article;
            this.cameo = cameo;
            this.source = source;
            this.target = target;
        }

        EventBuilder id(String eventId) {
            this.id = eventId;
            return this;
        }

        EventBuilder sentence(int s) {
            this.sentence = s;
            return this;
        }

        EventBuilder mode(Mode m) {
            this.mode = m;
            return this;
        }

        EventBuilder date(String d) {
            return date(d, "day");
        }

        EventBuilder date(String d, String datePrecision) {
            this.date = d;
            this.precision = datePrecision;
            return this;
        }

        EventBuilder place(String country) {
            this.place = country;
            return this;
        }

        /** Mode claimed, on the authority of {@code who}. */
        EventBuilder claimedBy(String who) {
            this.mode = Mode.CLAIMED;
            this.claim = new Claim(claimant(who), "said", "asserts", List.of(), article.publisher, null);
            return this;
        }

        /** A speech act: its own speaker's claim. */
        EventBuilder speech() {
            this.claim = new Claim(claimant(source), "accused", "asserts", List.of(), article.publisher, null);
            return this;
        }

        /** The denied happening: mode negated, claim of stance "denies" by {@code who}. */
        EventBuilder deniedBy(String who) {
            this.mode = Mode.NEGATED;
            this.claim = new Claim(claimant(who), "denied", "denies", List.of(), article.publisher, null);
            return this;
        }

        /** A denial speech act (016): asserted, stance "denies", its speaker the source. */
        EventBuilder denialAct() {
            this.claim = new Claim(claimant(source), "denied", "denies", List.of(), article.publisher, null);
            return this;
        }

        EventBuilder upstream(String name) {
            Claim c = claim != null ? claim : new Claim(claimant(source), "said", "asserts", List.of(),
                    article.publisher, null);
            this.claim = new Claim(c.claimant(), c.verb(), c.stance(), c.via(), c.publisher(), name);
            return this;
        }

        EventBuilder evidence(String phrase) {
            this.evidence = phrase;
            return this;
        }

        /** A number; {@code phrase} is found in the text for its offsets (or the offsets are 0). */
        EventBuilder quantity(Double value, Double low, Double high, String unit, String phrase) {
            quantities.add(new Object[] {value, low, high, unit, phrase});
            return this;
        }

        EventBuilder quantity(double value, String unit, String phrase) {
            return quantity(value, null, null, unit, phrase);
        }

        ArticleBuilder done() {
            return article;
        }

        /** Another event of the same article. */
        EventBuilder event(String cameo, String source, String target) {
            return article.event(cameo, source, target);
        }

        CodedArticle build() {
            return article.build();
        }

        private Event make(int index) {
            String text = article.text;
            CameoCode c = CameoOntology.standard().get(cameo);
            Span ev;
            int at = evidence == null ? -1 : text.indexOf(evidence);
            if (at >= 0) {
                ev = new Span(at, at + evidence.length(), evidence);
            } else {
                ev = new Span(0, text.length(), text);
            }
            List<Quantity> qs = new ArrayList<>();
            for (Object[] q : quantities) {
                String phrase = (String) q[4];
                int b = phrase == null ? -1 : text.indexOf(phrase);
                qs.add(new Quantity((Double) q[0], (Double) q[1], (Double) q[2], (String) q[3], false, phrase,
                        Math.max(0, b), b < 0 ? 0 : b + phrase.length()));
            }
            return new Event(id != null ? id : article.id + "-e" + index, article.id, sentence, ev,
                    actor(source, 0), actor(target, 0), c.code(), c.root(), c.quadClass(), c.goldstein(), c.plover(),
                    mode, date, date == null ? null : precision,
                    place == null ? null : new Place(place, place, null, null, "country"), qs, claim, "test.v1",
                    "herald/test");
        }
    }
}
