package se.stockholm.vbe.committees.hasselbyvallingby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;
import se.stockholm.vbe.api.grant.Organisation;
import se.stockholm.vbe.api.grant.Outcome;

/**
 * Hässelby-Vällingby's local rules, with cases from its 2018 plan's section on föreningsbidrag.
 */
class GrantRulesTest {

    @Test
    void aReligiouslyAffiliatedAssociationGetsNoGrantAndNoPremises() {
        assertEquals(Outcome.FAIL, new UnaffiliatedRule().evaluate(grant(true, false, true, true, null)).outcome());
        assertEquals(Outcome.FAIL, new UnaffiliatedRule().evaluate(rental(true, false)).outcome());
        var political = new UnaffiliatedRule().evaluate(grant(false, true, true, true, null));
        assertEquals(Outcome.FAIL, political.outcome());
        assertTrue(political.message().contains("politiskt anknuten"), political.message());
        assertEquals(Outcome.PASS, new UnaffiliatedRule().evaluate(grant(false, false, true, true, null)).outcome());
    }

    @Test
    void theActivityMustBeForTheDistrictsResidentsAndComplementTheCommitteesWork() {
        assertEquals(Outcome.FAIL, new ResidentsRule().evaluate(grant(false, false, false, true, null)).outcome());
        assertEquals(Outcome.FAIL, new ResidentsRule().evaluate(grant(false, false, true, false, null)).outcome());
        assertEquals(Outcome.REVIEW, new ResidentsRule().evaluate(grant(false, false, true, null, null)).outcome());
        assertEquals(Outcome.PASS, new ResidentsRule().evaluate(grant(false, false, true, true, null)).outcome());
    }

    @Test
    void anEarlierGrantMustHaveBeenAccountedFor() {
        assertEquals(Outcome.FAIL, new PreviousGrantAccountedRule().evaluate(grant(false, false, true, true, false))
                .outcome());
        assertEquals(Outcome.PASS, new PreviousGrantAccountedRule().evaluate(grant(false, false, true, true, true))
                .outcome());
        assertEquals(Outcome.PASS, new PreviousGrantAccountedRule().evaluate(grant(false, false, true, true, null))
                .outcome(), "a first-time applicant has nothing to account for");
    }

    private static Application grant(boolean religious, boolean political, boolean residents, Boolean complements,
            Boolean accounted) {
        return new Application(CheckType.ASSOCIATION_GRANT, new Organisation("Föreningen Exempel", "802400-1235",
                religious, political), "Läxhjälp för unga", 25_000L, residents, complements,
                new Declarations(true, true, true, true), accounted, null, null, null);
    }

    private static Application rental(boolean religious, boolean political) {
        return new Application(CheckType.PREMISES_RENTAL, new Organisation("Föreningen Exempel", "802400-1235",
                religious, political), "Möte", null, true, true, new Declarations(true, true, true, true), null,
                "Vällingby parkteater", LocalDate.of(2026, 12, 5), BookedBy.ORGANISATION);
    }
}
