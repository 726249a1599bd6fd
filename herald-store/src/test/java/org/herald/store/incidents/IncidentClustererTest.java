package org.herald.store.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.herald.model.Incident.Contradiction;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

/** Which reports make one incident, and what the incident says. */
class IncidentClustererTest {
    private final IncidentClusterer clusterer = new IncidentClusterer();

    private List<Incident> cluster(CodedArticle... articles) {
        return clusterer.cluster(List.of(articles));
    }

    private static CodedArticle summons(String id, String date, String publisher, String source, String target) {
        return Coded.article(id, date, publisher).event("110", source, target).date(date).build();
    }

    @Test
    void twoOutletsReportingOneSummonsMakeOneIncident() {
        Incident i = only(cluster(
                summons("a", "2025-03-10", "Meridian Wire", "POL/GOV", "BLR/GOV"),
                summons("b", "2025-03-11", "Harbor Ledger", "POL/GOV", "BLR")));
        assertEquals(List.of("a", "b"), i.articles());
        assertEquals(List.of("a-e0", "b-e0"), i.events());
        assertEquals("110", i.cameo());
        assertEquals("11", i.root());
        assertEquals("POL", i.sourceCountry());
        assertEquals("BLR", i.targetCountry());
        assertEquals("2025-03-10", i.firstDate());
        assertEquals("2025-03-11", i.lastDate());
        assertEquals(2, i.publishers());
        assertEquals(2, i.independentSources());
    }

    @Test
    void sectorsDoNotSplitADyadButCountriesDo() {
        assertEquals(1, cluster(summons("a", "2025-03-10", "P1", "POL/GOV", "BLR/GOV"),
                summons("b", "2025-03-10", "P2", "POL/SPY", "BLR/MIL")).size());
        assertEquals(2, cluster(summons("a", "2025-03-10", "P1", "POL/GOV", "BLR"),
                summons("b", "2025-03-10", "P2", "LTU/GOV", "BLR")).size());
        assertEquals(2, cluster(summons("a", "2025-03-10", "P1", "POL/GOV", "BLR"),
                summons("b", "2025-03-10", "P2", "POL/GOV", "RUS")).size());
    }

    @Test
    void organisationsAreActorsOfTheirOwn() {
        Incident i = only(cluster(
                Coded.article("a", "2025-06-23", "P1").event("163", "ORG:EU/IGO", "VEN/GOV").date("2025-06-23").build(),
                Coded.article("b", "2025-06-24", "P2").event("163", "ORG:EU", "VEN").build()));
        assertEquals("EU", i.sourceOrg());
        assertEquals(null, i.sourceCountry());
        assertEquals("VEN", i.targetCountry());
        assertEquals(2, cluster(
                Coded.article("a", "2025-06-23", "P1").event("163", "ORG:EU", "VEN").build(),
                Coded.article("b", "2025-06-23", "P2").event("163", "ORG:UN", "VEN").build()).size());
    }

    @Test
    void datesMoreThanTheWindowApartStayApart() {
        assertEquals(1, cluster(summons("a", "2025-03-01", "P1", "POL", "BLR"),
                summons("b", "2025-03-08", "P2", "POL", "BLR")).size(), "7 days apart: within the window");
        assertEquals(2, cluster(summons("a", "2025-03-01", "P1", "POL", "BLR"),
                summons("b", "2025-03-09", "P2", "POL", "BLR")).size(), "8 days apart");
        assertEquals(2, new IncidentClusterer(IncidentClusterer.Options.defaults().withWindowDays(2)).cluster(List.of(
                summons("a", "2025-03-01", "P1", "POL", "BLR"), summons("b", "2025-03-04", "P2", "POL", "BLR"))).size());
    }

    @Test
    void anEventWithoutItsOwnDateUsesItsArticlesDate() {
        Incident i = only(cluster(
                Coded.article("a", "2025-03-10", "P1").event("110", "POL", "BLR").build(),
                Coded.article("b", "2025-03-12", "P2").event("110", "POL", "BLR").date("2025-03-10").build()));
        assertEquals("2025-03-10", i.firstDate());
        assertEquals(2, cluster(
                Coded.article("a", "2025-03-10", "P1").event("110", "POL", "BLR").build(),
                Coded.article("b", "2025-03-30", "P2").event("110", "POL", "BLR").build()).size());
    }

    @Test
    void aWeekPrecisionDateIsTheWholeWeek() {
        // "last week" from an article of Monday 17 February: the week of 10 February
        assertEquals(1, cluster(
                Coded.article("a", "2025-02-17", "P1").event("161", "MDA", "RUS").date("2025-02-10", "week").build(),
                Coded.article("b", "2025-02-11", "P2").event("161", "MDA", "RUS").date("2025-02-11").build(),
                Coded.article("c", "2025-02-22", "P3").event("161", "MDA", "RUS").date("2025-02-22").build()).size());
    }

    @Test
    void backgroundDatedOnlyByYearOrMonthDoesNotJoinAFreshReport() {
        List<Incident> l = cluster(
                Coded.article("a", "2025-09-13", "P1").event("057", "ETH", "SOM").date("2024-01-01", "year").done()
                        .event("046", "ETH", "SOM").date("2025-09-16", "day").build(),
                Coded.article("b", "2025-09-16", "P2").event("057", "ETH", "SOM").date("2025-09-16").build(),
                Coded.article("c", "2024-03-01", "P3").event("057", "ETH", "SOM").date("2024-01-01", "year").build());
        assertEquals(3, l.size(), l::toString);
        Incident background = l.stream().filter(i -> "2024-01-01".equals(i.firstDate())).findFirst().orElseThrow();
        assertEquals(List.of("c", "a"), background.articles(), "the same year's background mentions meet");
    }

    @Test
    void differentFamiliesStayApartExceptExpulsionsCodedEitherWay() {
        assertEquals(2, cluster(summons("a", "2025-03-10", "P1", "POL", "BLR"),
                Coded.article("b", "2025-03-10", "P2").event("163", "POL", "BLR").build()).size());
        assertEquals(1, cluster(
                Coded.article("a", "2025-02-14", "P1").event("161", "RUS/GOV", "MDA").build(),
                Coded.article("b", "2025-02-14", "P2").event("174", "RUS/GOV", "MDA").build()).size());
    }

    @Test
    void aMissingTargetJoinsTheSameSource() {
        Incident i = only(cluster(summons("a", "2025-03-10", "P1", "POL", "BLR"),
                Coded.article("b", "2025-03-10", "P2").event("111", "POL/GOV", null).build()));
        assertEquals("BLR", i.targetCountry());
        assertEquals("110", i.cameo(), "the most frequent code of the root: a tie goes to the earliest event");
    }

    @Test
    void symmetricEventsMergeWhicheverSideIsNamedFirst() {
        Incident clash = only(cluster(
                Coded.article("a", "2025-04-13", "P1").event("194", "TJK/MIL", "KGZ").date("2025-04-12").build(),
                Coded.article("b", "2025-04-14", "P2").event("193", "KGZ/MIL", "TJK").date("2025-04-12").build(),
                Coded.article("c", "2025-04-14", "P3").event("190", "KGZ/MIL", "TJK").date("2025-04-12").build()));
        assertEquals("19", clash.root());
        assertEquals("KGZ", clash.sourceCountry(), "the direction most events name");
        assertEquals(1, cluster(
                Coded.article("a", "2025-09-16", "P1").event("046", "ETH", "SOM").build(),
                Coded.article("b", "2025-09-16", "P2").event("046", "SOM", "ETH").build(),
                Coded.article("c", "2025-09-16", "P3").event("043", "SOM", "ETH").build()).size());
        assertEquals(1, cluster(
                Coded.article("a", "2024-11-11", "P1").event("042", "LBN", "ITA").build(),
                Coded.article("b", "2024-11-11", "P2").event("043", "ITA", "LBN").build()).size(), "visit and host");
    }

    @Test
    void directedEventsInOppositeDirectionsAreTwoIncidents() {
        List<Incident> l = cluster(
                Coded.article("a", "2025-02-11", "P1").event("161", "MDA/GOV", "RUS").build(),
                Coded.article("b", "2025-02-14", "P2").event("161", "RUS/GOV", "MDA").done()
                        .event("161", "MDA/GOV", "RUS").date("2025-02-11").build());
        assertEquals(2, l.size());
        assertEquals(List.of("MDA", "RUS"), l.stream().map(Incident::sourceCountry).toList());
        assertEquals(List.of("a", "b"), l.get(0).articles());
        assertEquals(2, cluster(
                Coded.article("a", "2025-09-18", "P1").event("045", "TUR", "ETH").build(),
                Coded.article("b", "2025-09-18", "P2").event("045", "ETH", "TUR").build()).size(), "mediation");
    }

    @Test
    void aSpeakerWithoutTargetDoesNotBridgeTwoSymmetricDyads() {
        List<Incident> l = cluster(
                Coded.article("a", "2025-09-16", "P1").event("043", "TUR", "ETH").build(),
                Coded.article("b", "2025-09-16", "P2").event("046", "ETH", "SOM").build(),
                Coded.article("c", "2025-09-17", "P3").event("043", "ETH", null).build());
        assertEquals(2, l.size(), l::toString);
    }

    @Test
    void aLaterReportWithoutTargetJoinsOneIncidentAndGluesNone() {
        List<Incident> l = cluster(
                Coded.article("a", "2025-03-10", "P1").event("111", "POL", "BLR").build(),
                Coded.article("b", "2025-03-10", "P2").event("111", "POL", "RUS").build(),
                Coded.article("c", "2025-03-11", "P3").event("111", "POL", null).build());
        assertEquals(2, l.size(), l::toString);
        assertEquals(3, l.stream().mapToInt(i -> i.articles().size()).sum());
    }

    @Test
    void oneActWithSeveralTargetsInOneSentenceIsOneIncident() {
        Incident i = only(cluster(Coded.article("a", "2025-09-16", "P1")
                .event("043", "TUR/GOV", "ETH/GOV").sentence(1).done()
                .event("043", "TUR/GOV", "SOM/GOV").sentence(1).build(),
                Coded.article("b", "2025-09-18", "P2").event("045", "TUR/GOV", "SOM").build()));
        assertEquals(List.of("a", "b"), i.articles());
        assertEquals(2, cluster(Coded.article("a", "2025-09-16", "P1")
                .event("043", "TUR/GOV", "ETH/GOV").sentence(1).done()
                .event("043", "TUR/GOV", "SOM/GOV").sentence(2).build()).size(), "two sentences, two acts");
    }

    @Test
    void placesInTwoForeignCountriesAreTwoHappeningsButEitherPartysSoilIsOne() {
        assertEquals(2, cluster(
                Coded.article("a", "2025-09-16", "P1").event("046", "ETH", "SOM").place("TUR").build(),
                Coded.article("b", "2025-09-17", "P2").event("046", "ETH", "SOM").place("CHE").build()).size());
        assertEquals(1, cluster(
                Coded.article("a", "2025-04-13", "P1").event("194", "TJK", "KGZ").place("KGZ").build(),
                Coded.article("b", "2025-04-13", "P2").event("194", "TJK", "KGZ").place("TJK").build(),
                Coded.article("c", "2025-04-13", "P3").event("194", "TJK", "KGZ").build()).size());
        assertEquals(1, cluster(
                Coded.article("a", "2025-06-23", "P1").event("163", "ORG:EU", "VEN").place("BEL").build(),
                Coded.article("b", "2025-06-25", "P2").event("163", "ORG:EU", "VEN").place("VEN").build()).size(),
                "a Brussels decision reported from Caracas");
    }

    @Test
    void hypotheticalsAndPlainNegationsMakeNoIncident() {
        assertEquals(List.of(), cluster(Coded.article("a", "2025-03-10", "P1")
                .event("190", "PRK", "KOR").mode(Mode.HYPOTHETICAL).done()
                .event("010", "RUS", null).mode(Mode.NEGATED).build()));
    }

    @Test
    void plansJoinAnIncidentButMakeNoneAloneUnlessAsked() {
        CodedArticle plan = Coded.article("a", "2025-09-13", "P1").event("043", "TUR", "ETH").mode(Mode.PLANNED)
                .date("2025-09-16").build();
        CodedArticle done = Coded.article("b", "2025-09-16", "P2").event("043", "TUR", "ETH").build();
        assertEquals(List.of(), cluster(plan));
        Incident i = only(cluster(plan, done));
        assertEquals(List.of("a", "b"), i.articles());
        assertEquals("2025-09-16", i.firstDate());
        IncidentIndex index = clusterer.newIndex();
        index.addAll(List.of(plan, done));
        assertEquals(List.of(IncidentIndex.Role.PLANNED, IncidentIndex.Role.OCCURRENCE),
                index.members(i.incidentId()).stream().map(IncidentIndex.Member::role).toList());
        assertEquals(1, new IncidentClusterer(IncidentClusterer.Options.defaults().withPlannedOnlyIncidents(true))
                .cluster(List.of(plan)).size());
    }

    @Test
    void aNegatedDenialJoinsTheIncidentItDeniesAndIsListed() {
        CodedArticle claim = Coded.article("a", "2025-03-10", "Meridian Wire")
                .event("072", "BLR/MIL", "RUS").claimedBy("POL/SPY").date("2025-03-07").build();
        CodedArticle denial = Coded.article("b", "2025-03-11", "Eastline News")
                .text("Belarus's foreign ministry on Tuesday dismissed reports that Belarusian soldiers had been sent.")
                .event("072", "BLR/MIL", "RUS").deniedBy("BLR/GOV").date("2025-03-11")
                .evidence("dismissed reports that Belarusian soldiers had been sent").build();
        Incident i = only(cluster(claim, denial));
        assertEquals(List.of("a", "b"), i.articles());
        assertEquals("072", i.cameo());
        assertEquals("2025-03-07", i.firstDate());
        assertEquals("2025-03-07", i.lastDate(), "a denial is no occurrence");
        Contradiction c = only(i.contradictions());
        assertEquals("denial", c.kind());
        assertEquals("BLR", c.by().country());
        assertEquals("GOV", c.by().sector());
        assertEquals("b", c.docId());
        assertEquals("dismissed reports that Belarusian soldiers had been sent", c.evidence().text());
    }

    @Test
    void aDenialOnItsOwnIsStillAnIncident() {
        Incident i = only(cluster(Coded.article("b", "2025-03-11", "P")
                .event("072", "BLR/MIL", "RUS").deniedBy("BLR/GOV").build()));
        assertEquals("072", i.cameo());
        assertEquals(1, i.contradictions().size());
    }

    @Test
    void aDenialSpeechActJoinsTheClaimedDeedOfTheDenier() {
        CodedArticle claim = Coded.article("a", "2025-03-10", "P1")
                .event("112", "POL/SPY", "BLR").speech().date("2025-03-07").done()
                .event("072", "BLR/MIL", "RUS").claimedBy("POL/SPY").date("2025-03-07").build();
        CodedArticle denial = Coded.article("b", "2025-03-12", "P2").text("Belarus has denied sending any troops.")
                .event("016", "BLR/GOV", null).denialAct().evidence("Belarus has denied sending any troops.").build();
        List<Incident> l = cluster(claim, denial);
        assertEquals(2, l.size());
        Incident deed = l.stream().filter(x -> x.root().equals("07")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), deed.articles());
        assertEquals(List.of("a-e1", "b-e0"), deed.events());
        assertEquals("BLR", only(deed.contradictions()).by().country());
        Incident accusation = l.stream().filter(x -> x.root().equals("11")).findFirst().orElseThrow();
        assertEquals(List.of(), accusation.contradictions());
    }

    @Test
    void aDenialOfTheAccusationsJoinsTheAccusation() {
        CodedArticle a = Coded.article("a", "2025-02-11", "P1")
                .event("112", "MDA/GOV", "RUS").speech().done()
                .event("071", "RUS/GOV", null).claimedBy("MDA/GOV").build();
        CodedArticle b = Coded.article("b", "2025-02-11", "P2").text("The Russian embassy dismissed the accusations.")
                .event("016", "RUS/GOV", null).denialAct().evidence("The Russian embassy dismissed the accusations.")
                .build();
        Incident accusation = cluster(a, b).stream().filter(x -> x.root().equals("11")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), accusation.articles());
        assertEquals("denial", only(accusation.contradictions()).kind());
    }

    @Test
    void aDenialWithNothingToDenyMakesNoIncident() {
        assertEquals(List.of(), cluster(Coded.article("b", "2025-02-11", "P2").event("016", "RUS/GOV", null)
                .denialAct().build()));
    }

    @Test
    void conflictingTollsFromDifferentClaimantsAreListed() {
        String kg = "Kyrgyzstan's border service said 12 people were killed and at least 30 people were wounded.";
        String tj = "Tajikistan's security committee said that seven people were killed in the weekend fighting.";
        Incident i = only(cluster(
                Coded.article("a", "2025-04-13", "P1").text(kg).event("194", "TJK/MIL", "KGZ").claimedBy("KGZ/GOV")
                        .date("2025-04-12").quantity(12, "people", "12 people")
                        .quantity(30.0, 30.0, null, "people", "at least 30 people").build(),
                Coded.article("b", "2025-04-14", "P2").text(tj).event("194", "KGZ/MIL", "TJK").claimedBy("TJK/SPY")
                        .date("2025-04-12").quantity(7, "people", "seven people").build()));
        assertEquals(3, i.quantities().size());
        assertEquals(List.of(12.0, 30.0, 7.0), i.quantities().stream().map(q -> q.value()).toList());
        assertEquals("KGZ", i.quantities().get(0).claimant().country());
        assertEquals(Mode.CLAIMED, i.quantities().get(0).mode());
        assertEquals("a", i.quantities().get(0).docId());
        Contradiction c = only(i.contradictions());
        assertEquals("quantity", c.kind());
        assertEquals(List.of(7.0, 12.0), c.values());
        assertEquals(List.of("TJK", "KGZ"), c.claimants());
        assertEquals("people killed", c.unit());
    }

    @Test
    void numbersThatAgreeOrComeFromOneClaimantAreNoContradiction() {
        String t = "The ministry said 146 people had been detained. Later it said 150 people had been detained.";
        Incident same = only(cluster(Coded.article("a", "2025-11-23", "P1").text(t)
                .event("173", "GEO/COP", "GEO").claimedBy("GEO/GOV").quantity(146, "people", "146 people")
                .quantity(150, "people", "150 people").build()));
        assertEquals(List.of(), same.contradictions());
        String u = "The rights group said more than 400 people were detained.";
        String v = "Lawyers said 450 people were detained.";
        Incident overlap = only(cluster(
                Coded.article("a", "2025-11-24", "P1").text(u).event("173", "GEO/COP", "GEO").claimedBy("GEO/NGO")
                        .quantity(400.0, 400.0, null, "people", "more than 400 people").build(),
                Coded.article("b", "2025-11-24", "P2").text(v).event("173", "GEO/COP", "GEO").claimedBy("GEO/JUD")
                        .quantity(450, "people", "450 people").build()));
        assertEquals(List.of(), overlap.contradictions(), "more than 400 and 450 agree");
    }

    @Test
    void theSameCountryCanContradictItselfThroughTwoClaimants() {
        Incident i = only(cluster(
                Coded.article("a", "2025-11-23", "P1").text("The ministry said 146 people had been detained.")
                        .event("173", "GEO/COP", "GEO").claimedBy("GEO/GOV").quantity(146, "people", "146 people")
                        .build(),
                Coded.article("b", "2025-11-24", "P2").text("More than 400 people were detained, the group said.")
                        .event("173", "GEO/COP", "GEO").claimedBy("GEO/NGO")
                        .quantity(400.0, 400.0, null, "people", "More than 400 people").build()));
        Contradiction c = only(i.contradictions());
        assertEquals(List.of(146.0, 400.0), c.values());
        assertEquals(List.of("GEO", "GEO"), c.claimants());
        assertEquals("people detained", c.unit());
    }

    @Test
    void anAssertedNumbersClaimantIsTheSourceActor() {
        Incident i = only(cluster(Coded.article("a", "2024-11-08", "P1").text("The ship unloaded 230 tonnes of aid.")
                .event("073", "ITA/MIL", "LBN").quantity(230, "tonnes", "230 tonnes").build()));
        assertEquals("ITA", i.quantities().get(0).claimant().country());
        assertEquals("MIL", i.quantities().get(0).claimant().sector());
        assertEquals(Mode.ASSERTED, i.quantities().get(0).mode());
    }

    @Test
    void theSpeechActThatReportsAClaimedEventIsListedOnIt() {
        IncidentIndex index = clusterer.newIndex();
        index.add(Coded.article("a", "2025-03-10", "P1")
                .event("112", "POL/SPY", "BLR").speech().date("2025-03-07").done()
                .event("072", "BLR/MIL", "RUS").claimedBy("POL/SPY").date("2025-03-07").done()
                .event("112", "UKR/SPY", "BLR").speech().date("2025-03-07").build());
        List<Incident> l = index.incidents();
        assertEquals(3, l.size(), "two accusations and the deed one of them alleges");
        Incident deed = l.stream().filter(x -> x.root().equals("07")).findFirst().orElseThrow();
        assertEquals(List.of("a-e1"), deed.events());
        assertEquals(List.of(new IncidentIndex.Member("a", "a-e1", IncidentIndex.Role.OCCURRENCE),
                new IncidentIndex.Member("a", "a-e0", IncidentIndex.Role.SPEECH_ACT)), index.members(deed.incidentId()));
        Incident accusation = l.stream().filter(x -> x.root().equals("11") && x.sourceCountry().equals("POL"))
                .findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(accusation.incidentId()), index.incidentOf("a", "a-e0"));
    }

    @Test
    void idsAreStableHashesOfTheEarliestEvent() {
        CodedArticle a = summons("a", "2025-03-10", "P1", "POL", "BLR");
        CodedArticle b = summons("b", "2025-03-11", "P2", "POL", "BLR");
        String id = only(cluster(a)).incidentId();
        assertTrue(id.matches("inc-[0-9a-f]{16}"), id);
        assertEquals(id, only(cluster(a, b)).incidentId(), "a later report keeps the id");
        assertEquals(id, only(cluster(b, a)).incidentId());
        assertEquals(id, only(new IncidentClusterer().cluster(List.of(a))).incidentId(), "the same in every run");
        CodedArticle earlier = summons("c", "2025-03-09", "P3", "POL", "BLR");
        assertNotEquals(id, only(cluster(a, earlier)).incidentId(), "an earlier report becomes the anchor");
    }

    @Test
    void incidentsAreOrderedByFirstDateThenId() {
        List<Incident> l = cluster(summons("a", "2025-03-20", "P1", "POL", "BLR"),
                summons("b", "2025-03-10", "P2", "LTU", "BLR"), summons("c", "2025-03-10", "P3", "LVA", "BLR"));
        assertEquals(List.of("2025-03-10", "2025-03-10", "2025-03-20"), l.stream().map(Incident::firstDate).toList());
        assertTrue(l.get(0).incidentId().compareTo(l.get(1).incidentId()) < 0);
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> IncidentClusterer.Options.defaults().withWindowDays(-1));
        assertThrows(IllegalArgumentException.class,
                () -> IncidentClusterer.Options.defaults().withDuplicateThreshold(0));
        assertEquals(7, new IncidentClusterer().options().windowDays());
    }

    @Test
    void eventsRepeatedAcrossVerbatimCopiesAreListedOnce() {
        String text = "Poland summoned the Belarusian ambassador on Monday.";
        Incident i = only(cluster(
                Coded.article("a", "2025-03-10", "P1").text(text).event("110", "POL", "BLR").id("same").build(),
                Coded.article("b", "2025-03-10", "P2").text(text).event("110", "POL", "BLR").id("same").build()));
        assertEquals(List.of("same"), i.events());
        assertEquals(List.of("a", "b"), i.articles());
        assertEquals(2, i.publishers());
        assertEquals(1, i.independentSources());
    }

    private static <T> T only(List<T> l) {
        assertEquals(1, l.size(), () -> "expected one: " + l);
        return l.get(0);
    }

    static Set<String> stories(Incident i) {
        return i.articles().stream().map(ExampleKey::story).collect(Collectors.toSet());
    }
}
