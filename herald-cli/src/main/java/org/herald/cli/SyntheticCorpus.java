package org.herald.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.herald.model.Article;

/**
 * Generates wire-style articles for benchmarks: a fixed seed gives the same corpus every run. Sentences
 * mix coded events (statements, visits, accusations, attacks, aid, arrests) with background prose, so
 * that parse and coding costs are both exercised.
 */
final class SyntheticCorpus {
    private static final String[][] COUNTRIES = {
        {"France", "French", "Paris"}, {"Germany", "German", "Berlin"}, {"Russia", "Russian", "Moscow"},
        {"China", "Chinese", "Beijing"}, {"Japan", "Japanese", "Tokyo"}, {"India", "Indian", "New Delhi"},
        {"Brazil", "Brazilian", "Brasilia"}, {"Kenya", "Kenyan", "Nairobi"}, {"Turkey", "Turkish", "Ankara"},
        {"Iran", "Iranian", "Tehran"}, {"Egypt", "Egyptian", "Cairo"}, {"Poland", "Polish", "Warsaw"},
        {"Ukraine", "Ukrainian", "Kyiv"}, {"South Korea", "South Korean", "Seoul"}, {"Mexico", "Mexican", "Mexico City"},
        {"Nigeria", "Nigerian", "Abuja"}, {"Pakistan", "Pakistani", "Islamabad"}, {"Israel", "Israeli", "Jerusalem"},
    };
    private static final String[] TITLES = {"Foreign Minister", "Prime Minister", "President", "Defence Minister",
        "Interior Minister", "ambassador", "army chief"};
    private static final String[] NAMES = {"Anna Keller", "Omar Haddad", "Li Wen", "Maria Santos", "Ivan Petrov",
        "Grace Otieno", "Kenji Sato", "Ayse Demir", "Tomas Novak", "Priya Rao"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] EVENT = {
        "The %1$s government condemned %2$s on %5$s for what it called a reckless missile test near the border.",
        "%1$s %3$s %4$s met his counterpart from %2$s in %6$s on %5$s to discuss trade and security.",
        "%1$s troops shelled positions held by %2$s forces near the frontier overnight, officials said.",
        "The %1$s foreign ministry summoned the %7$s ambassador on %5$s to protest the detention of two journalists.",
        "%1$s police arrested dozens of protesters in %6$s after a rally against rising fuel prices turned violent.",
        "%8$s pledged about 50 million euros in humanitarian aid to %2$s, the %1$s %3$s said in a statement.",
        "The %1$s %3$s accused %2$s of supplying weapons to armed groups operating along the border.",
        "%2$s rejected the proposal on %5$s, saying it would not accept any agreement imposed from outside.",
        "%8$s and %2$s signed an agreement on energy cooperation after two days of talks in %6$s.",
        "According to the %1$s defence ministry, %7$s aircraft violated its airspace at least twelve times last week.",
    };
    private static final String[] BACKGROUND = {
        "The region has seen repeated tensions over water rights and grazing land since the early 2000s.",
        "Analysts say the dispute is unlikely to be resolved before the elections scheduled for next spring.",
        "Trade between the two countries has grown steadily over the past decade despite periodic disputes.",
        "The announcement came as delegates gathered for a regional summit on climate and migration.",
        "Local residents described long queues at fuel stations and rising prices for bread and cooking oil.",
        "The statement did not say how many people had been affected or when the measures would be reviewed.",
    };

    private SyntheticCorpus() {
    }

    static List<Article> generate(int articles, int sentences, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(articles);
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                String[] c1 = COUNTRIES[r.nextInt(COUNTRIES.length)];
                String[] c2 = COUNTRIES[r.nextInt(COUNTRIES.length)];
                while (c2 == c1) {
                    c2 = COUNTRIES[r.nextInt(COUNTRIES.length)];
                }
                String sentence;
                if (r.nextInt(5) < 3) {
                    sentence = String.format(EVENT[r.nextInt(EVENT.length)], c1[1], c2[0], TITLES[r.nextInt(TITLES.length)],
                            NAMES[r.nextInt(NAMES.length)], DAYS[r.nextInt(DAYS.length)], c1[2], c2[1], c1[0]);
                } else {
                    sentence = BACKGROUND[r.nextInt(BACKGROUND.length)];
                }
                text.append(sentence).append(s % 4 == 3 ? "\n" : " ");
            }
            out.add(new Article("bench-" + a, text.toString().strip(), base.plusDays(a % 365), "Bench Wire", null, null, "en"));
        }
        return out;
    }
}
