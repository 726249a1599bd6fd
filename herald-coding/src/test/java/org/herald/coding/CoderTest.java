package org.herald.coding;

import static org.herald.coding.Fixtures.code;
import static org.herald.coding.Fixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

/** The coder over stored parses: every hard case of the event patterns, without loading models. */
class CoderTest {

    @Test
    void coordinatedSubjectsEachCondemn() {
        assertEquals(List.of("FRA 111 - asserted", "DEU 111 - asserted"),
                summary(code("coordinated-subject.conll", null)));
    }

    @Test
    void passiveSummonsSwapsAgentAndPatient() {
        assertEquals(List.of("NLDGOV 110 IRNGOV asserted"), summary(code("passive-summons.conll", null)));
    }

    @Test
    void negatedAttackIsMarkedNegated() {
        List<Event> ev = code("negated-attack.conll", null);
        assertEquals(1, ev.size());
        assertEquals(Mode.NEGATED, ev.get(0).mode());
    }

    @Test
    void conditionalSendIsHypothetical() {
        List<Event> ev = code("conditional-send.conll", null);
        assertEquals(List.of("IRN 072 SYR hypothetical"), summary(ev));
    }

    @Test
    void futureAidIsPlannedAndCodedAsIntent() {
        // the codebook codes an announced act as the intent to do it: "will send aid" is 033
        assertEquals(List.of("EGY 033 SDN planned"), summary(code("future-aid.conll", null)));
    }

    @Test
    void reportedShellingIsClaimedBySpeaker() {
        List<Event> ev = code("reported-shelling.conll", null);
        assertEquals(List.of("UGAMIL 195 - claimed"), summary(ev), "the plain 'said' gives way to the reported event");
        assertEquals("KEN", ev.get(0).claim().claimant().country());
        assertEquals("said", ev.get(0).claim().verb());
        assertEquals("Test Wire", ev.get(0).claim().publisher());
    }

    @Test
    void domesticTargetTakesTheSourceCountry() {
        assertEquals(List.of("RUSCOP 173 RUSCVL asserted"), summary(code("domestic-arrest.conll", null)));
    }

    @Test
    void pronounResolvesToThePersonAcrossSentences() {
        List<String> s = summary(code("pronoun-across-sentences.conll", null));
        assertTrue(s.contains("INDGOV 040 JPNGOV asserted"), s.toString());
        assertTrue(s.contains("JPNGOV 040 INDGOV asserted"), "meet is symmetric: " + s);
    }

    @Test
    void seedSummonsRegretAndReply() {
        List<Event> ev = code("seed-summons.conll", "2024-10-22");
        List<String> s = summary(ev);
        assertTrue(s.contains("KORGOV 110 RUSGOV asserted"), s.toString());
        // the vice minister (KOR by the earlier ministry) conveys regret to the diplomat (RUS by the earlier ambassador)
        assertTrue(s.contains("KORGOV 111 RUSGOV asserted"), s.toString());
        // "He responded that all actions were in accordance with international law": the one addressed
        // (the Russian diplomat) defends his side's conduct
        assertTrue(s.contains("RUSGOV 052 - asserted"), s.toString());
        Event summons = ev.get(0);
        assertEquals("the Russian ambassador", summons.targetActor().text());
        assertEquals("summon.t1:subj-obj", summons.rule());
        assertEquals(summons.evidence().text(), "The South Korean Foreign Ministry has summoned the Russian ambassador to Seoul .");
    }

    @Test
    void accusationAndTheReportedTransferAreTwoEvents() {
        List<Event> ev = code("seed-accusation.conll", "2024-10-22");
        List<String> s = summary(ev);
        assertTrue(s.contains("KORSPY 112 PRKMIL asserted"), s.toString());
        Event transfer = ev.stream().filter(e -> e.cameo().equals("072")).findFirst().orElseThrow();
        assertEquals("PRKMIL", transfer.sourceActor().code());
        assertEquals("RUS", transfer.targetActor().code());
        assertEquals(Mode.CLAIMED, transfer.mode());
        assertEquals("KOR", transfer.claim().claimant().country());
        assertEquals("SPY", transfer.claim().claimant().sector());
        assertEquals("accused", transfer.claim().verb());
    }

    @Test
    void warningTargetsTheActorOfTheEventNoun() {
        List<Event> ev = code("seed-warning.conll", "2024-10-22");
        List<String> s = summary(ev);
        assertTrue(s.contains("NATOIGO 130 PRKMIL asserted"), s.toString());
        assertTrue(ev.stream().filter(e -> e.cameo().equals("072")).allMatch(e -> e.mode() == Mode.HYPOTHETICAL), s.toString());
    }

    @Test
    void eventIdsAreStable() {
        List<Event> a = code("seed-accusation.conll", "2024-10-22");
        List<Event> b = code("seed-accusation.conll", "2024-10-22");
        assertEquals(a.stream().map(Event::eventId).toList(), b.stream().map(Event::eventId).toList());
        assertFalse(a.get(0).eventId().isBlank());
    }

    @Test
    void offsetsPointIntoTheText() {
        var parsed = Fixtures.parse("seed-summons.conll");
        var article = new org.herald.model.Article("t", parsed.text(), null, null, null, null, "en");
        for (Event e : Fixtures.coder().code(article, parsed).events()) {
            assertEquals(e.sourceActor().text(), parsed.text().substring(e.sourceActor().begin(), e.sourceActor().end()));
            assertEquals(e.evidence().text(), parsed.text().substring(e.evidence().begin(), e.evidence().end()));
            assertNotNull(e.coder());
        }
    }

    @Test
    void claimChainRunsFromTheSourceThroughTheOutletToThePage() {
        List<Event> ev = code("seed-chain.conll", "2024-10-22");
        Event transfer = ev.stream().filter(e -> e.cameo().equals("072") && e.sentence() == 0).findFirst().orElseThrow();
        assertEquals("KOR", transfer.claim().claimant().country());
        assertEquals(List.of("NOS"), transfer.claim().via());
        assertEquals("Krone", transfer.claim().upstream());
        assertEquals("Test Wire", transfer.claim().publisher());
        // "North Korea is said to have decided to send ...": unattributed, so the last named source; planned, so
        // coded as the intent to provide military aid (0332)
        Event total = ev.stream().filter(e -> e.cameo().equals("0332") && e.sentence() == 2).findFirst().orElseThrow();
        assertEquals(Mode.PLANNED, total.mode());
        assertEquals("SPY", total.claim().claimant().sector());
        assertEquals(List.of("NOS"), total.claim().via());
    }

    @Test
    void anAgentlessArrestIsThePoliceOfThePlace() {
        List<Event> ev = code("implied-agents.conll", "2025-11-24");
        assertEquals(List.of("GEOCOP 173 GEOCVL asserted"), summary(ev));
        assertEquals("detained", ev.get(0).sourceActor().text(), "the span is the word that implies the police");
    }

    @Test
    void anEventNounIsDoneByTheCountryThatModifiesIt() {
        assertEquals(List.of("RUS 195 UKR asserted"), summary(Fixtures.codeSentence("event-nouns.conll", 0, null)));
    }

    @Test
    void theBlocIsTheBodyNamedBefore() {
        List<Event> ev = code("event-nouns.conll", null);
        assertTrue(summary(ev).contains("EUIGO 110 IRNGOV asserted"), summary(ev).toString());
    }

    @Test
    void aReactionToANamedActTargetsWhoeverDidIt() {
        List<Event> ev = code("answered-acts.conll", null);
        assertTrue(summary(ev).contains("IRN 111 EUIGO asserted"), summary(ev).toString());
        Event answer = ev.stream().filter(e -> e.cameo().equals("111")).findFirst().orElseThrow();
        assertEquals("sanctions", answer.targetActor().text(), "the target's span is the noun naming the act");
    }

    @Test
    void aCeasefireWhoseSidesGoUnnamedIsBetweenTheSidesOfTheFighting() {
        List<String> s = summary(code("answered-acts.conll", null));
        assertTrue(s.contains("RUS 0871 UKR asserted") && s.contains("UKR 0871 RUS asserted"), s.toString());
    }

    @Test
    void anActToldAgainWithoutItsOtherSideKeepsTheOtherSide() {
        List<String> s = summary(code("continued-act.conll", null));
        assertEquals("RUS 072 SYR asserted", s.get(0));
        assertTrue(s.get(1).startsWith("RUS 03") && s.get(1).endsWith("SYR planned"), s.toString());
    }

    @Test
    void anAgentlessKillingBlamedOnSomeoneIsTheirsByTheBlamersClaim() {
        List<Event> ev = code("blamed-agent.conll", null);
        Event killing = ev.stream().filter(e -> e.cameo().equals("190")).findFirst().orElseThrow();
        assertEquals("UKR", killing.sourceActor().country());
        assertEquals(Mode.CLAIMED, killing.mode());
        assertEquals("RUS", killing.claim().claimant().country());
        assertTrue(summary(ev).contains("RUS 112 UKR asserted"), summary(ev).toString());
    }

    @Test
    void aDismissedClaimTargetsWhoeverMadeIt() {
        List<Event> ev = code("dismissed-claim.conll", null);
        Event dismissal = ev.stream().filter(e -> e.cameo().equals("016")).findFirst().orElseThrow();
        assertEquals("RUS", dismissal.targetActor().country());
        assertEquals("claim", dismissal.targetActor().text(), "the target's span is the noun naming the claim");
    }

    @Test
    void aPastActDatingARefusedOneIsNotRefused() {
        List<String> s = summary(code("dated-act.conll", null));
        assertTrue(s.contains("DEU 163 RUS asserted"), s.toString());
    }

    @Test
    void aConjoinedVerbWithoutASideOfItsOwnSharesTheFirstVerbsOtherSide() {
        List<String> s = summary(Fixtures.codeSentence("shared-sides.conll", 0, null));
        assertTrue(s.contains("FRA 111 IRN asserted"), s.toString());
    }

    @Test
    void aMediationMediatesBetweenThoseWhoseActItQualifies() {
        List<String> s = summary(Fixtures.codeSentence("shared-sides.conll", 1, null));
        assertTrue(s.contains("RUS 045 IRN asserted") && s.contains("RUS 045 SYR asserted"), s.toString());
    }

    @Test
    void theyAfterAConjoinedSubjectAreBothOfThem() {
        List<String> s = summary(code("shared-sides.conll", null));
        assertTrue(s.contains("FRA 111 SYR asserted") && s.contains("DEU 111 SYR asserted"), s.toString());
    }

    @Test
    void aMoveSomeoneCondemnedTargetsWhoeverMadeIt() {
        List<String> s = summary(Fixtures.codeSentence("act-nouns.conll", 0, null));
        assertTrue(s.contains("DEU 111 FRA asserted"), s.toString());
    }

    @Test
    void aDemandWhoseClauseHangsFromWhatIsDemandedTargetsTheClausesSubject() {
        List<String> s = summary(Fixtures.codeSentence("act-nouns.conll", 1, null));
        assertTrue(s.contains("RUS 100 UKR asserted"), s.toString());
    }

    @Test
    void protestersClashingWithPoliceIsAViolentProtestAndItsRepression() {
        List<String> s = summary(Fixtures.codeSentence("accusations.conll", 0, null));
        assertTrue(s.contains("GEOCVL 145 GEOCOP asserted") && s.contains("GEOCOP 175 GEOCVL asserted"), s.toString());
    }

    @Test
    void aStateAccusingAnotherOfViolenceWithoutAVictimIsItsVictim() {
        List<Event> ev = Fixtures.codeSentence("accusations.conll", 1, null);
        assertTrue(summary(ev).contains("RUS 190 UKR claimed"), summary(ev).toString());
    }

    @Test
    void anActNamedByANounInsideAnAccusationIsTheAccusedsByTheAccusersClaim() {
        List<Event> ev = Fixtures.codeSentence("accusations.conll", 2, null);
        Event arrest = ev.stream().filter(e -> e.cameo().equals("173")).findFirst().orElseThrow();
        assertEquals("RUS", arrest.sourceActor().country());
        assertEquals(Mode.CLAIMED, arrest.mode());
        assertEquals("IRN", arrest.claim().claimant().country());
    }

    @Test
    void aRejectedProposalBelongsToWhoeverBackedIt() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 0, null));
        assertTrue(s.contains("RUS 120 IRN asserted"), s.toString());
    }

    @Test
    void aRefusalConcernsTheForeignPartyOfWhatIsRefused() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 1, null));
        assertTrue(s.contains("IRN 120 RUSGOV asserted"), s.toString());
    }

    @Test
    void localActorsWithoutAPlaceAreOfTheSentencesOneCountry() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 2, null));
        assertTrue(s.contains("GEOCVL 145 GEOCOP claimed"), s.toString());
    }

    @Test
    void aRejectedOfferBelongsToWhomeverItComesFrom() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 3, null));
        assertTrue(s.contains("RUS 120 IRN asserted"), s.toString());
    }

    @Test
    void anActAnnouncedUnlessTheOtherSideCompliesIsAThreat() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 4, null));
        assertTrue(s.contains("RUS 131 SYR planned"), s.toString());
    }

    @Test
    void aThreatsConditionMayHangLowerInWhatIsThreatened() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 5, null));
        assertTrue(s.stream().anyMatch(x -> x.startsWith("RUS 13") && x.contains(" IRN ")), s.toString());
    }

    @Test
    void aWithdrawalNamingNoOtherSideIsFromTheEnemyOfTheArticlesFighting() {
        List<Event> ev = code("other-side.conll", null);
        Event w = ev.stream().filter(e -> e.cameo().equals("0874")).findFirst().orElseThrow();
        assertEquals("RUS", w.targetActor().country());
        assertEquals("withdrew", w.targetActor().text(), "the target's span is the trigger that implies it");
    }

    @Test
    void anActDoneAsPartOfAnInvestigationMakesTheInvestigationTheActors() {
        List<String> s = summary(Fixtures.codeSentence("other-side.conll", 2, null));
        assertTrue(s.contains("RUSCOP 090 RUS asserted"), s.toString());
    }

    @Test
    void aVisitNamedByANounIsItsPossessorsAndNeedsItsDestination() {
        List<String> s = summary(Fixtures.codeSentence("visit-nouns.conll", 0, null));
        assertTrue(s.contains("RUSGOV 042 SYR asserted"), s.toString());
        List<String> t = summary(Fixtures.codeSentence("visit-nouns.conll", 1, null));
        assertTrue(t.stream().noneMatch(x -> x.contains(" 042 ")), t.toString());
    }

    @Test
    void aComplaintAccusesByTheVoiceOfWhoeverFiledIt() {
        List<String> s = summary(Fixtures.codeSentence("accusations.conll", 3, null));
        assertTrue(s.contains("UKR 112 RUS asserted"), s.toString());
    }

    @Test
    void aQuotedMustIsTheSpeakersDemandOnItsSubject() {
        List<Event> ev = Fixtures.codeSentence("act-nouns.conll", 2, null);
        assertTrue(summary(ev).contains("RUS 100 IRN asserted"), summary(ev).toString());
    }

    @Test
    void aThreatIsAimedAtAllWhoMustMeetItsCondition() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 6, null));
        assertTrue(s.contains("RUS 130 FRA asserted") && s.contains("RUS 130 DEU asserted"), s.toString());
    }

    @Test
    void endorsingSomeonesBidIsEndorsingThem() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 7, null));
        assertTrue(s.contains("RUS 051 IRN asserted"), s.toString());
    }

    @Test
    void officialsFromTwoCountriesAreEachCountrysOfficials() {
        List<String> s = summary(Fixtures.codeSentence("shared-sides.conll", 4, null));
        assertTrue(s.contains("IRNGOV 040 SYRGOV asserted") && s.contains("SYRGOV 040 IRNGOV asserted"), s.toString());
    }

    @Test
    void aRelativeClauseOnTheObjectNamesTheOtherSide() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 8, null));
        assertTrue(s.contains("RUS 085 IRN asserted"), s.toString());
    }

    @Test
    void aWarningOfResponseIsAimedAtWhoeverActsFirst() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 9, null));
        assertTrue(s.contains("RUS 130 FRA asserted"), s.toString());
    }

    @Test
    void whatADemandAsksForHasNotHappened() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 10, null));
        assertTrue(s.stream().noneMatch(x -> x.contains(" 163 ")), s.toString());
    }

    @Test
    void aMoveIsAgainstWhomItsPurposeNames() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 11, null));
        assertTrue(s.contains("RUS 154 IRN asserted"), s.toString());
    }

    @Test
    void aProtestIsAgainstTheForeignPowerItsClauseNames() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 12, null));
        assertTrue(s.contains("GEOCVL 144 RUS asserted"), s.toString());
    }

    @Test
    void aProtestAboutItsOwnGovernmentsPolicyAbroadIsAgainstItsOwnGovernment() {
        List<String> s = summary(Fixtures.codeSentence("other-sides.conll", 13, null));
        assertTrue(s.stream().noneMatch(x -> x.endsWith("IRN asserted")), s.toString());
    }

    @Test
    void whoClaimsABombingDidItAndABombKillsByBombing() {
        List<Event> ev = Fixtures.codeSentence("accusations.conll", 4, null);
        Event killing = ev.stream().filter(e -> e.cameo().equals("183")).findFirst().orElseThrow();
        assertEquals("IRN", killing.sourceActor().country());
        assertEquals(Mode.CLAIMED, killing.mode());
        assertEquals("IRN", killing.claim().claimant().country());
    }

    @Test
    void aKillingTakesTheKindOfTheAttackItWasDoneIn() {
        List<String> s = summary(Fixtures.codeSentence("accusations.conll", 5, null));
        assertTrue(s.contains("RUS 195 UKRMIL asserted"), s.toString());
    }

    @Test
    void theKillingOfOneNamedPersonIsAnAssassination() {
        List<Event> ev = Fixtures.codeSentence("accusations.conll", 6, null);
        assertTrue(ev.stream().anyMatch(e -> e.cameo().equals("186") && "ISR".equals(e.sourceActor().country())),
                summary(ev).toString());
    }

    @Test
    void whoCarriedOutTheKillingJustToldDidItOnTheWordOfWhoeverSaysSo() {
        List<Event> ev = Fixtures.codeSentence("blamed-agent.conll", 1, null);
        Event killing = ev.stream().filter(e -> e.cameo().equals("190")).findFirst().orElseThrow();
        assertEquals("UKR", killing.sourceActor().country());
        assertEquals(Mode.CLAIMED, killing.mode());
        assertEquals("RUS", killing.claim().claimant().country());
    }

    @Test
    void aShowOfForceReportedByAStateThreatensThatState() {
        List<String> s = summary(Fixtures.codeSentence("other-side.conll", 3, null));
        assertTrue(s.contains("RUS 154 GEO claimed"), s.toString());
    }

    @Test
    void aShowOfForceAnswersWhoeverDidWhatItFollows() {
        List<String> s = summary(Fixtures.codeSentence("other-side.conll", 4, null));
        assertTrue(s.contains("IRN 154 RUS asserted"), s.toString());
    }

    @Test
    void aShowOfForceIsAimedAtWhomItWarns() {
        List<String> s = summary(Fixtures.codeSentence("other-side.conll", 5, null));
        assertTrue(s.contains("RUS 150 FRA asserted"), s.toString());
    }
}
