package org.herald.coding.quantity;

import static org.herald.coding.Fixtures.sentence;
import static org.herald.coding.Fixtures.tok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.herald.coding.Fixtures;
import org.herald.model.Quantity;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.Conll;
import org.herald.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** QuantityReader over stored CoreNLP parses (quantity/*.conll): one test per form. */
class QuantityReaderTest {
    private static final AnnotatedText SEED = Conll.parse(Fixtures.resource("quantity/seed.conll"));
    private static final AnnotatedText FORMS = Conll.parse(Fixtures.resource("quantity/forms.conll"));

    // ---------------------------------------------------------------- the seed story

    @Test
    void seedAbout1500Soldiers() {
        Sentence s = sentence(SEED, "On Friday , the South Korean");
        List<Quantity> q = QuantityReader.inPhrase(s, SEED.text(), tok(s, "soldiers"));
        assertEquals(1, q.size());
        check(SEED, q.get(0), 1500.0, null, null, "soldiers", true, "about 1,500 soldiers");
    }

    @Test
    void seedAbout12000SoldiersInTotal() {
        Sentence s = sentence(SEED, "In total , North Korea");
        List<Quantity> q = QuantityReader.inPhrase(s, SEED.text(), tok(s, "soldiers"));
        assertEquals(1, q.size());
        check(SEED, q.get(0), 12000.0, null, null, "soldiers", true, "about 12,000 soldiers");
    }

    @Test
    void seedAllFindsTheSoldiersOnly() {
        Sentence s = sentence(SEED, "On Friday , the South Korean");
        List<QuantityReader.Found> all = QuantityReader.all(s, SEED.text());
        assertEquals(1, all.size());
        assertEquals(tok(s, "soldiers"), all.get(0).head());
        assertEquals("about 1,500 soldiers", all.get(0).quantity().text());
    }

    @Test
    void aHyphenatedNumberWordSplitByTheTokenizerIsOneNumber() {
        Sentence s = sentence(FORMS, "Forty - nine Ukrainian prisoners");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "prisoners"))), 49.0, null, null,
                "prisoners", false, "Forty - nine Ukrainian prisoners"); // (the fixture text has spaces between tokens)
    }

    // ---------------------------------------------------------------- "a total of", containers

    @Test
    void totalOfBareNumberTakesTheUnitHint() {
        Sentence s = sentence(FORMS, "Ukraine said a total of 12,000");
        int total = tok(s, "total");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), total, "soldiers")), 12000.0, null, null,
                "soldiers", false, "a total of 12,000");
        assertNull(only(QuantityReader.inPhrase(s, FORMS.text(), total)).unit());
        // asked about the number itself, the same reading
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "12,000"), "troops")), 12000.0, null,
                null, "troops", false, "a total of 12,000");
    }

    @Test
    void totalOfWithNounTakesTheNoun() {
        Sentence s = sentence(FORMS, "The army deployed a total of");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "total"))), 12000.0, null, null,
                "troops", false, "a total of 12,000 troops");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "troops"))), 12000.0, null, null,
                "troops", false, "a total of 12,000 troops");
    }

    @Test
    void contingentOf() {
        Sentence s = sentence(FORMS, "Russia sent a contingent of 300");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "contingent"))), 300.0, null, null,
                "troops", false, "a contingent of 300 troops");
    }

    // ---------------------------------------------------------------- approximation and bounds

    @Test
    void someIsApproximate() {
        Sentence s = sentence(FORMS, "Pyongyang has sent some 11,000");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "infantry"))), 11000.0, null, null,
                "infantry", true, "some 11,000 infantry");
    }

    @Test
    void atLeastIsALowerBoundWithValue() {
        Sentence s = sentence(FORMS, "At least 12 people");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "people"))), 12.0, 12.0, null,
                "people", false, "At least 12 people");
    }

    @Test
    void moreThanIsALowerBound() {
        Sentence s = sentence(FORMS, "Police arrested more than 400");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "protesters"))), 400.0, 400.0, null,
                "protesters", false, "more than 400 protesters");
    }

    @Test
    void upToIsAnUpperBound() {
        Sentence s = sentence(FORMS, "The ministry said up to 300");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldiers"))), null, null, 300.0,
                "soldiers", false, "up to 300 soldiers");
    }

    @Test
    void asManyAsIsAnUpperBound() {
        Sentence s = sentence(FORMS, "As many as 500");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "fighters"))), null, null, 500.0,
                "fighters", false, "As many as 500 fighters");
    }

    @Test
    void betweenAndIsARange() {
        Sentence s = sentence(FORMS, "Between 300 and 400 troops");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "troops"))), null, 300.0, 400.0,
                "troops", false, "Between 300 and 400 troops");
    }

    @Test
    void betweenTwoAndThreeMillionScalesTheLowerEnd() {
        Sentence s = sentence(FORMS, "Between 2 and 3 million");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "people"))), null, 2e6, 3e6,
                "people", false, "Between 2 and 3 million people");
    }

    @Test
    void toAndHyphenRanges() {
        Sentence s = sentence(FORMS, "Between 300 to 400 troops");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "troops"))), null, 300.0, 400.0,
                "troops", false, "Between 300 to 400 troops");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "tanks"))), null, 300.0, 400.0,
                "tanks", false, "300 - 400 tanks");
        Sentence t = sentence(FORMS, "The army sent 300 to 400");
        // the parser makes "300" the object and "400 troops" an oblique: both read the same range
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "300"))), null, 300.0, 400.0,
                "troops", false, "300 to 400 troops");
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "troops"))), null, 300.0, 400.0,
                "troops", false, "300 to 400 troops");
    }

    @Test
    void nearlyAndAlmostOnConjuncts() {
        Sentence s = sentence(FORMS, "Rebels killed nearly 40");
        List<Quantity> q = QuantityReader.inPhrase(s, FORMS.text(), tok(s, "villagers"));
        assertEquals(2, q.size());
        check(FORMS, q.get(0), 40.0, null, null, "villagers", true, "nearly 40 villagers");
        check(FORMS, q.get(1), 20.0, null, null, "soldiers", true, "almost 20 soldiers");
    }

    @Test
    void roughlyAndApproximately() {
        Sentence s = sentence(FORMS, "Roughly 200 troops");
        List<Quantity> q = QuantityReader.inPhrase(s, FORMS.text(), tok(s, "troops"));
        assertEquals(2, q.size());
        check(FORMS, q.get(0), 200.0, null, null, "troops", true, "Roughly 200 troops");
        check(FORMS, q.get(1), 50.0, null, null, "tanks", true, "approximately 50 tanks");
    }

    @Test
    void aroundAsPrepositionAndAPlainConjunct() {
        Sentence s = sentence(FORMS, "Around 5,000 soldiers");
        List<Quantity> q = QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldiers"));
        assertEquals(2, q.size());
        check(FORMS, q.get(0), 5000.0, null, null, "soldiers", true, "Around 5,000 soldiers");
        check(FORMS, q.get(1), 200.0, null, null, "tanks", false, "200 tanks");
    }

    @Test
    void anEstimated() {
        Sentence s = sentence(FORMS, "An estimated 3,000");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "people"))), 3000.0, null, null,
                "people", true, "An estimated 3,000 people");
    }

    @Test
    void overAndFewerThan() {
        Sentence s = sentence(FORMS, "Over 100 people");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "people"))), 100.0, 100.0, null,
                "people", false, "Over 100 people");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "10"), "people")), null, null, 10.0,
                "people", false, "fewer than 10");
    }

    @Test
    void lessThanAndUnder() {
        Sentence s = sentence(FORMS, "Less than 50 soldiers");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldiers"))), null, null, 50.0,
                "soldiers", false, "Less than 50 soldiers");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "20"))), null, null, 20.0,
                null, false, "under 20");
    }

    // ---------------------------------------------------------------- vague plurals (ACLED)

    @Test
    void dozensIsTwelve() {
        Sentence s = sentence(FORMS, "Dozens of protesters");
        Quantity expected = only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "Dozens")));
        check(FORMS, expected, 12.0, null, null, "protesters", true, "Dozens of protesters");
        // from the counted noun, the same reading
        assertEquals(expected, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "protesters"))));
    }

    @Test
    void dozensStandingAloneTakesTheHint() {
        Sentence s = sentence(FORMS, "Police detained dozens");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "dozens"), "people")), 12.0, null, null,
                "people", true, "dozens");
    }

    @Test
    void hundredsIsOneHundred() {
        Sentence s = sentence(FORMS, "Hundreds of people fled");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "Hundreds"))), 100.0, null, null,
                "people", true, "Hundreds of people");
    }

    @Test
    void thousandsIsOneThousand() {
        Sentence s = sentence(FORMS, "Thousands of refugees");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "Thousands"))), 1000.0, null, null,
                "refugees", true, "Thousands of refugees");
    }

    @Test
    void scoresIsTwenty() {
        Sentence s = sentence(FORMS, "Scores of civilians");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "Scores"))), 20.0, null, null,
                "civilians", true, "Scores of civilians");
    }

    @Test
    void tensAndHundredsOfThousandsMultiply() {
        Sentence s = sentence(FORMS, "Tens of thousands of people");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "Tens"))), 10000.0, null, null,
                "people", true, "Tens of thousands of people");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "people"))), 10000.0, null, null,
                "people", true, "Tens of thousands of people");
        Sentence t = sentence(FORMS, "Hundreds of thousands of refugees");
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "Hundreds"))), 100000.0, null, null,
                "refugees", true, "Hundreds of thousands of refugees");
    }

    // ---------------------------------------------------------------- number words and multipliers

    @Test
    void numberWords() {
        Sentence s = sentence(FORMS, "Twelve soldiers were killed");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldiers"))), 12.0, null, null,
                "soldiers", false, "Twelve soldiers");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "others"))), 7.0, null, null,
                "others", false, "seven others");
    }

    @Test
    void aDozenAndSeveralHundred() {
        Sentence s = sentence(FORMS, "A dozen soldiers");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldiers"))), 12.0, null, null,
                "soldiers", false, "A dozen soldiers");
        Sentence t = sentence(FORMS, "Several hundred troops");
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "troops"))), 100.0, null, null,
                "troops", true, "Several hundred troops");
    }

    @Test
    void decimalMillion() {
        Sentence s = sentence(FORMS, "The country has sent 1.2 million");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "tonnes"))), 1200000.0, null, null,
                "tonnes", false, "1.2 million tonnes");
        Sentence t = sentence(FORMS, "Nearly 2 million people");
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "people"))), 2000000.0, null, null,
                "people", true, "Nearly 2 million people");
    }

    @Test
    void spaceSeparatedThousands() {
        Sentence s = sentence(FORMS, "One soldier died and 2 000");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "000"), "people")), 2000.0, null, null,
                "people", false, "2 000");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldier"))), 1.0, null, null,
                "soldier", false, "One soldier");
    }

    // ---------------------------------------------------------------- money and measures

    @Test
    void billionEuros() {
        Sentence s = sentence(FORMS, "The EU pledged 50 billion");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "euros"))), 5e10, null, null,
                "EUR", false, "50 billion euros");
    }

    @Test
    void euroSignWithAbbreviatedMillion() {
        Sentence s = sentence(FORMS, "The government approved €");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "€"))), 3.5e6, null, null,
                "EUR", false, "€ 3.5 m");
    }

    @Test
    void dollarSignMillion() {
        Sentence s = sentence(FORMS, "Washington sent $ 2 million");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "$"))), 2e6, null, null,
                "USD", false, "$ 2 million");
        Sentence t = sentence(FORMS, "The bank lent US$");
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "US$"))), 5e6, null, null,
                "USD", false, "US$ 5 million");
    }

    @Test
    void poundsAndBillionSuffix() {
        Sentence s = sentence(FORMS, "Britain pledged £");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "£"))), 3e9, null, null,
                "GBP", false, "£ 3bn");
        Sentence t = sentence(FORMS, "The IMF approved a $");
        // "a $2bn loan": the sum is in dollars, the phrase head is the loan
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "loan"))), 2e9, null, null,
                "USD", false, "$ 2bn");
    }

    @Test
    void dollarsAsANoun() {
        Sentence s = sentence(FORMS, "Germany will send weapons worth");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "dollars"))), 5e6, null, null,
                "USD", false, "5 million dollars");
    }

    @Test
    void tonnes() {
        Sentence s = sentence(FORMS, "The ship carried 230");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "tonnes"))), 230.0, null, null,
                "tonnes", false, "230 tonnes");
    }

    @Test
    void compoundNounsStayInTheUnit() {
        Sentence s = sentence(FORMS, "North Korea has sent 1,500 special");
        check(FORMS, only(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "soldiers"))), 1500.0, null, null,
                "special forces soldiers", false, "1,500 special forces soldiers");
        Sentence t = sentence(FORMS, "Ukraine received 100 tanks");
        List<Quantity> q = QuantityReader.inPhrase(t, FORMS.text(), tok(t, "tanks"));
        assertEquals(List.of("tanks", "artillery pieces", "jets"),
                q.stream().map(Quantity::unit).collect(Collectors.toList()));
        assertEquals(List.of(100.0, 300.0, 20.0), q.stream().map(Quantity::value).collect(Collectors.toList()));
    }

    @Test
    void percentages() {
        Sentence s = sentence(FORMS, "Unemployment rose 5 percent");
        List<QuantityReader.Found> all = QuantityReader.all(s, FORMS.text());
        assertEquals(2, all.size());
        check(FORMS, all.get(0).quantity(), 5.0, null, null, "percent", false, "5 percent");
        check(FORMS, all.get(1).quantity(), 7.0, null, null, "percent", false, "7 %");
        Sentence t = sentence(FORMS, "Unemployment fell to 6.5");
        check(FORMS, only(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "cent"))), 6.5, null, null,
                "percent", false, "6.5 per cent");
    }

    // ---------------------------------------------------------------- all(): what is and is not a quantity

    @Test
    void allSkipsYearsAndDates() {
        // "in 2023" and "October 8" are dates; the two percentages stay
        Sentence s = sentence(FORMS, "Unemployment rose 5 percent");
        assertEquals(List.of("5 percent", "7 %"), texts(QuantityReader.all(s, FORMS.text())));
    }

    @Test
    void allSkipsClockTimesAndDayMonth() {
        Sentence s = sentence(FORMS, "The meeting at 10:30");
        assertEquals(List.of("three rounds"), texts(QuantityReader.all(s, FORMS.text())));
    }

    @Test
    void allSkipsLabelsAndYears() {
        Sentence s = sentence(FORMS, "Resolution 2231 was adopted");
        List<QuantityReader.Found> all = QuantityReader.all(s, FORMS.text());
        assertEquals(List.of("15 members"), texts(all));
        assertEquals(tok(s, "members"), all.get(0).head());
        Sentence t = sentence(FORMS, "NATO invoked Article 5");
        assertEquals(List.of("3,000 troops"), texts(QuantityReader.all(t, FORMS.text())));
    }

    @Test
    void allSkipsAgesAndClockTimes() {
        Sentence s = sentence(FORMS, "The 25 - year - old man");
        assertTrue(QuantityReader.all(s, FORMS.text()).isEmpty());
    }

    @Test
    void allSkipsOrdinals() {
        Sentence s = sentence(FORMS, "The 8th Army lost 40");
        assertEquals(List.of("40 tanks"), texts(QuantityReader.all(s, FORMS.text())));
    }

    @Test
    void allKeepsAYearLikeNumberThatCountsANoun() {
        Sentence s = sentence(FORMS, "The army killed 12 militants");
        List<QuantityReader.Found> all = QuantityReader.all(s, FORMS.text());
        assertEquals(List.of("12 militants", "2000 soldiers"), texts(all));
        assertEquals(2000.0, all.get(1).quantity().value());
    }

    @Test
    void allCountsARangeOnce() {
        Sentence s = sentence(FORMS, "Between 300 to 400 troops");
        assertEquals(List.of("Between 300 to 400 troops", "300 - 400 tanks"), texts(QuantityReader.all(s, FORMS.text())));
        Sentence t = sentence(FORMS, "Between 2 and 3 million");
        assertEquals(List.of("Between 2 and 3 million people"), texts(QuantityReader.all(t, FORMS.text())));
    }

    @Test
    void allGivesBareNumbersThemselvesAsHead() {
        Sentence s = sentence(FORMS, "Police killed three and wounded");
        List<QuantityReader.Found> all = QuantityReader.all(s, FORMS.text());
        assertEquals(List.of("three", "10 others"), texts(all));
        assertEquals(tok(s, "three"), all.get(0).head());
        assertNull(all.get(0).quantity().unit());
        assertEquals(tok(s, "others"), all.get(1).head());
    }

    @Test
    void allHeadsReadBackThroughInPhrase() {
        int checked = 0;
        for (AnnotatedText t : List.of(SEED, FORMS)) {
            for (Sentence s : t.sentences()) {
                for (QuantityReader.Found f : QuantityReader.all(s, t.text())) {
                    assertTrue(QuantityReader.inPhrase(s, t.text(), f.head()).contains(f.quantity()),
                            () -> s.words() + ": " + f);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    @Test
    void nounWithoutNumberHasNone() {
        Sentence s = sentence(FORMS, "The ship carried 230");
        assertTrue(QuantityReader.inPhrase(s, FORMS.text(), tok(s, "ship")).isEmpty());
        assertTrue(QuantityReader.inPhrase(s, FORMS.text(), -1).isEmpty());
        assertTrue(QuantityReader.inPhrase(s, FORMS.text(), s.size()).isEmpty());
        Sentence t = sentence(FORMS, "Resolution 2231 was adopted");
        assertTrue(QuantityReader.inPhrase(t, FORMS.text(), tok(t, "2015")).isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    private static void check(AnnotatedText t, Quantity q, Double value, Double low, Double high, String unit,
                              boolean approx, String text) {
        assertEquals(value, q.value(), "value of " + q);
        assertEquals(low, q.low(), "low of " + q);
        assertEquals(high, q.high(), "high of " + q);
        assertEquals(unit, q.unit(), "unit of " + q);
        assertEquals(approx, q.approx(), "approx of " + q);
        assertEquals(text, q.text());
        assertEquals(text, t.text().substring(q.begin(), q.end()), "offsets of " + q);
    }

    private static Quantity only(List<Quantity> q) {
        assertEquals(1, q.size(), () -> "expected one quantity: " + q);
        return q.get(0);
    }

    private static List<String> texts(List<QuantityReader.Found> found) {
        return found.stream().map(f -> f.quantity().text()).collect(Collectors.toList());
    }



}
