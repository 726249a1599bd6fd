package org.herald.coding.it;

import static org.herald.coding.it.Coded.anyCode;
import static org.herald.coding.it.Coded.code;
import static org.herald.coding.it.Coded.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ordinary English ways of saying the acts of CAMEO roots 01-09 (statements, appeals, intents, consultation,
 * diplomatic and material cooperation, aid, yielding, investigation), in modern and older wire style, coded by the
 * real pipeline. A narrowed line has a sentence it must not code next to the one it must.
 */
@Tag("corenlp")
class CooperationVocabularyIT {
    @Test
    void statementsAndAppeals() {
        assertTrue(has("Pakistan disclaimed responsibility for the raid.", "016", "PAK", null));
        assertTrue(has("Ghana declared three days of national mourning.", "017", "GHA", null));
        assertTrue(has("Chile and Bolivia found common ground on trade.", "019", "CHL", "BOL"));
        assertTrue(has("Cyprus applied for membership of the European Union.", "022", "CYP", "EU"));
        assertTrue(has("Rwanda sent an appeal to the United Nations for help.", "023", "RWA", "UN"));
        assertTrue(has("Georgia petitioned the United Nations to send observers.", "020", "GEO", "UN"));
        assertTrue(has("Sudan made an urgent appeal for food aid.", "023", "SDN", null));
        // "struck an optimistic note" is a comment, not a strike (190)
        assertTrue(has("The Syrian foreign minister struck an optimistic note on ties with Turkey.", "013", "SYR", null));
        assertFalse(anyCode("The Syrian foreign minister struck an optimistic note on ties with Turkey.", "190"));
    }

    @Test
    void intentsToCooperate() {
        // an understanding "to" act is an intent refined by the act; without one it is accord (019)
        assertTrue(has("Ghana and Togo reached an understanding to share customs data.", "0314", "GHA", "TGO"));
        assertTrue(has("Ghana and Togo reached an understanding on the border.", "019", "GHA", "TGO"));
        assertFalse(anyCode("Ghana and Togo reached an understanding on the border.", "030"));
        // "is committed to X": the passive subject is committed, X says to what
        assertTrue(has("Bolivia is committed to dialogue with Chile, its foreign minister said.", "036", "BOL", null));
        assertTrue(anyCode("Mali's government said it was committed to holding elections next year.", "0341"));
        assertFalse(anyCode("Serbian forces committed atrocities in the village.", "030"));
        assertTrue(has("Uruguay accepted a formula for resolving the dispute.", "030", "URY", null));
        assertTrue(has("Chad's president pledged to introduce multiparty democracy.", "0344", "TCD", null));
        assertTrue(has("Thailand will allow the Cambodian refugees to return home.", "0343", "THA", "KHM"));
        assertFalse(anyCode("Iraq will allow the inspectors to return.", "0343"));
        assertTrue(has("Beijing promised to respect the rights of Macau residents.", "0343", "CHN", "MAC"));
        // agreeing to a truce is the intent; a truce accepted or signed is the act (0871); a generic "ready to" or
        // "agreed to" takes the code of the intent or act in its "to"-clause
        assertTrue(has("Yemen and Oman agreed to a truce.", "0356", "YEM", "OMN"));
        assertTrue(has("Armenia and Azerbaijan signed a truce.", "0871", "ARM", "AZE"));
        assertTrue(has("Georgia said it was ready to accept a ceasefire.", "0356", "GEO", null));
        assertTrue(has("Serbia agreed to democratize.", "0344", "SRB", null));
        // declared readiness: to talk is an intent, combat readiness an alert
        assertTrue(has("Burundi declared its readiness to resume talks with Tanzania.", "036", "BDI", "TZA"));
        assertTrue(anyCode("Burundi's army declared full combat readiness.", "152"));
        assertFalse(anyCode("Burundi's army declared full combat readiness.", "030"));
    }

    @Test
    void consultations() {
        assertTrue(has("Kenya's president gave a warm welcome to the visiting Tanzanian president.", "043", "KEN", "TZA"));
        assertTrue(has("Kenya gave a warm welcome to the Tanzanian proposal.", "051", "KEN", "TZA"));
        assertFalse(anyCode("Kenya gave a warm welcome to the Tanzanian proposal.", "043"));
        assertTrue(has("Qatar launched a mediation effort between Sudan and Chad.", "045", "QAT", "TCD"));
        assertTrue(has("A U.S. envoy shuttled between Belgrade and Zagreb.", "045", "USA", "HRV"));
        assertTrue(has("The Omani foreign minister returned to Tehran for further talks.", "042", "OMN", "IRN"));
        assertFalse(anyCode("The Omani foreign minister returned to Tehran.", "042"));
        assertTrue(has("Peruvian and Ecuadorian negotiators returned to Brasilia for talks.", "044", "PER", "ECU"));
        assertTrue(has("The Chilean president had a telephone conversation with his Argentine counterpart.", "041",
                "CHL", "ARG"));
        assertTrue(has("Spain's foreign minister flew into Rabat on Monday.", "042", "ESP", "MAR"));
        assertFalse(anyCode("Spanish farmers drove their tractors into Madrid.", "042"));
        assertTrue(has("The Swiss president hosted a banquet for the visiting Austrian chancellor.", "043", "CHE", "AUT"));
        assertTrue(has("The Czech president held a working lunch with the Slovak premier.", "040", "CZE", "SVK"));
    }

    @Test
    void diplomaticCooperation() {
        assertTrue(has("Russia defended Belarus against criticism from the European Union.", "052", "RUS", "BLR"));
        assertFalse(anyCode("Ukrainian troops defended Kharkiv against the Russian attack.", "052"));
        assertTrue(has("Venezuela came to the defence of Cuba at the summit.", "052", "VEN", "CUB"));
        assertTrue(has("Ecuador and Peru buried the hatchet.", "056", "ECU", "PER"));
        assertTrue(has("The Sri Lankan president extended an olive branch to India.", "056", "LKA", "IND"));
        assertTrue(has("Greece and Bulgaria were reconciled after years of dispute.", "056", "GRC", "BGR"));
        assertTrue(has("Jordan and Qatar patched up their differences.", "056", "JOR", "QAT"));
        assertTrue(has("Norway and Sweden closed ranks behind Denmark.", "051", "SWE", "DNK"));
        assertTrue(has("Brazil sided with Argentina on the issue.", "051", "BRA", "ARG"));
        assertTrue(has("The Netherlands upheld the right of Estonia to independence.", "051", "NLD", "EST"));
        assertTrue(has("Italy gave its blessing to the Spanish plan.", "051", "ITA", "ESP"));
        assertTrue(has("Mexico granted recognition to the new Nicaraguan government.", "054", "MEX", "NIC"));
        assertTrue(has("Poland and Lithuania raised their relations to ambassadorial level.", "050", "POL", "LTU"));
        assertTrue(has("Japan and Russia exchanged instruments of ratification.", "057", "JPN", "RUS"));
    }

    @Test
    void materialCooperation() {
        assertTrue(has("Germany shared its expertise with Namibia.", "060", "DEU", "NAM"));
        assertTrue(has("Norway and Iceland co-operated on fisheries.", "060", "NOR", "ISL"));
        assertTrue(has("Japan transferred technology to Vietnam.", "060", "JPN", "VNM"));
        assertTrue(has("American advisers trained the Honduran military.", "072", "USA", "HND"));
        assertTrue(has("Hungary and Austria formed a joint venture.", "061", "HUN", "AUT"));
        assertTrue(has("Washington renewed Romania's most-favored-nation trade status.", "061", "USA", "ROU"));
    }

    @Test
    void aidDelivered() {
        assertTrue(has("Norway delivered humanitarian aid to Sudan.", "073", "NOR", "SDN"));
        assertTrue(has("Ireland handed over medical supplies to Ethiopia.", "073", "IRL", "ETH"));
        assertTrue(has("Britain sent military supplies to Kenya.", "072", "GBR", "KEN"));
        assertTrue(has("France supplied Chad with missiles and helicopters.", "072", "FRA", "TCD"));
        assertTrue(has("Turkish planes dropped food supplies to the Kurds.", "073", "TUR", null));
        // borders opened to refugees are relief; a border reopened with a neighbour eases a closure
        assertTrue(has("Pakistan opened its border to Afghan refugees.", "073", "PAK", "AFG"));
        assertTrue(has("Pakistan reopened its border with Afghanistan.", "0872", "PAK", "AFG"));
        assertFalse(anyCode("Pakistan reopened its border with Afghanistan.", "073"));
        assertTrue(has("Kenya took in thousands of Somali refugees.", "073", "KEN", "SOM"));
        assertTrue(has("Italy organised the evacuation of foreigners from Tirana.", "073", "ITA", "ALB"));
        assertFalse(anyCode("Italy completed the evacuation of its troops from Somalia.", "073"));
        assertTrue(has("Canadian peacekeepers arrived in Haiti.", "074", "CAN", "HTI"));
        assertTrue(has("Ghana contributed troops to the U.N. peacekeeping force in Liberia.", "074", "GHA", "UN"));
        assertTrue(has("British warships escorted Kuwaiti tankers.", "074", "GBR", "KWT"));
    }

    @Test
    void yielding() {
        assertTrue(has("Kyrgyzstan accepted Russia's demands.", "080", "KGZ", "RUS"));
        assertTrue(anyCode("Algeria eased emergency measures in Kabylie.", "0814"));
        // eased bans with no other party named are domestic: the target is the actor's own country
        assertTrue(has("Chile lifted the ban on the Communist Party.", "0812", "CHL", "CHL"));
        assertTrue(has("Tunisia lifted the ban on demonstrations.", "0811", "TUN", "TUN"));
        assertTrue(anyCode("Haiti cancelled restrictions on foreign travel.", "081"));
        assertTrue(anyCode("Kenya's high court allowed the opposition leader to run in the election.", "0812"));
        assertTrue(has("Some 2,000 Mozambican rebels have been demobilized.", "0873", "MOZ", null));
        assertTrue(has("Ethiopia speeded up its withdrawal from Somalia.", "0874", "ETH", "SOM"));
        assertTrue(has("The Iraqi army evacuated its positions near Basra.", "0874", "IRQ", null));
        // an occupation of a named country ends in a withdrawal; a protest occupation ends as dissent eased (082)
        assertTrue(has("Indonesia ended its occupation of East Timor.", "0874", "IDN", "TLS"));
        assertFalse(anyCode("Chilean students ended their occupation of the university.", "0874"));
        assertTrue(has("Chile renounced its claim to the islands.", "080", "CHL", null));
        // "gave X its independence in 1962": a grant, not "gave in"
        assertTrue(has("France gave Algeria its independence in 1962.", "0834", "FRA", "DZA"));
        assertFalse(anyCode("France gave Algeria its independence in 1962.", "080"));
        assertTrue(has("Cuba gave in to American pressure.", "080", "CUB", "USA"));
        assertFalse(anyCode("Chile dropped its claim that Peru had violated the treaty.", "080"));
        assertTrue(has("Syria complied with the Arab League resolutions.", "080", "SYR", "ARABLEAGUE"));
        // one-party rule given up; other monopolies are no regime change
        assertTrue(anyCode("Albania's ruling party gave up its monopoly on power.", "0834"));
        assertFalse(anyCode("Mexico ended the state monopoly on oil.", "0834"));
        assertTrue(anyCode("Belgium's prime minister stood down as party leader.", "0831"));
        assertTrue(has("A Lebanese militia set free two Italian hostages.", "0841", "LBN", "ITA"));
        assertTrue(anyCode("Israel's prime minister called early elections.", "0341"));
    }

    @Test
    void investigations() {
        assertTrue(has("The OSCE dispatched monitors to Moldova.", "090", "OSCE", "MDA"));
        assertTrue(anyCode("A Kenyan commission completed its inquiry into the killings.", "090"));
        // "under investigation" is an inquiry, "under house arrest" a detention
        assertTrue(anyCode("Italian magistrates placed the former minister under investigation.", "090"));
        assertFalse(anyCode("Italian magistrates placed the former minister under investigation.", "173"));
        assertTrue(has("A Peruvian commission examined the assassination of the bishop.", "091", "PER", "PER"));
        assertTrue(has("U.N. observers monitored the ceasefire between Iran and Iraq.", "090", "UN", "IRQ"));
    }
}
