package org.herald.coding.it;

import static org.herald.coding.it.Coded.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Other sides given by where an act was done or what it is about, and by whom force dispersed: real pipeline. */
@Tag("corenlp")
class PlacedTargetsIT {
    private static String target(String text, String root) {
        for (Event e : code(text)) {
            if (e.root().equals(root)) {
                Actor t = e.targetActor();
                return t == null ? "-" : t.country() != null ? t.country() : t.org();
            }
        }
        return null;
    }

    @Test
    void sanctionsAndRejectionsAbroadAreOnTheStateTheyConcern() {
        assertEquals("SOM", target("The World Food Programme halted food deliveries in Mogadishu after a convoy was looted.", "16"));
        assertEquals("TLS", target("Australia rejected a request for its troops to be stationed in East Timor.", "12"));
    }

    @Test
    void whereTheTalkingWasDoneIsNoOtherSide() {
        assertEquals("-", target("Brazil agreed in Geneva to cut its tariffs on steel.", "03"));
    }

    @Test
    void forceUsedToDisperseACrowdIsUsedOnIt() {
        List<Event> ev = code("Kenyan police opened fire to disperse opposition supporters in Kisumu, killing two.");
        assertTrue(ev.stream().anyMatch(e -> e.root().equals("19") && e.targetActor() != null
                && "KEN".equals(e.targetActor().country())), ev.toString());
    }

    @Test
    void policeCoercionAndMartialLawThreatsAreOnTheirOwnPeople() {
        assertEquals("TUR", target("Turkish police prevented a march by students in Ankara.", "17"));
        assertEquals("THA", target("The Thai government said it was prepared to impose martial law.", "13"));
    }

    @Test
    void aDemandNounsThatClauseNamesWhoIsAsked() {
        assertEquals("SOM", target("Kenya renewed its demand that Somalia withdraw its troops from the border.", "10"));
        assertEquals("GRC", target("The rebels insisted on their demands that the Greek government release the prisoners.", "10"));
    }

    @Test
    void aComplaintIsAgainstWhomItIsAboutAndADomesticActWhereItIsDone() {
        assertEquals("AZE", target("Armenia complained to the United Nations over Azerbaijani shelling of its villages.", "11"));
        assertEquals("CHN", target("Vietnam protested to China over the seizure of its fishing boats.", "11"));
        assertEquals("UKR", target("Russia lifted the curfew in Crimea province.", "08"));
    }

    @Test
    void rebelViolenceAtHomeIsAgainstTheirStateWhereTheSentencePlacesIt() {
        assertEquals("AFG", target("Taliban fighters attacked a checkpoint in Kandahar.", "19"));
        List<Event> ev = code("Rebels from Chad kidnapped two French engineers and exploded a car bomb in the capital N'Djamena.");
        assertTrue(ev.stream().anyMatch(e -> e.root().equals("18") && e.targetActor() != null
                && "TCD".equals(e.targetActor().country())), ev.toString());
    }

    @Test
    void partiesUnaimedPoliticalActsAreWithinTheirState() {
        assertEquals("SRB", target("Serbia's opposition parties rejected the results of the local elections.", "12"));
        // an agentless violent act with a sectorless actor must not fail ("rebels" without a sector elsewhere)
        assertTrue(code("Gunmen exploded a bomb in the centre of Mogadishu.").stream().allMatch(e -> e.root() != null));
    }

    @Test
    void agreementsNamedAfterACityAreNeitherItsStateNorThere() {
        List<Event> ev = code("Russia violated the Minsk agreements, Ukraine said.");
        assertTrue(ev.stream().noneMatch(e -> e.targetActor() != null && "BLR".equals(e.targetActor().country())),
                ev.toString());
        assertTrue(ev.stream().noneMatch(e -> e.location() != null && "BLR".equals(e.location().country())), ev.toString());
    }

    @Test
    void unnamedPoliceAreOfThePlaceTheyArrestIn() {
        List<Event> ev = code("A priest from Lyon was arrested in Algeria for spying.");
        assertTrue(ev.stream().anyMatch(e -> e.cameo().equals("173") && "DZA".equals(e.sourceActor().country())
                && e.targetActor() != null && "FRA".equals(e.targetActor().country())), ev.toString());
    }

    @Test
    void anInquiryIsIntoTheForeignPartyItsClauseNames() {
        assertEquals("MMR", target("Human Rights Watch sent researchers to investigate reports of abuses by soldiers in Myanmar.",
                "09"));
    }
}
