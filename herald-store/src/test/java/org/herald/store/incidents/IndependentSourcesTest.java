package org.herald.store.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.junit.jupiter.api.Test;

/** Publishers and independent sources: copies of one text, or of one wire's story, count once. */
class IndependentSourcesTest {
    static final String WIRE = """
            WARSAW, March 10 (Meridian Wire) - Poland's foreign ministry summoned the Belarusian ambassador on \
            Monday to protest against what Warsaw says is the transfer of Belarusian soldiers to Russia. Deputy \
            Foreign Minister Marta Zielinska told the ambassador that the deployment threatened the security of the \
            whole region, the ministry said in a statement.

            The ambassador did not speak to reporters waiting outside the ministry. In a statement published later \
            by the Belarusian embassy, he said that military cooperation between Minsk and Moscow was lawful and \
            concerned no third country.

            On Friday, Poland's Foreign Intelligence Agency accused Belarus of sending about 2,000 soldiers to \
            Russia's Bryansk region since early February. According to the agency, the troops travelled by rail \
            from the city of Gomel and include combat engineers and an artillery battalion. The agency said its \
            assessment was based on intercepted communications and commercial satellite images.

            Zielinska told reporters after the meeting that Poland would raise the matter with its NATO allies this \
            week. The Kremlin declined to comment.
            """;
    static final String NEAR = WIRE.replace("The agency said its assessment was based on intercepted communications "
            + "and commercial satellite images.", "The agency gave no details of how it had reached its estimate.");
    static final String OWN = """
            Poland has summoned the envoy of neighbouring Belarus, its diplomats said, in a dispute over reports \
            that Minsk has quietly moved troops across its eastern border. Officials in Warsaw described the meeting \
            as short and tense. Analysts said the row was the sharpest between the two capitals since the migrant \
            crisis on their shared frontier, and opposition politicians urged the government to close more border \
            crossings.
            """;

    static final String OTHER = """
            Lithuania and Latvia on Friday joined Poland in criticising Belarus over the reported deployment of \
            Belarusian soldiers to Russia, and a NATO official said the alliance was following the reports closely \
            but had no independent confirmation of them.
            """;

    private static CodedArticle report(String id, String date, String publisher, String text, String upstream) {
        Coded.EventBuilder e = Coded.article(id, date, publisher).text(text).event("110", "POL/GOV", "BLR/GOV")
                .date("2025-03-10");
        if (upstream != null) {
            e.upstream(upstream);
        }
        return e.build();
    }

    @Test
    void theMinHashEstimateSeesCopiesAndNearCopies() {
        long[] wire = MinHash.signature(WIRE);
        assertEquals(1.0, MinHash.similarity(wire, MinHash.signature(WIRE)));
        double near = MinHash.similarity(wire, MinHash.signature(NEAR));
        assertTrue(near >= 0.8 && near < 1.0, "near copy: " + near);
        assertTrue(MinHash.similarity(wire, MinHash.signature(OWN)) < 0.2);
        assertEquals(null, MinHash.signature(" ... "));
        assertEquals(1.0, MinHash.similarity(MinHash.signature("Short text."), MinHash.signature("short TEXT")));
    }

    @Test
    void aVerbatimAndANearVerbatimCopyCountAsOneIndependentSource() {
        for (boolean byOrganisation : List.of(true, false)) {
            IncidentClusterer c = new IncidentClusterer(IncidentClusterer.Options.defaults()
                    .withOriginsByOrganisation(byOrganisation));
            IncidentIndex index = c.newIndex();
            index.addAll(List.of(
                    report("copy", "2025-03-10", "Harbor Ledger", WIRE, null),
                    report("wire", "2025-03-10", "Meridian Wire", WIRE, null),
                    report("near", "2025-03-11", "Daily Compass", NEAR, null),
                    report("own", "2025-03-11", "Northgate Post", OWN, null)));
            Incident i = index.incidents().get(0);
            assertEquals(1, index.incidents().size());
            assertEquals(4, i.publishers());
            assertEquals(2, i.independentSources(), "by organisation: " + byOrganisation);
            assertEquals(Optional.of("copy"), index.originOf("wire"), "the earliest-dated copy, ties by id");
            assertEquals(Optional.of("copy"), index.originOf("near"));
            assertEquals(Optional.of("own"), index.originOf("own"));
            assertEquals(Optional.empty(), index.originOf("nowhere"));
        }
    }

    @Test
    void aRewrittenWireStoryIsOneOriginWithItsWireWhenOrganisationsCount() {
        CodedArticle wire = report("wire", "2025-03-10", "Meridian Wire", WIRE, "Meridian Wire");
        CodedArticle rewrite = report("rewrite", "2025-03-10", "Harbor Ledger", OWN, "Meridian Wire");
        CodedArticle sourced = report("sourced", "2025-03-11", "Riverside Gazette", OTHER, "Baltic Morning Review");
        Incident byOrg = new IncidentClusterer().cluster(List.of(wire, rewrite, sourced)).get(0);
        assertEquals(3, byOrg.publishers());
        assertEquals(2, byOrg.independentSources(), "the rewrite credits the wire; the Source: line names another");
        Incident byText = new IncidentClusterer(IncidentClusterer.Options.defaults().withOriginsByOrganisation(false))
                .cluster(List.of(wire, rewrite, sourced)).get(0);
        assertEquals(3, byText.independentSources(), "by text alone the rewrite is a source of its own");
    }

    @Test
    void twoReportsOfOneOutletAreOneSourceWhenOrganisationsCount() {
        CodedArticle first = report("a", "2025-03-10", "Northgate Post", OWN, null);
        CodedArticle second = report("b", "2025-03-11", "Northgate Post", WIRE, null);
        Incident i = new IncidentClusterer().cluster(List.of(first, second)).get(0);
        assertEquals(1, i.publishers());
        assertEquals(1, i.independentSources());
        assertEquals(2, new IncidentClusterer(IncidentClusterer.Options.defaults().withOriginsByOrganisation(false))
                .cluster(List.of(first, second)).get(0).independentSources());
    }

    @Test
    void anArticleWithoutPublisherIsAPublisherOfItsOwn() {
        Incident i = new IncidentClusterer().cluster(List.of(report("a", "2025-03-10", null, WIRE, null),
                report("b", "2025-03-10", null, OWN, null))).get(0);
        assertEquals(2, i.publishers());
        assertEquals(2, i.independentSources());
    }

    @Test
    void copiesComeAndGoIncrementally() {
        IncidentIndex index = new IncidentClusterer(IncidentClusterer.Options.defaults()
                .withOriginsByOrganisation(false)).newIndex();
        index.add(report("x", "2025-03-10", "P1", WIRE, null));
        index.add(report("own", "2025-03-10", "P3", OWN, null));
        assertEquals(2, index.incidents().get(0).independentSources());
        IncidentIndex.Update u = index.add(report("y", "2025-03-11", "P2", NEAR, null));
        assertEquals(3, u.changed().get(0).publishers());
        assertEquals(2, u.changed().get(0).independentSources());
        index.remove("x");
        assertEquals(Optional.of("y"), index.originOf("y"));
        assertEquals(2, index.incidents().get(0).independentSources());
        assertEquals(2, index.incidents().get(0).publishers());
    }
}
