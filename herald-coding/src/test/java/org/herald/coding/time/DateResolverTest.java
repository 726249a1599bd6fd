package org.herald.coding.time;

import static org.herald.coding.Fixtures.sentence;
import static org.herald.coding.Fixtures.tok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.herald.coding.Fixtures;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.Conll;
import org.herald.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** DateResolver over stored CoreNLP parses (time/*.conll): one test per form. */
class DateResolverTest {
    private static final AnnotatedText SEED = Conll.parse(Fixtures.resource("time/seed.conll"));
    private static final AnnotatedText FORMS = Conll.parse(Fixtures.resource("time/forms.conll"));

    /** The seed story's publication date, a Tuesday. */
    private static final LocalDate PUB = LocalDate.of(2024, 10, 22);

    // ---------------------------------------------------------------- the seed story

    @Test
    void seedOnFridayIsTheFridayBeforePublication() {
        Sentence s = sentence(SEED, "On Friday , the South Korean");
        DateResolver.Resolved r = DateResolver.forPredicate(s, SEED.text(), tok(s, "accused"), PUB);
        check(SEED, r, "2024-10-18", "day", "On Friday");
    }

    @Test
    void seedReportedSendingHasNoDateOfItsOwn() {
        // "Friday" dates the accusation, not the sending it reports
        Sentence s = sentence(SEED, "On Friday , the South Korean");
        assertNull(DateResolver.forPredicate(s, SEED.text(), tok(s, "sent"), PUB));
    }

    @Test
    void seedWarnedOnMonday() {
        Sentence s = sentence(SEED, "NATO Secretary General");
        check(SEED, DateResolver.forPredicate(s, SEED.text(), tok(s, "warned"), PUB), "2024-10-21", "day",
                "on Monday");
    }

    @Test
    void seedSentenceWithoutTimeGivesNull() {
        Sentence s = sentence(SEED, "In total , North Korea");
        assertNull(DateResolver.forPredicate(s, SEED.text(), tok(s, "send"), PUB));
        assertNull(DateResolver.first(s, SEED.text(), PUB));
    }

    // ---------------------------------------------------------------- weekdays

    @Test
    void bareWeekday() {
        Sentence s = sentence(FORMS, "Russian troops shelled");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "shelled"), PUB), "2024-10-18", "day",
                "Friday");
    }

    @Test
    void pastWeekdayNamingThePublicationDayIsThatDay() {
        // wire copy dated Friday that says "on Friday" means that Friday
        Sentence s = sentence(FORMS, "Russian troops shelled");
        LocalDate friday = LocalDate.of(2024, 10, 25);
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "shelled"), friday), "2024-10-25", "day",
                "Friday");
    }

    @Test
    void lastFriday() {
        Sentence s = sentence(FORMS, "Troops withdrew last");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "withdrew"), PUB), "2024-10-18", "day",
                "last Friday");
    }

    @Test
    void futureWithWillIsTheNextWeekday() {
        Sentence s = sentence(FORMS, "The president will visit");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "visit"), PUB), "2024-10-25", "day",
                "on Friday");
        // on or after publication: published on a Friday, "will ... on Friday" is that day
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "visit"), LocalDate.of(2024, 10, 25)),
                "2024-10-25", "day", "on Friday");
    }

    @Test
    void futureWithPlan() {
        Sentence s = sentence(FORMS, "Ministers plan to meet");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "meet"), PUB), "2024-10-28", "day",
                "on Monday");
        Sentence t = sentence(FORMS, "A meeting is planned for");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "planned"), PUB), "2024-10-25", "day",
                "for Friday");
    }

    @Test
    void futureWithScheduledDueGoingAndProgressive() {
        Sentence s = sentence(FORMS, "Talks are scheduled");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "begin"), PUB), "2024-10-28", "day",
                "on Monday");
        Sentence t = sentence(FORMS, "The ministers are due");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "meet"), PUB), "2024-10-28", "day",
                "on Monday");
        Sentence u = sentence(FORMS, "The president is going");
        check(FORMS, DateResolver.forPredicate(u, FORMS.text(), tok(u, "visit"), PUB), "2024-10-24", "day",
                "on Thursday");
        Sentence v = sentence(FORMS, "The ministers are meeting");
        check(FORMS, DateResolver.forPredicate(v, FORMS.text(), tok(v, "meeting"), PUB), "2024-10-23", "day",
                "on Wednesday");
    }

    @Test
    void weekdayPartOfDay() {
        Sentence s = sentence(FORMS, "Gunmen attacked");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "attacked"), PUB), "2024-10-18", "day",
                "on Friday night");
    }

    @Test
    void weekdayWithDate() {
        Sentence s = sentence(FORMS, "Troops crossed the border on Friday");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "crossed"), PUB), "2024-10-18", "day",
                "on Friday , October 18");
    }

    // ---------------------------------------------------------------- days, weeks, months, years relative to publication

    @Test
    void yesterday() {
        Sentence s = sentence(FORMS, "Police arrested 20 people yesterday");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "arrested"), PUB), "2024-10-21", "day",
                "yesterday");
    }

    @Test
    void today() {
        Sentence s = sentence(FORMS, "The army launched");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "launched"), PUB), "2024-10-22", "day",
                "today");
    }

    @Test
    void lastWeekIsItsMonday() {
        Sentence s = sentence(FORMS, "Rebels attacked the convoy");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "attacked"), PUB), "2024-10-14", "week",
                "last week");
    }

    @Test
    void thisWeek() {
        Sentence s = sentence(FORMS, "Protesters clashed");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "clashed"), PUB), "2024-10-21", "week",
                "this week");
    }

    @Test
    void lastMonthIsItsFirstDay() {
        Sentence s = sentence(FORMS, "The government expelled");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "expelled"), PUB), "2024-09-01", "month",
                "last month");
    }

    @Test
    void earlierThisMonth() {
        Sentence s = sentence(FORMS, "Troops entered the town earlier");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "entered"), PUB), "2024-10-01", "month",
                "earlier this month");
    }

    @Test
    void lastYear() {
        Sentence s = sentence(FORMS, "Iran seized");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "seized"), PUB), "2023-01-01", "year",
                "last year");
    }

    @Test
    void earlierThisYear() {
        Sentence s = sentence(FORMS, "Exports fell");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "fell"), PUB), "2024-01-01", "year",
                "earlier this year");
    }

    @Test
    void agoCountsBack() {
        Sentence s = sentence(FORMS, "Police arrested him three");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "arrested"), PUB), "2024-10-19", "day",
                "three days ago");
        Sentence t = sentence(FORMS, "The strike happened");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "happened"), PUB), "2024-10-07", "week",
                "two weeks ago");
    }

    @Test
    void endOfLastMonth() {
        Sentence s = sentence(FORMS, "Fighting erupted at the end");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "erupted"), PUB), "2024-09-01", "month",
                "at the end of last month");
        Sentence t = sentence(FORMS, "The summit took place");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "took"), PUB), "2024-10-01", "month",
                "at the end of October");
    }

    // ---------------------------------------------------------------- calendar dates

    @Test
    void onMonthDay() {
        Sentence s = sentence(FORMS, "Russia attacked the city on");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "attacked"), PUB), "2024-10-08", "day",
                "on October 8");
    }

    @Test
    void monthDayAfterPublicationIsLastYearForAPastEvent() {
        Sentence s = sentence(FORMS, "Russia attacked the city on");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "attacked"), LocalDate.of(2024, 1, 5)),
                "2023-10-08", "day", "on October 8");
    }

    @Test
    void monthDayWithoutPreposition() {
        Sentence s = sentence(FORMS, "Russia attacked the city October");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "attacked"), PUB), "2024-10-08", "day",
                "October 8");
    }

    @Test
    void dayMonth() {
        Sentence s = sentence(FORMS, "Troops entered the town on 8");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "entered"), PUB), "2024-10-08", "day",
                "on 8 October");
    }

    @Test
    void abbreviatedMonth() {
        Sentence s = sentence(FORMS, "Protesters gathered on Oct.");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "gathered"), PUB), "2024-10-08", "day",
                "on Oct. 8");
    }

    @Test
    void monthDayYear() {
        Sentence s = sentence(FORMS, "Israel struck");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "struck"), PUB), "2023-10-08", "day",
                "on October 8 , 2023");
    }

    @Test
    void betweenTwoDaysKeepsTheFirst() {
        Sentence s = sentence(FORMS, "Fighting raged between");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "raged"), PUB), "2024-10-08", "day",
                "between October 8 and 13");
    }

    @Test
    void fromToKeepsTheFirst() {
        Sentence s = sentence(FORMS, "Fighting continued from");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "continued"), PUB), "2024-10-08", "day",
                "from October 8 to 13");
    }

    @Test
    void isoDate() {
        Sentence s = sentence(FORMS, "Rebels seized the town");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "seized"), PUB), "2024-10-08", "day",
                "on 2024-10-08");
    }

    @Test
    void inYear() {
        Sentence s = sentence(FORMS, "The two countries signed");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "signed"), PUB), "2023-01-01", "year",
                "in 2023");
    }

    @Test
    void inMonthIsItsPreviousOccurrence() {
        Sentence s = sentence(FORMS, "The parliament passed");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "passed"), PUB), "2024-03-01", "month",
                "in March");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "passed"), LocalDate.of(2024, 2, 10)),
                "2023-03-01", "month", "in March");
    }

    @Test
    void inMonthYear() {
        Sentence s = sentence(FORMS, "The elections were held");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "held"), PUB), "2023-10-01", "month",
                "in October 2023");
    }

    @Test
    void inEarlyMonth() {
        Sentence s = sentence(FORMS, "The troops arrived in early");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "arrived"), PUB), "2024-10-01", "month",
                "in early October");
        Sentence t = sentence(FORMS, "The report was published");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "published"), PUB), "2024-09-01", "month",
                "in mid-September");
    }

    @Test
    void futureDatesLookForward() {
        Sentence s = sentence(FORMS, "Troops will withdraw");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "withdraw"), PUB), "2025-01-05", "day",
                "on January 5");
        Sentence t = sentence(FORMS, "The talks will take place");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "take"), PUB), "2024-11-01", "month",
                "in November");
    }

    // ---------------------------------------------------------------- which clause the time belongs to

    @Test
    void complementWithoutTimeTakesItsGovernors() {
        Sentence s = sentence(FORMS, "The ministry said on Friday");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "crossed"), PUB), "2024-10-18", "day",
                "on Friday");
    }

    @Test
    void complementKeepsItsOwnTime() {
        Sentence s = sentence(FORMS, "Russia said on Monday");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "captured"), PUB), "2024-10-14", "week",
                "last week");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "said"), PUB), "2024-10-21", "day",
                "on Monday");
        Sentence t = sentence(FORMS, "North Korea sent 3,000");
        check(FORMS, DateResolver.forPredicate(t, FORMS.text(), tok(t, "sent"), PUB), "2024-10-01", "month",
                "in early October");
        assertNull(DateResolver.forPredicate(t, FORMS.text(), tok(t, "said"), PUB));
    }

    @Test
    void conjunctBorrowsAFrontedTime() {
        Sentence s = sentence(FORMS, "In March , protesters");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "burned"), PUB), "2024-03-01", "month",
                "In March");
    }

    @Test
    void conjunctKeepsItsOwnTime() {
        Sentence s = sentence(FORMS, "Clashes erupted");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "erupted"), PUB), "2024-10-20", "day",
                "on Sunday");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "detained"), PUB), "2024-10-21", "day",
                "on Monday");
    }

    @Test
    void timeTheParserHungOnTheObject() {
        // CoreNLP attaches "on Tuesday" to "border"; it still dates the crossing
        Sentence s = sentence(FORMS, "The minister said troops");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "crossed"), LocalDate.of(2024, 10, 24)),
                "2024-10-22", "day", "on Tuesday");
    }

    @Test
    void noTimeGivesNull() {
        Sentence s = sentence(FORMS, "The army said 40");
        assertNull(DateResolver.forPredicate(s, FORMS.text(), tok(s, "killed"), PUB));
        assertNull(DateResolver.forPredicate(s, FORMS.text(), -1, PUB));
    }

    @Test
    void boundariesAreNotDates() {
        Sentence s = sentence(FORMS, "Fighting has continued since");
        assertNull(DateResolver.forPredicate(s, FORMS.text(), tok(s, "continued"), PUB));
        Sentence t = sentence(FORMS, "Russia must withdraw");
        assertNull(DateResolver.forPredicate(t, FORMS.text(), tok(t, "withdraw"), PUB));
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteDatesResolve() {
        Sentence s = sentence(FORMS, "Russian troops shelled");
        assertNull(DateResolver.forPredicate(s, FORMS.text(), tok(s, "shelled"), null));
        Sentence t = sentence(FORMS, "Russia attacked the city on");
        assertNull(DateResolver.forPredicate(t, FORMS.text(), tok(t, "attacked"), null));
        Sentence u = sentence(FORMS, "Israel struck");
        check(FORMS, DateResolver.forPredicate(u, FORMS.text(), tok(u, "struck"), null), "2023-10-08", "day",
                "on October 8 , 2023");
    }

    @Test
    void namesAreNotDates() {
        // the seed story's byline: "Today Times Live" is a publisher, "since 2020" a boundary
        Sentence s = sentence(SEED, "I have been writing");
        assertNull(DateResolver.first(s, SEED.text(), PUB));
        assertNull(DateResolver.forPredicate(s, SEED.text(), tok(s, "writing"), PUB));
        Sentence t = sentence(FORMS, "The Good Friday Agreement");
        check(FORMS, DateResolver.first(t, FORMS.text(), PUB), "1998-01-01", "year", "in 1998");
    }

    @Test
    void dateModifyingAnEventNoun() {
        Sentence s = sentence(FORMS, "Hamas carried out");
        check(FORMS, DateResolver.forPredicate(s, FORMS.text(), tok(s, "attacks"), PUB), "2024-10-07", "day",
                "October 7");
        check(FORMS, DateResolver.first(s, FORMS.text(), PUB), "2024-10-07", "day", "October 7");
    }

    // ---------------------------------------------------------------- first()

    @Test
    void firstExpressionInTheSentence() {
        Sentence s = sentence(SEED, "On Friday , the South Korean");
        check(SEED, DateResolver.first(s, SEED.text(), PUB), "2024-10-18", "day", "On Friday");
        Sentence t = sentence(FORMS, "Russia said on Monday");
        check(FORMS, DateResolver.first(t, FORMS.text(), PUB), "2024-10-21", "day", "on Monday");
    }

    @Test
    void firstSkipsClockTimesAndUsesTheClauseTense() {
        Sentence s = sentence(FORMS, "The meeting at 10:30");
        check(FORMS, DateResolver.first(s, FORMS.text(), PUB), "2024-10-08", "day", "on 8 October");
        Sentence t = sentence(FORMS, "The president will visit");
        check(FORMS, DateResolver.first(t, FORMS.text(), PUB), "2024-10-25", "day", "on Friday");
    }

    @Test
    void firstSkipsYearsThatAreNotTimes() {
        // "in 2023" is the first expression; "October 8" comes later
        Sentence s = sentence(FORMS, "Unemployment rose 5 percent");
        check(FORMS, DateResolver.first(s, FORMS.text(), PUB), "2023-01-01", "year", "in 2023");
        Sentence t = sentence(FORMS, "The army said 40");
        assertNull(DateResolver.first(t, FORMS.text(), PUB));
    }

    // ---------------------------------------------------------------- helpers

    private static void check(AnnotatedText t, DateResolver.Resolved r, String date, String precision, String text) {
        if (r == null) {
            throw new AssertionError("expected " + date + " (" + text + "), got null");
        }
        assertEquals(LocalDate.parse(date), r.date(), () -> "date of " + r);
        assertEquals(precision, r.precision(), () -> "precision of " + r);
        assertEquals(text, r.text());
        assertEquals(text, t.text().substring(r.begin(), r.end()), () -> "offsets of " + r);
    }



}
