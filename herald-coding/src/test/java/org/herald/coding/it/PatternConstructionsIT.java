package org.herald.coding.it;

import static org.herald.coding.it.Coded.anyCode;
import static org.herald.coding.it.Coded.code;
import static org.herald.coding.it.Coded.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herald.coding.Coder;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.actors.ActorResolver;
import org.herald.coding.events.EventMatcher;
import org.herald.coding.events.PatternSet;
import org.herald.nlp.Sentence;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Constructions of the bundled event patterns, one sentence each, coded by the real pipeline. */
@Tag("corenlp")
class PatternConstructionsIT {
    @Test
    void declinedComment() {
        assertTrue(has("The Kremlin had no comment.", "011", "RUS", null));
        assertTrue(has("Israeli officials declined to comment on the strike.", "011", "ISR", null));
        assertTrue(has("Downing Street would not comment on the leaked memo.", "011", "GBR", null));
        assertTrue(has("The Chinese embassy did not respond to a request for comment.", "011", "CHN", null));
        Event e = code("The State Department refused to comment.").stream().filter(x -> x.cameo().equals("011"))
                .findFirst().orElseThrow();
        assertTrue(e.mode() == Mode.ASSERTED, "the refusal happened: " + e.mode());
        assertFalse(anyCode("Tehran refused to release the prisoners.", "011"));
        assertFalse(anyCode("The minister commented on the election results.", "011"));
    }

    @Test
    void blockedJointText() {
        assertTrue(has("Hungary blocked a joint EU statement on Israel.", "129", "HUN", "EU"));
        assertTrue(has("Austria blocked the decision.", "129", "AUT", null));
        assertTrue(has("Hungary has vetoed the EU's joint statement on China.", "129", "HUN", "EU"));
    }

    @Test
    void moneyPaidInAid() {
        assertTrue(has("The EU paid 18 billion euros in budget support to Ukraine.", "071", "EU", "UKR"));
        assertTrue(has("Japan transferred $500 million in loans to Sri Lanka.", "071", "JPN", "LKA"));
        assertTrue(has("Germany gave Ukraine 500 million euros in loans.", "071", "DEU", "UKR"));
        assertFalse(anyCode("Iran paid $6 million in compensation to the families.", "071"));
    }

    @Test
    void joiningABody() {
        assertTrue(has("Sweden formally joined NATO on March 7.", "057", "SWE", "NATO"));
        assertTrue(has("Sweden completed its accession to NATO.", "057", "SWE", "NATO"));
        assertTrue(has("Sweden was admitted into NATO on Thursday.", "057", "SWE", "NATO"));
        assertTrue(anyCode("Croatia became a member of the eurozone.", "057"));
        assertFalse(anyCode("Britain joined the talks with Iran.", "057"));
    }

    @Test
    void chemicalWeapons() {
        assertTrue(anyCode("Syrian government forces used chemical weapons against rebels.", "2041"));
        assertTrue(has("Russia used a nerve agent against Ukrainian troops.", "2041", "RUS", "UKR"));
        assertTrue(anyCode("A Syrian helicopter dropped a chlorine gas cylinder on a residential building.", "2041"));
        assertTrue(anyCode("Syrian government forces carried out a chemical attack on the town of Khan Sheikhoun.", "2041"));
        assertFalse(anyCode("Ukraine used Western missiles against Russian targets.", "2041"));
    }

    @Test
    void forcesMovedToAnotherState() {
        assertTrue(has("Russia moved nuclear warheads to Belarus.", "072", "RUS", "BLR"));
        assertTrue(has("The US relocated 2,000 troops to Poland.", "072", "USA", "POL"));
        assertTrue(has("Russia has begun to move troops to Belarus.", "072", "RUS", "BLR"));
        assertTrue(has("Russia moved troops to the Ukrainian border.", "154", "RUS", "UKR"));
    }

    @Test
    void vesselsSeizedByStateForces() {
        assertTrue(has("The Finnish coast guard boarded a cargo ship.", "1711", "FIN", "FIN"));
        assertTrue(has("Iran's Revolutionary Guards seized a British-flagged tanker.", "1711", "IRN", "GBR"));
        assertTrue(has("The tanker was seized by Iranian forces in the Strait of Hormuz.", "1711", "IRN", "IRN"));
        assertTrue(anyCode("Somali pirates seized a tanker.", "181"));
        assertFalse(anyCode("Somali pirates seized a tanker.", "1711"));
        assertFalse(anyCode("The minister boarded a plane to Paris.", "1711"));
    }

    @Test
    void mobilisation() {
        assertTrue(has("Putin announced a partial mobilisation.", "154", "RUS", null));
        assertTrue(has("The Kremlin ordered the call-up of 300,000 reservists.", "154", "RUS", null));
        assertTrue(has("Israel called up 360,000 reservists.", "154", "ISR", null));
    }

    @Test
    void paradesAreForcePosture() {
        assertTrue(anyCode("Russian troops marched across Red Square in the Victory Day parade.", "150"));
        assertFalse(anyCode("Russian troops marched across Red Square in the Victory Day parade.", "141"));
        assertTrue(has("North Korea held a military parade in Pyongyang.", "150", "PRK", null));
        assertTrue(anyCode("Thousands of protesters marched to the parliament in Tbilisi.", "141"));
    }

    @Test
    void stoppedAid() {
        assertTrue(has("Trump ordered a pause in all military aid to Ukraine.", "1622", "USA", "UKR"));
        assertTrue(has("Washington suspended military aid to Egypt.", "1622", "USA", "EGY"));
        assertTrue(has("Germany halted financial aid to Rwanda.", "1621", "DEU", "RWA"));
        assertTrue(has("The EU froze aid to Niger.", "162", "EU", "NER"));
        assertTrue(has("The United States announced a suspension of aid to Ethiopia.", "162", "USA", "ETH"));
    }

    @Test
    void exercisesNeedAPartnerToCooperate() {
        assertTrue(has("India held joint exercises with France.", "062", "IND", "FRA"));
        assertTrue(has("China and Russia held joint naval drills.", "062", "CHN", "RUS"));
        assertTrue(has("Egypt and Greece held naval drills in the Mediterranean.", "062", "EGY", "GRC"));
        assertTrue(has("Russia held snap exercises.", "150", "RUS", null));
        assertFalse(anyCode("Russia held snap exercises.", "062"));
        assertTrue(anyCode("China launched two days of military drills around the island.", "150"));
    }

    /** The pattern ids that fire in the text, before the coder keeps or drops their events (as `herald explain`). */
    private static List<String> hits(String text) {
        EventMatcher matcher = new EventMatcher(PatternSet.standard());
        ActorResolver resolver = new ActorResolver(ActorDictionary.standard(), text, LocalDate.of(2025, 1, 15));
        List<String> out = new java.util.ArrayList<>();
        for (Sentence s : Coder.parse(Coder.newAnnotator(), text).sentences()) {
            matcher.match(resolver.sentence(s)).forEach(h -> out.add(h.pattern().cameo() + " " + h.pattern().id()));
        }
        return out;
    }

    @Test
    void firingOnCrowdsIsRepression() {
        assertTrue(anyCode("Kenyan police opened fire on protesters in Nairobi.", "175"));
        assertTrue(anyCode("Myanmar troops opened fire on demonstrators in Yangon.", "175"));
        assertTrue(anyCode("Georgian security forces opened fire on the crowd outside parliament.", "175"));
        assertTrue(anyCode("Sudanese soldiers fired on protesters in Khartoum.", "175"));
        assertTrue(anyCode("Iranian security forces shot dead protesters in Zahedan.", "175"));
        assertTrue(anyCode("Gunmen opened fire on a checkpoint in Sinai.", "190"));
        assertFalse(anyCode("Israeli troops opened fire on a Palestinian car near Jenin.", "175"));
        assertTrue(anyCode("Israeli troops opened fire on a Palestinian car near Jenin.", "193"));
    }

    @Test
    void labourAndHungerStrikes() {
        assertTrue(anyCode("Doctors in Kenya went on an indefinite strike over pay.", "143"));
        assertTrue(anyCode("French unions launched a general strike against the pension reform.", "143"));
        assertFalse(anyCode("French unions launched a general strike against the pension reform.", "195"));
        assertTrue(anyCode("South African miners downed tools at the Marikana mine.", "143"));
        assertFalse(anyCode("South African miners downed tools at the Marikana mine.", "190"));
        assertTrue(anyCode("British rail workers are striking for higher pay.", "143"));
        assertTrue(anyCode("Palestinian prisoners launched a hunger strike.", "142"));
        assertTrue(anyCode("The jailed Russian activist began a hunger strike.", "142"));
        assertTrue(anyCode("Russia launched strikes on Ukraine's energy grid.", "195"));
    }

    @Test
    void protestersSettingFireRiot() {
        assertTrue(anyCode("Protesters set fire to the parliament building in Kathmandu.", "145"));
        assertTrue(anyCode("French rioters set cars on fire in Paris.", "145"));
        assertTrue(anyCode("Demonstrators in Dhaka set a police station ablaze.", "145"));
        assertTrue(anyCode("Kenyan protesters torched the ruling party's headquarters.", "145"));
        assertTrue(anyCode("South African rioters looted shops in Johannesburg.", "145"));
        assertTrue(anyCode("Boko Haram militants set fire to a school in Borno.", "1712"));
        assertFalse(anyCode("Boko Haram militants set fire to a school in Borno.", "145"));
        assertTrue(anyCode("Myanmar soldiers set the village on fire.", "1712"));
    }

    @Test
    void ordersToForcesArePosture() {
        assertTrue(has("The United States ordered an aircraft carrier strike group to the eastern Mediterranean.", "150", "USA", null));
        assertTrue(anyCode("The Pentagon ordered 2,000 troops to prepare for deployment to the Middle East.", "154"));
        assertTrue(has("Putin ordered Russia's nuclear forces put on special alert.", "152", "RUS", null));
        assertTrue(has("Taiwan put its air force on high alert.", "152", "TWN", null));
        assertTrue(anyCode("Erdogan ordered troops to the Syrian border.", "154"));
        assertFalse(anyCode("Erdogan ordered troops to the Syrian border.", "100"));
        assertTrue(anyCode("Biden ordered Israel to stop the offensive.", "100"));
    }

    @Test
    void atrocityNouns() {
        assertTrue(hits("South Africa accused Israel of genocide in Gaza.").contains("202 genocide.n1"));
        assertTrue(hits("Rights groups accused Myanmar's military of ethnic cleansing against the Rohingya.")
                .contains("203 cleansing.n1"));
        assertTrue(anyCode("Ukraine denounced the RSF's mass killings in El Geneina.", "202"));
        assertTrue(anyCode("Ukraine condemned Russia's mass deportation of Crimean Tatars.", "201"));
        assertTrue(anyCode("Tehran condemned Britain's deportation of two Iranians.", "174"));
        assertFalse(anyCode("The museum in Kigali commemorates the genocide of 1994.", "202"));
        assertFalse(hits("The cleansing of the river took two years.").contains("203 cleansing.n1"));
    }

    @Test
    void missilesIntoTheSeaArePosture() {
        assertTrue(has("North Korea fired several ballistic missiles into the sea off its east coast.", "150", "PRK", null));
        assertTrue(has("North Korea fired two ballistic missiles toward the East Sea.", "150", "PRK", null));
        assertFalse(anyCode("North Korea fired several ballistic missiles into the sea off its east coast.", "194"));
        assertTrue(has("Russia fired missiles at Kyiv overnight.", "194", "RUS", "UKR"));
        assertTrue(has("Hezbollah fired rockets into northern Israel.", "194", "LBN", "ISR"));
    }

    @Test
    void rammingWithAConjoinedVerb() {
        assertTrue(hits("The Philippines accused China of ramming and firing water cannon at its supply boats.")
                .contains("190 ram.v2"));
        assertTrue(has("Chinese coast guard vessels rammed and fired water cannon at Philippine boats.", "190", "CHN", "PHL"));
        assertFalse(anyCode("The government rammed the bill through parliament.", "190"));
    }

    @Test
    void broaderRoots() {
        assertTrue(has("Britain gave Ukraine 50 million pounds.", "071", "GBR", "UKR"));
        assertTrue(has("Azerbaijan returned the villages to Armenia.", "0842", "AZE", "ARM"));
        assertTrue(anyCode("Russia handed back 10 Ukrainian children.", "0841"));
        assertTrue(anyCode("Gunmen seized 30 passengers from a bus in Zamfara.", "181"));
        assertTrue(anyCode("Taliban fighters carried out a suicide bombing in Kabul.", "1831"));
        assertTrue(anyCode("Al-Shabaab militants detonated a car bomb at a checkpoint in Mogadishu.", "1832"));
        assertTrue(anyCode("Sudan's army regained control of the city of Wad Madani.", "192"));
        assertTrue(anyCode("M23 rebels advanced on Goma.", "190"));
        assertFalse(anyCode("The talks advanced toward a deal.", "190"));
        assertTrue(anyCode("Iran placed its air defences on alert.", "152"));
    }

    @Test
    void refusingToRecogniseIsRejecting() {
        assertTrue(has("Venezuela does not recognise the jurisdiction of the International Court of Justice.", "120",
                "VEN", "ICJ"));
        assertTrue(has("Russia recognised the independence of Abkhazia.", "054", "RUS", "GEO"));
        assertFalse(anyCode("Russia recognised the independence of Abkhazia.", "120"));
    }

    @Test
    void forcesWithdrawingFromNowhereNamedAreAWithdrawal() {
        assertTrue(has("Ukrainian forces withdrew overnight.", "0874", "UKR", null));
        assertFalse(anyCode("The company withdrew overnight.", "0874"));
    }

    @Test
    void grantingStatusAndMembership() {
        assertTrue(has("EU leaders granted candidate status to Ukraine and Moldova.", "050", "EU", "MDA"));
        assertTrue(has("ASEAN granted East Timor observer status.", "050", "ASEAN", "TLS"));
        assertTrue(has("NATO admitted Finland as a member.", "057", "FIN", "NATO"));
        assertTrue(has("The EU recognised Georgia as a candidate country.", "050", "EU", "GEO"));
        assertTrue(has("Britain granted refugee status to 500 Afghans.", "075", "GBR", "AFG"));
        assertFalse(anyCode("Britain granted refugee status to 500 Afghans.", "050"));
        assertFalse(anyCode("The EU recognised Georgia as a candidate country.", "054"));
        assertFalse(anyCode("The minister admitted the mistake.", "057"));
    }

    @Test
    void jointMaterialCooperation() {
        assertTrue(has("Japanese and Australian troops trained together.", "062", "JPN", "AUS"));
        assertTrue(has("Russia and China launched trade settlements in local currencies.", "061", "RUS", "CHN"));
        assertTrue(has("Egypt and Israel began to share intelligence on militants.", "064", "ISR", "EGY"));
        assertTrue(has("Iraq and Turkey resumed pumping oil through the Kirkuk-Ceyhan pipeline.", "061", "TUR", "IRQ"));
        assertFalse(anyCode("Ukrainian troops trained in Britain.", "062"));
        assertFalse(anyCode("Iraq resumed pumping oil through the pipeline.", "061"));
        assertFalse(anyCode("Israel and Hamas reached a settlement.", "061"));
    }

    @Test
    void forcePostureAtABorder() {
        assertTrue(has("Taiwan raised its surveillance posture along the coast.", "150", "TWN", null));
        assertTrue(has("Poland reinforced the border with Belarus.", "154", "POL", "BLR"));
        assertTrue(has("Venezuela deployed troops to its border with Guyana.", "154", "VEN", "GUY"));
        assertTrue(has("India rushed troops to the border with China.", "154", "IND", "CHN"));
        assertTrue(has("The US sent troops to Poland.", "072", "USA", "POL"));
        assertFalse(anyCode("The US sent troops to Poland.", "154"));
    }

    @Test
    void carriedOutOrWasBehindAnAttack() {
        assertTrue(has("The SBU carried out the killing of the general.", "186", "UKR", null));
        assertTrue(has("Ukrainian intelligence carried out the assassination in Moscow.", "186", "UKR", "RUS"));
        assertTrue(anyCode("Hamas carried out the killing of three settlers.", "180"));
        assertFalse(anyCode("Hamas carried out the killing of three settlers.", "202"));
        assertTrue(anyCode("The RSF carried out mass killings in El Geneina.", "202"));
        assertTrue(has("Israel was behind the bombing, Iran said.", "183", "ISR", null));
        assertTrue(anyCode("Hezbollah was behind the attack on the embassy.", "190"));
        assertTrue(has("Russia was behind the assassination of the opposition leader, his allies said.", "186", "RUS",
                "RUS"));
        assertFalse(anyCode("The bombing was the deadliest in years.", "183"));
    }

    @Test
    void drivenFromTheirHomes() {
        assertTrue(has("Hundreds of thousands of Rohingya were driven from their villages by Myanmar's army.", "201",
                "MMR", "MMR")); // the Rohingya are a people of Myanmar
        assertFalse(anyCode("Russian forces were driven from Kherson by Ukraine.", "201"));
    }

    @Test
    void revengeAndWideningAttacksAreThreats() {
        assertTrue(has("Iran vowed to take revenge on Israel.", "130", "IRN", "ISR"));
        assertTrue(has("Iran warned that Israel would pay a heavy price.", "130", "IRN", "ISR"));
        assertTrue(has("The Houthis warned they would expand attacks to American ships.", "1384", "YEM", "USA"));
        assertTrue(has("Israel expanded its offensive to Rafah.", "190", "ISR", "PSE"));
        assertFalse(anyCode("Israel expanded its offensive to Rafah.", "1384"));
    }

    @Test
    void reducingRelations() {
        assertTrue(has("Honduras switched diplomatic ties from Taiwan to China.", "161", "HND", "TWN"));
        assertTrue(has("Honduras switched diplomatic ties to China.", "054", "HND", "CHN"));
        assertTrue(has("The United States imposed export controls on China.", "163", "USA", "CHN"));
        assertFalse(anyCode("The United States imposed export controls on China.", "172"));
        assertTrue(has("Mali expelled the UN mission.", "166", "MLI", "UN"));
        assertTrue(has("Mali asked the UN peacekeeping mission to leave the country.", "1661", "MLI", "UN"));
        assertTrue(has("Iraq asked the UN mission to withdraw by 2025.", "166", "IRQ", "UN"));
        assertFalse(anyCode("Mali asked the UN mission to stay.", "166"));
        assertTrue(has("Niger ordered French troops to leave.", "1056", "NER", "FRA"));
        assertTrue(has("Canada expelled two Russian diplomats.", "161", "CAN", "RUS"));
        assertTrue(has("The Kremlin downgraded its diplomatic presence in Moldova.", "161", "RUS", "MDA"));
    }

    @Test
    void yieldingByAllowingOrDropping() {
        assertTrue(has("Turkey allowed Sweden to join NATO.", "080", "TUR", "SWE"));
        assertTrue(has("Iran allowed IAEA inspectors to visit the site.", "0862", "IRN", "IAEA"));
        assertTrue(has("Kenya dropped charges against the opposition leader.", "080", "KEN", "KEN"));
        assertFalse(anyCode("The company dropped its prices.", "080"));
    }

    @Test
    void droppingAVetoInvestigatorsOnSiteAndSuspendedMedia() {
        assertTrue(has("Hungary ended its veto on Ukraine aid.", "080", "HUN", "UKR"));
        assertTrue(anyCode("Turkey dropped its objection to Sweden's NATO bid.", "080"));
        assertTrue(has("Israel lifted the blockade of Gaza.", "0872", "ISR", "PSE"));
        assertTrue(anyCode("Investigators from the OPCW examined the site of the chemical attack.", "090"));
        assertFalse(anyCode("Investigators from the OPCW examined the site of the chemical attack.", "014"));
        assertTrue(has("Burkina Faso suspended the BBC and Voice of America.", "1721", "BFA", "GBR"));
        assertTrue(has("The Kremlin blocked the deal.", "120", "RUS", null));
        assertFalse(anyCode("The Kremlin blocked the deal.", "1721"));
    }

    @Test
    void aPassiveAgentIsNotTheTargetOfItsOwnAct() {
        assertTrue(has("The proposal was rejected by Ukraine.", "120", "UKR", null));
        assertTrue(has("The offer was turned down by Hamas.", "120", "PSE", null));
        assertTrue(has("The offer by Hamas was rejected by Israel.", "120", "ISR", "PSE"));
        assertTrue(has("Russia rejected the proposal by Ukraine.", "120", "RUS", "UKR"));
    }

    @Test
    void olderWireCopyPostureAndPassiveForces() {
        assertTrue(has("Israeli troops were put on heightened alert after the rocket attack, an army spokesman said.",
                "152", "ISR", null));
        assertTrue(has("Thousands of Indian troops were deployed along the border with Bangladesh.", "154", "IND", "BGD"));
        assertTrue(has("Syrian troops went on alert after Israel's air raid, state radio said.", "152", "SYR", null));
        assertFalse(anyCode("The talks between Syria and Jordan went on for three hours.", "150"));
        assertFalse(anyCode("The Iraqi delegation went on to Paris.", "152"));
        assertTrue(has("Turkey has deployed an additional 20,000 troops on its border with Iraq, Turkish officials said.",
                "154", "TUR", "IRQ"));
        assertTrue(has("The Egyptian army began a buildup of forces near the Libyan border.", "154", "EGY", "LBY"));
    }

    @Test
    void olderWireCopyAidInvestigationAndYielding() {
        assertTrue(has("Thailand has given shelter to more than 300,000 Cambodian refugees.", "073", "THA", "KHM"));
        assertTrue(anyCode("The U.N. refugee agency flew tents and blankets to Kurdish refugees in Iran.", "073"));
        assertFalse(anyCode("The Soviet pilots flew to Kabul.", "073"));
        assertTrue(has("Japan extended emergency relief to Bangladesh.", "073", "JPN", "BGD"));
        assertTrue(anyCode("The U.N. peacekeeping force in Cyprus was reinforced by 300 Danish soldiers.", "074"));
        assertFalse(anyCode("The U.N. peacekeeping force in Cyprus was reinforced by 300 Danish soldiers.", "154"));
        assertTrue(has("Turkey reinforced its forces in northern Cyprus.", "154", "TUR", "CYP"));
        assertTrue(has("A U.S. congressional committee held hearings on the Iran arms sales.", "090", "USA", "IRN"));
        assertFalse(anyCode("Egypt's supreme court held a hearing on the appeal.", "090"));
        assertTrue(anyCode("Amnesty International sent a fact-finding mission to Sri Lanka.", "090"));
        assertTrue(anyCode("International Atomic Energy Agency inspectors visited the Yongbyon nuclear complex.", "090"));
        assertFalse(anyCode("The Japanese minister visited the nuclear plant.", "090"));
        assertTrue(has("Nigeria's military government handed power to an elected civilian president.", "0831", "NGA",
                "NGA"));
        assertFalse(anyCode("The French minister handed a letter to the Algerian ambassador.", "0831"));
        assertTrue(has("The Sri Lankan government repealed the emergency regulations.", "0814", "LKA", "LKA"));
        assertTrue(anyCode("The Polish authorities eased censorship of the press.", "0811"));
        assertTrue(has("East Germany opened its border with the West on Thursday.", "0872", "DEU", null));
    }

    @Test
    void olderWireCopyHaltedDeliveriesAndStreetProtest() {
        assertTrue(has("The Soviet Union halted oil deliveries to Lithuania.", "163", "RUS", "LTU"));
        assertTrue(has("Kenya halted arms deliveries to Sudan.", "1622", "KEN", "SDN"));
        assertFalse(anyCode("Kenya halted arms deliveries to Sudan.", "163"));
        assertTrue(has("Slovak nationalists held a rally in Bratislava against the federal government.", "141", "SVK",
                "SVK"));
        assertFalse(anyCode("President Bush held a rally in Ohio.", "141"));
        assertTrue(has("The Mexican opposition staged a sit-in in Mexico City.", "141", "MEX", "MEX"));
        assertTrue(has("Haitian protesters set up barricades in Port-au-Prince.", "144", "HTI", "HTI"));
        assertFalse(anyCode("Kenyan soldiers set up roadblocks around the city.", "144"));
        assertTrue(anyCode("Israel banned reporters from the occupied territories.", "1721"));
        assertFalse(anyCode("The Kenyan authorities barred the company from bidding.", "1721"));
    }

    @Test
    void aFindingOfGuiltAccusesWhomItNames() {
        assertTrue(has("A UN commission concluded that Israel had committed genocide in Gaza.", "112", "UN", "ISR"));
        List<Event> ev = code("A UN commission concluded that Israel had committed genocide in Gaza.");
        assertTrue(ev.stream().anyMatch(e -> e.cameo().equals("202") && e.mode() == Mode.CLAIMED),
                "the finding is the commission's claim");
        assertFalse(anyCode("The commission concluded its work in Geneva.", "112"));
    }

    @Test
    void agreeingWhatOneWillDoIsIntentAndAgreeingAViewIsAccord() {
        assertTrue(has("Greek and Turkish officials agreed on Monday that their countries should cooperate against smuggling.",
                "030", "GRC", "TUR"));
        assertTrue(code("Chile and Peru reached a consensus to exchange data on fisheries.").stream()
                .anyMatch(e -> e.root().equals("03")));
        assertTrue(anyCode("The French and German leaders agreed that there was an urgent need for peace.", "019"));
        assertFalse(anyCode("The French and German leaders agreed that there was an urgent need for peace.", "030"));
    }

    @Test
    void aRoleOnTheObjectsOwnerIsNotTheObjects() {
        assertTrue(has("The Dutch government welcomed President Macron's latest proposal.", "051", "NLD", "FRA"));
        assertFalse(anyCode("The Dutch government welcomed President Macron's latest proposal.", "043"));
    }

    @Test
    void aCourtsHearingIntoAMatterIsAnInquiry() {
        assertTrue(has("Kenya's high court opened a hearing into the legality of the deportations.", "090", "KEN", "KEN"));
        assertFalse(anyCode("The court held a hearing in the case of the two journalists.", "090"));
        assertTrue(has("Swiss doctors handed over medicine to the Red Crescent.", "073", "CHE", "IFRC"));
    }

    @Test
    void peopleEvacuatedFromATownAreOfIt() {
        assertTrue(has("Red Cross teams evacuated the wounded from the besieged Syrian town of Madaya.", "073", "ICRC", "SYR"));
    }
}
