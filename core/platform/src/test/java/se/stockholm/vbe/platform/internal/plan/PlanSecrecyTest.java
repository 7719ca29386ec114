package se.stockholm.vbe.platform.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.stockholm.vbe.platform.internal.plan.FixedCommittees.committee;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.CommitteePlan;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.feature.TestFeatures;
import se.stockholm.vbe.platform.internal.grant.TestRuleRegistry;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;

/** What each reader gets of a plan with public and confidential parts, through every read. */
class PlanSecrecyTest {

    private static final Actor EDITOR = Actor.user("editor-rk", Set.of("editor.rinkeby-kista"));
    private static final Actor OTHER_EDITOR = Actor.user("editor-alvsjo", Set.of("editor.alvsjo"));
    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of("coordinator"));
    private static final Actor READER = Actor.user("lasare", Set.of("reader"));
    private static final PlanFilter NO_FILTER = new PlanFilter(null, null, null);

    private static final Section OPEN = new Section("Lägesbild", "Klotter och flygblad.", Classification.PUBLIC, null);
    private static final Section SECRET = new Section("Från polisen", "Uppgifter om enskilda.", null, "OSL 18 kap. 1 §");

    @TempDir
    Path directory;

    private PlanServiceImpl plans;

    @BeforeEach
    void start() {
        Database database = TestDatabase.derby(directory);
        TestDatabase.committee(database, "rinkeby-kista", CommitteeKind.DISTRICT);
        plans = new PlanServiceImpl(database, new FixedCommittees(committee("rinkeby-kista", CommitteeKind.DISTRICT)),
                TestFeatures.onByDefault(database, TestRuleRegistry.on(database)),
                new PlanGeneration(database), new Disclosure(3));
        SituationPicture picture = new SituationPicture(List.of(OPEN, SECRET), List.of(
                new IncidentCount(Environment.WHITE_POWER, InformationSource.POLICE, 2, Classification.PUBLIC, null),
                new IncidentCount(Environment.WHITE_POWER, InformationSource.SCHOOLS, 9, Classification.PUBLIC, null),
                new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 30)));
        plans.create("rinkeby-kista", 2030, new PlanDocument("Samordnare", null, picture,
                List.of(PlanServiceTest.activity(1))), EDITOR);
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, PlanServiceTest.DECISION, EDITOR);
    }

    @Test
    void theClassificationAndLegalGroundAreStoredAndAPartWithoutOneIsConfidential() {
        SituationPicture stored = plans.plan("rinkeby-kista", 2030, EDITOR).situationPicture();

        assertEquals(List.of(OPEN, SECRET), stored.sections());
        assertEquals(Classification.CONFIDENTIAL, stored.sections().get(1).classification());
        assertEquals("OSL 18 kap. 1 §", stored.sections().get(1).legalGround());
        assertEquals(Classification.CONFIDENTIAL, stored.incidents().get(2).classification());
    }

    @Test
    void insidersReadEverythingInThePlanItsVersionsAndTheConsolidatedView() {
        for (Actor insider : List.of(EDITOR, READER, COORDINATOR)) {
            for (ActionPlan plan : reads(insider)) {
                assertEquals(List.of(OPEN, SECRET), plan.situationPicture().sections());
                assertEquals(3, plan.situationPicture().incidents().size());
                assertEquals(Figure.exact(41), plan.situationPicture().incidentFigures().total());
            }
        }
        assertEquals(Figure.exact(41), plans.consolidated(2030, NO_FILTER, READER).summary().incidents().total());
    }

    @Test
    void outsidersReadOnlyPublicSectionsAndSuppressedAggregatesEverywhere() {
        for (Actor outsider : List.of(Actor.anonymous(), OTHER_EDITOR)) {
            for (ActionPlan plan : reads(outsider)) {
                assertEquals(List.of(OPEN), plan.situationPicture().sections());
                assertEquals(List.of(), plan.situationPicture().incidents());
                assertEquals(Figure.exact(11), plan.situationPicture().incidentFigures().perEnvironment()
                        .get(Environment.WHITE_POWER), "the police's 2 and the schools' 9, not per source");
                assertEquals(Figure.exact(11), plan.situationPicture().incidentFigures().total(),
                        "the confidential 30 is in no public sum");
            }
            var city = plans.consolidated(2030, NO_FILTER, outsider).summary().incidents();
            assertEquals(Figure.exact(11), city.total());
            assertEquals(Figure.withheld(), city.perSource().get(InformationSource.POLICE),
                    "one committee's counts per source would be its per-source detail");
        }
    }

    @Test
    void aPersonnummerInALegalGroundIsRefusedLikeAnywhereElse() {
        SituationPicture picture = new SituationPicture(List.of(new Section("Från polisen", "Text", null,
                "OSL 26 kap. 1 § (811218-9876)")), List.of());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> plans.create("rinkeby-kista",
                2031, new PlanDocument("Samordnare", null, picture, List.of()), EDITOR));

        assertEquals("situationPicture.sections[0].legalGround", refused.field());
    }

    @Test
    void aSnapshotWrittenBeforeClassificationsTakesTheClassificationItsMigrationGave() {
        String old = "{\"committeeId\":\"rinkeby-kista\",\"year\":2019,\"status\":\"APPROVED\",\"version\":1,"
                + "\"coordinatorRole\":\"Samordnare\",\"situationPicture\":{\"sections\":[{\"title\":\"Lägesbild\","
                + "\"text\":\"Text\"}],\"incidents\":[{\"environment\":\"ISLAMIST\",\"source\":\"POLICE\",\"count\":19}]},"
                + "\"activities\":[],\"updatedAt\":\"2019-03-14T10:00:00Z\",\"updatedBy\":\"import:rk\"}";

        SituationPicture picture = PlanSnapshots.read(old, Classification.PUBLIC).situationPicture();

        assertEquals(Classification.PUBLIC, picture.sections().get(0).classification());
        assertEquals(Classification.PUBLIC, picture.incidents().get(0).classification());
        assertEquals(Classification.CONFIDENTIAL, PlanSnapshots.read(old, Classification.CONFIDENTIAL)
                .situationPicture().sections().get(0).classification());
    }

    /** The plan as the actor reads it: alone, as decided (version 1), and in the consolidated view. */
    private List<ActionPlan> reads(Actor actor) {
        List<CommitteePlan> view = plans.consolidated(2030, NO_FILTER, actor).plans();
        return List.of(plans.plan("rinkeby-kista", 2030, actor), plans.version("rinkeby-kista", 2030, 1, actor).plan(),
                view.get(0).plan());
    }
}
