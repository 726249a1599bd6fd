package org.herald.store.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.herald.model.Quantity;
import org.junit.jupiter.api.Test;

/** The small rules: dates, families, units and what a number counts. */
class PartsTest {
    private static final LocalDate PUB = LocalDate.parse("2025-03-10");

    @Test
    void datesAreRangesByPrecision() {
        When day = When.of("2025-03-07", "day", PUB);
        assertEquals(When.Kind.FINE, day.kind());
        assertEquals("2025-03-07", day.startIso());
        assertEquals(PUB.toEpochDay(), When.of(null, null, PUB).start(), "falls back to the publication date");
        assertEquals(When.UNKNOWN, When.of(null, null, null));
        assertEquals(When.UNKNOWN, When.of("soon", "day", null));
        When week = When.of("2025-03-03", "week", PUB);
        assertEquals(0, week.gap(When.of("2025-03-09", "day", PUB)));
        assertEquals(5, week.gap(When.of("2025-03-14", "day", PUB)));
        assertTrue(week.compatible(When.of("2025-03-16", "day", PUB), 7));
        assertFalse(week.compatible(When.of("2025-03-17", "day", PUB), 7));
        When month = When.of("2025-03", null, PUB);
        assertEquals(When.Kind.COARSE, month.kind());
        assertTrue(month.compatible(When.of("2025-03-01", "month", PUB), 7));
        assertFalse(month.compatible(When.of("2025-03-07", "day", PUB), 7));
        assertFalse(When.of("2024", null, PUB).compatible(month, 7));
        assertTrue(When.UNKNOWN.compatible(When.UNKNOWN, 7));
        assertFalse(When.UNKNOWN.compatible(day, 7));
    }

    @Test
    void familiesAndSymmetry() {
        assertEquals("11", Families.family("110"));
        assertEquals("16", Families.family("174"));
        assertEquals("17", Families.family("173"));
        assertTrue(Families.symmetric("046"));
        assertTrue(Families.symmetric("043"));
        assertFalse(Families.symmetric("045"));
        assertTrue(Families.symmetric("057"));
        assertFalse(Families.symmetric("051"));
        assertTrue(Families.symmetric("0871"));
        assertFalse(Families.symmetric("0841"));
        assertTrue(Families.symmetric("194"));
        assertFalse(Families.symmetric("195"));
        assertFalse(Families.symmetric("161"));
        assertFalse(Families.symmetric("112"));
    }

    @Test
    void unitsAreNormalised() {
        assertEquals("soldiers", Quantities.unit("Belarusian troops"));
        assertEquals("soldiers", Quantities.unit("soldiers"));
        assertEquals("people", Quantities.unit("persons"));
        assertEquals("guard", Quantities.unit("Tajik border guards"));
        assertEquals("tonnes".substring(0, 5), Quantities.unit("tonnes"));
        assertEquals("eur", Quantities.unit("EUR"));
        assertEquals(null, Quantities.unit(null));
        assertEquals(null, Quantities.unit(" "));
    }

    private static String role(String text, String phrase) {
        int b = text.indexOf(phrase);
        return Quantities.role(text, new Quantity(1.0, null, null, "people", false, phrase, b, b + phrase.length()));
    }

    @Test
    void whatANumberCountsIsReadAroundIt() {
        String t = "The border service said 12 people were killed and at least 30 people were wounded.";
        assertEquals("killed", role(t, "12 people"));
        assertEquals("wounded", role(t, "30 people"));
        assertEquals("killed", role("Shelling that, by the Kyrgyz count, killed 12 people.", "12 people"));
        assertEquals("killed", role("The committee's toll of seven is well below.", "seven"));
        assertEquals("detained", role("More than 400 people were detained in Tbilisi.", "More than 400 people"));
        assertEquals("displaced", role("About 4,000 residents were evacuated.", "About 4,000 residents"));
        assertEquals(null, role("Belarus sent about 2,000 soldiers to Russia.", "about 2,000 soldiers"));
        assertEquals(null, role("It gave 3.5 million euros. Ten people died.", "3.5 million euros"),
                "the next sentence is not read");
        assertEquals(null, Quantities.role("short", new Quantity(1.0, null, null, "x", false, "x", 3, 99)));
    }

    @Test
    void rangesOverlapOrNot() {
        Quantities.Entry more400 = Quantities.entry(new Quantity(400.0, 400.0, null, "people", false, "", 0, 0),
                "detained", "GEO/NGO", "GEO");
        Quantities.Entry n146 = Quantities.entry(new Quantity(146.0, null, null, "people", false, "", 0, 0),
                "detained", "GEO/GOV", "GEO");
        Quantities.Entry upTo500 = Quantities.entry(new Quantity(null, null, 500.0, "people", false, "", 0, 0),
                "detained", "GEO/JUD", "GEO");
        Quantities.Entry between = Quantities.entry(new Quantity(null, 300.0, 450.0, "people", false, "", 0, 0),
                "detained", "GEO/OPP", "GEO");
        assertFalse(more400.overlaps(n146));
        assertTrue(more400.overlaps(upTo500));
        assertTrue(n146.overlaps(upTo500));
        assertTrue(between.overlaps(more400));
        assertFalse(between.overlaps(n146));
        assertEquals(500.0, upTo500.value());
        assertEquals(300.0, between.value());
        assertEquals(null, Quantities.entry(new Quantity(null, null, null, "people", false, "", 0, 0), null, null,
                null));
    }
}
