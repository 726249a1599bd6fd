package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseRepairTest {
    private static List<Sentence> fixture(String name) throws IOException {
        try (InputStream in = ParseRepairTest.class.getResourceAsStream(name)) {
            return Conll.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).sentences();
        }
    }

    @Test
    void aGerundAfterAPrepositionHeadsItsClauseAndTakesTheNameAsObject() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-gerund.conll").get(0));
        assertEquals(1, s.head(4)); // condemning <- joined
        assertEquals("advcl", s.rel(4));
        assertEquals(4, s.head(5)); // Belarus <- condemning
        assertEquals("obj", s.rel(5));
        assertEquals("mark", s.rel(3));
        assertEquals(4, s.head(3));
    }

    @Test
    void anAdjectivalParticipleBeforeANameIsLeftAlone() throws IOException {
        Sentence s = fixture("repair-gerund.conll").get(1);
        assertSame(s, ParseRepair.repair(s));
    }

    @Test
    void aReducedRelativeGivesBackTheObjectItTook() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relative.conll").get(0));
        assertEquals(2, s.head(4)); // tonnes <- unloaded
        assertEquals("obj", s.rel(4));
        assertEquals(8, s.head(9)); // displaced <- people
        assertEquals("acl", s.rel(9));
    }

    @Test
    void aParticipleWithAByAgentReadAsTheRootGivesWayToTheFiniteVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relative.conll").get(1));
        assertEquals(6, s.root()); // left
        assertEquals(6, s.head(2)); // diplomat <- left
        assertEquals("nsubj", s.rel(2));
        assertEquals(2, s.head(3)); // expelled <- diplomat
        assertEquals("acl", s.rel(3));
        assertEquals(3, s.head(5)); // Moldova stays the participle's agent
        assertEquals(6, s.head(10)); // the full stop follows the new root
    }

    @Test
    void whatItCalledGivesTheNamedActToTheOuterVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-gerund.conll").get(2));
        assertEquals(2, s.head(7)); // use <- condemned
        assertEquals("obj", s.rel(7));
        assertEquals(7, s.head(12)); // police <- use
        assertEquals(7, s.head(5)); // called describes the use
        assertEquals("acl:relcl", s.rel(5));
    }

    @Test
    void aCommaSetParticipleBelongsToTheMainVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relative.conll").get(2));
        assertEquals(3, s.head(12)); // ending <- signed
        assertEquals("advcl", s.rel(12));
    }

    @Test
    void aParticipleReadAsAClausalSubjectModifiesTheNoun() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relative.conll").get(3));
        assertEquals(8, s.head(1)); // ceasefire <- holding
        assertEquals("nsubj", s.rel(1));
        assertEquals(1, s.head(2)); // agreed <- ceasefire
        assertEquals("acl", s.rel(2));
        assertEquals("VBN", s.token(2).tag());
    }

    @Test
    void beforeACommonNounTheGerundNeedsAnObjectOrAVerbOfBlaming() throws IOException {
        Sentence attack = ParseRepair.repair(fixture("repair-gerund.conll").get(3));
        assertEquals(4, attack.head(6)); // tankers <- attacking
        assertEquals("obj", attack.rel(6));
        Sentence munitions = fixture("repair-gerund.conll").get(4);
        assertSame(munitions, ParseRepair.repair(munitions));
    }

    @Test
    void aCountedRangeIsTheObjectNotABetweenPhrase() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relative.conll").get(4));
        assertEquals("obj", s.rel(6));
        assertEquals(3, s.head(2)); // between <- 300
    }

    @Test
    void anApproximateNumberIsNoPreposition() throws IOException {
        Sentence fired = ParseRepair.repair(fixture("repair-relative.conll").get(5));
        assertEquals("obj", fired.rel(4));
        assertEquals(3, fired.head(2)); // about <- 180
        Sentence money = ParseRepair.repair(fixture("repair-relative.conll").get(6));
        assertEquals(3, money.head(6)); // $ <- disbursement
        assertEquals("nmod", money.rel(6));
        assertEquals("case", money.rel(4));
    }

    @Test
    void aStrayParticleGoesBackToItsVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relative.conll").get(7));
        assertEquals(1, s.head(2)); // down <- forced
        assertEquals("compound:prt", s.rel(2));
        assertEquals("obj", s.rel(4));
    }

    @Test
    void aGerundOfBlamingGoesToTheBlamingVerbThroughTheNounItHangsFrom() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-gerund.conll").get(5));
        assertEquals(1, s.head(8)); // supplying <- accused
        assertEquals("advcl", s.rel(8));
        assertEquals(8, s.head(9)); // weapons <- supplying
    }

    @Test
    void aSecondClauseSwallowedAsTheFirstOnesComplementIsConjoined() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-coordination.conll").get(0));
        assertEquals(1, s.head(3)); // total <- released, as its object
        assertEquals("obj", s.rel(3));
        assertEquals(9, s.head(8)); // Israel <- freed
        assertEquals("nsubj", s.rel(8));
        assertEquals(1, s.head(9)); // freed <- released
        assertEquals("conj", s.rel(9));
        assertEquals(9, s.head(7)); // "and" goes with the second clause
    }

    @Test
    void aSecondClauseHungAsASubjectlessDepGetsItsSubjectBack() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-coordination.conll").get(1));
        assertEquals(3, s.child(1, "obj")); // tanker stays the object of seized
        assertEquals(8, s.head(7)); // States <- sent
        assertEquals("nsubj", s.rel(7));
        assertEquals("conj", s.rel(8));
    }

    @Test
    void aReportedClauseWithAConjoinedSubjectIsLeftAlone() throws IOException {
        Sentence s = fixture("repair-coordination.conll").get(2);
        assertSame(s, ParseRepair.repair(s));
    }

    @Test
    void aSpeakersParticipleHungInTheReportedClauseGoesToTheReportingVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(0));
        assertEquals(1, s.head(10)); // rejecting <- denied
        assertEquals("advcl", s.rel(10));
    }

    @Test
    void aRelativeClauseWithoutThatReadAsADepBecomesARelativeClause() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(1));
        assertEquals(7, s.head(9)); // condemned <- move
        assertEquals("acl:relcl", s.rel(9));
    }

    @Test
    void aSourcesNameReadAsTheSubjectGoesBackToTheAccordingToPhrase() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(2));
        assertEquals(10, s.head(8)); // troops <- carried
        assertEquals("nsubj:pass", s.rel(8));
        assertEquals(4, s.head(5)); // NOS <- broadcaster
        assertEquals("appos", s.rel(5));
    }

    @Test
    void anObjectHungFromTheDayBeforeItGoesBackToTheVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(3));
        assertEquals(2, s.head(7)); // appeal <- rejected
        assertEquals("obj", s.rel(7));
    }

    @Test
    void aDayReadAsTheSubjectGivesWayToTheNameBeforeIt() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(4));
        assertEquals(4, s.head(2)); // States <- condemned
        assertEquals("nsubj", s.rel(2));
        assertEquals("obl:tmod", s.rel(3)); // Friday
        assertEquals(2, s.head(0)); // The <- States
    }

    @Test
    void aRelativeClauseHungFromTheVerbGoesToItsObject() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(5));
        assertEquals(4, s.head(7)); // imposed <- sanctions
        assertEquals("acl:relcl", s.rel(7));
    }

    @Test
    void aCommaSetParticipleReadAsAnAdjectiveHeadsTheSpeakersClause() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-relatives.conll").get(6));
        assertEquals(1, s.head(16)); // rejecting <- said
        assertEquals("advcl", s.rel(16));
        assertEquals(16, s.head(18)); // claims <- rejecting
        assertEquals("obj", s.rel(18));
    }

    @Test
    void aTrailingSpeakerReadAsAnAppositionIsTheSubjectOfItsVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-speaker.conll").get(0));
        assertEquals(10, s.head(9)); // ministry <- said
        assertEquals("nsubj", s.rel(9));
        assertEquals(1, s.head(10)); // said still hangs from killed, as the clause it reports
        assertEquals("parataxis", s.rel(10));
    }

    @Test
    void aSpeakerWithItsOwnSubjectIsLeftAlone() throws IOException {
        Sentence s = fixture("repair-speaker.conll").get(1);
        assertSame(s, ParseRepair.repair(s));
    }

    @Test
    void aTrailingSpeakerReadAsARelativeClauseReportsTheSentence() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-speaker.conll").get(2));
        assertEquals(3, s.head(17)); // protested <- failing (the root)
        assertEquals("parataxis", s.rel(17));
        assertEquals(17, s.head(16)); // group stays its subject
        Sentence relative = fixture("repair-speaker.conll").get(3);
        assertSame(relative, ParseRepair.repair(relative));
        Sentence dependent = ParseRepair.repair(fixture("repair-speaker.conll").get(4));
        assertEquals(3, dependent.head(17));
        assertEquals("parataxis", dependent.rel(17));
    }

    @Test
    void aGerundAfterAVerbOfAspectIsItsComplementWithTheNounAsObject() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-aspect.conll").get(0));
        assertEquals(2, s.head(3)); // collecting <- began
        assertEquals("xcomp", s.rel(3));
        assertEquals(3, s.head(4)); // signatures <- collecting
        assertEquals("obj", s.rel(4));
    }

    @Test
    void anOrdinaryAdjectiveAfterAVerbOfAspectIsLeftAlone() throws IOException {
        Sentence s = fixture("repair-aspect.conll").get(1);
        assertSame(s, ParseRepair.repair(s));
    }

    @Test
    void aVerblessSentenceReadAsOneNounPhraseGetsItsVerbBack() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-clause.conll").get(0));
        assertEquals(2, s.root()); // seized
        assertEquals("VBD", s.token(2).tag());
        assertEquals(2, s.head(1)); // military <- seized
        assertEquals("nsubj", s.rel(1));
        assertEquals(1, s.head(0)); // The <- military
        assertEquals(2, s.head(3)); // power <- seized
        assertEquals("obj", s.rel(3));
        assertEquals(2, s.head(4)); // the full stop
    }

    @Test
    void aSecondPastFormAfterAndIsAConjoinedVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-clause.conll").get(1));
        assertEquals(2, s.root()); // imposed
        assertEquals(2, s.head(4)); // law <- imposed
        assertEquals(4, s.head(3)); // martial stays with law
        assertEquals(2, s.head(6)); // arrested <- imposed
        assertEquals("conj", s.rel(6));
        assertEquals("VBD", s.token(6).tag());
        assertEquals(6, s.head(8)); // leaders <- arrested
        assertEquals("obj", s.rel(8));
        assertEquals(6, s.head(5)); // and <- arrested
    }

    @Test
    void aNounPhraseWithoutASubjectNounBeforeItsParticipleIsLeftAlone() throws IOException {
        Sentence s = fixture("repair-clause.conll").get(2);
        assertSame(s, ParseRepair.repair(s));
    }

    @Test
    void aNominalisedAdjectiveHeadsItsNounPhrase() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-nominal.conll").get(0));
        assertEquals(1, s.head(3)); // wounded <- evacuated
        assertEquals("obj", s.rel(3));
        assertEquals(3, s.head(2)); // the <- wounded
        assertEquals("det", s.rel(2));
        assertEquals("JJ", s.token(3).tag());
        assertEquals("wounded", s.token(3).lemma());
    }

    @Test
    void aNominalisedParticipleIsAnAdjectiveNotAVerb() throws IOException {
        Sentence s = ParseRepair.repair(fixture("repair-nominal.conll").get(1));
        assertEquals(1, s.head(3)); // detained <- released, as parsed
        assertEquals("JJ", s.token(3).tag());
        Sentence both = ParseRepair.repair(fixture("repair-nominal.conll").get(3));
        assertEquals(1, both.head(3)); // injured <- detained
        assertEquals("obj", both.rel(3));
        assertEquals(3, both.head(6)); // accused <- injured
        assertEquals("conj", both.rel(6));
        assertEquals("JJ", both.token(6).tag());
    }

    @Test
    void anAdjectiveBeforeItsNounIsLeftAlone() throws IOException {
        Sentence s = fixture("repair-nominal.conll").get(2);
        assertSame(s, ParseRepair.repair(s));
    }
}
