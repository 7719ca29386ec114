package se.stockholm.vbe.platform.internal.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Audience;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.plan.Tertial;

class DisclosureTest {

    private static final Audience ANONYMOUS = Actor.anonymous().audience();
    private static final Audience OWN_EDITOR = Actor.user("e", Set.of("editor.rinkeby-kista")).audience();
    private static final Audience OTHER_EDITOR = Actor.user("a", Set.of("editor.alvsjo")).audience();
    private static final Audience READER = Actor.user("lasare", Set.of("reader")).audience();
    private static final Audience COORDINATOR = Actor.user("samordnare", Set.of("coordinator")).audience();

    private static final Section OPEN = new Section("Lägesbild", "Klotter med vit makt-symboler.",
            Classification.PUBLIC, null);
    private static final Section SECRET = new Section("Polisens uppgifter", "Tre namngivna personer.",
            Classification.CONFIDENTIAL, "OSL 18 kap. 1 §");

    private final Disclosure disclosure = new Disclosure(3);

    @Test
    void theCommitteesEditorsReadersAndTheCoordinatorSeeEverythingWithExactSums() {
        ActionPlan plan = plan("rinkeby-kista", count(Environment.WHITE_POWER, InformationSource.POLICE, 2, true),
                count(Environment.WHITE_POWER, InformationSource.SCHOOLS, 1, false));

        for (Audience insider : List.of(OWN_EDITOR, READER, COORDINATOR)) {
            SituationPicture shown = disclosure.shown(plan, insider).situationPicture();
            assertEquals(List.of(OPEN, SECRET), shown.sections());
            assertEquals(plan.situationPicture().incidents(), shown.incidents());
            assertEquals(Figure.exact(3), shown.incidentFigures().total());
            assertEquals(Figure.exact(3), shown.incidentFigures().perEnvironment().get(Environment.WHITE_POWER));
            assertEquals(Figure.exact(1), shown.incidentFigures().perSource().get(InformationSource.SCHOOLS));
        }
    }

    @Test
    void anonymousCallersAndEditorsOfOtherCommitteesGetPublicSectionsAndSuppressedAggregatesOfPublicCounts() {
        ActionPlan plan = plan("rinkeby-kista", count(Environment.WHITE_POWER, InformationSource.POLICE, 2, true),
                count(Environment.ISLAMIST, InformationSource.POLICE, 6, true),
                count(Environment.ISLAMIST, InformationSource.SCHOOLS, 4, true),
                count(Environment.AUTONOMOUS, InformationSource.POLICE, 40, false));

        for (Audience outsider : List.of(ANONYMOUS, OTHER_EDITOR)) {
            SituationPicture shown = disclosure.shown(plan, outsider).situationPicture();
            assertEquals(List.of(OPEN), shown.sections());
            assertEquals(List.of(), shown.incidents(), "no per-source detail");
            IncidentFigures figures = shown.incidentFigures();
            assertNull(figures.perSource());
            assertEquals(Figure.exact(12), figures.total(), "the confidential 40 is not in any public sum");
            assertEquals(Figure.small(3), figures.perEnvironment().get(Environment.WHITE_POWER));
            assertEquals(Figure.withheld(), figures.perEnvironment().get(Environment.ISLAMIST),
                    "else 12 - 10 would give the suppressed 2");
            assertEquals(Figure.exact(0), figures.perEnvironment().get(Environment.AUTONOMOUS));
        }
    }

    @Test
    void aCommitteesPublishedFiguresAreTheSameInItsPlanAndCityWideAndTheCityTotalsDoNotRevealThem() {
        ActionPlan rinkeby = plan("rinkeby-kista", count(Environment.WHITE_POWER, InformationSource.POLICE, 2, true));
        ActionPlan alvsjo = plan("alvsjo", count(Environment.WHITE_POWER, InformationSource.POLICE, 10, true));

        IncidentFigures city = disclosure.cityWide(List.of(rinkeby, alvsjo), List.of(rinkeby, alvsjo), ANONYMOUS);

        assertEquals(Figure.small(3), disclosure.shown(rinkeby, ANONYMOUS).situationPicture().incidentFigures()
                .perEnvironment().get(Environment.WHITE_POWER));
        assertEquals(Figure.exact(10), disclosure.shown(alvsjo, ANONYMOUS).situationPicture().incidentFigures()
                .perEnvironment().get(Environment.WHITE_POWER));
        assertEquals(Figure.withheld(), city.perEnvironment().get(Environment.WHITE_POWER), "12 - 10 = 2");
        assertEquals(Figure.withheld(), city.total());
        assertEquals(Figure.withheld(), city.perSource().get(InformationSource.POLICE), "it equals the total");
    }

    @Test
    void cityWideFiguresPerSourceAreWithheldWhileOneCommitteeAloneWouldBeShownPerSource() {
        ActionPlan rinkeby = plan("rinkeby-kista", count(Environment.ISLAMIST, InformationSource.POLICE, 7, true),
                count(Environment.ISLAMIST, InformationSource.SCHOOLS, 5, true));
        ActionPlan alvsjo = plan("alvsjo", count(Environment.ISLAMIST, InformationSource.POLICE, 4, false));

        IncidentFigures city = disclosure.cityWide(List.of(), List.of(rinkeby, alvsjo), ANONYMOUS);

        assertEquals(Figure.exact(12), city.total());
        assertEquals(Figure.exact(12), city.perEnvironment().get(Environment.ISLAMIST));
        for (InformationSource source : InformationSource.values()) {
            assertEquals(Figure.withheld(), city.perSource().get(source));
        }
    }

    @Test
    void readersAndTheCoordinatorGetExactCityWideFiguresOverEveryCount() {
        ActionPlan rinkeby = plan("rinkeby-kista", count(Environment.WHITE_POWER, InformationSource.POLICE, 2, false));
        ActionPlan alvsjo = plan("alvsjo", count(Environment.WHITE_POWER, InformationSource.POLICE, 10, true));

        IncidentFigures city = disclosure.cityWide(List.of(rinkeby, alvsjo), List.of(), READER);

        assertEquals(Figure.exact(12), city.total());
        assertEquals(Figure.exact(12), city.perSource().get(InformationSource.POLICE));
    }

    @Test
    void withoutSmallCountsPublicFiguresAreExact() {
        ActionPlan rinkeby = plan("rinkeby-kista", count(Environment.WHITE_POWER, InformationSource.POLICE, 5, true),
                count(Environment.ISLAMIST, InformationSource.SCHOOLS, 7, true));
        ActionPlan alvsjo = plan("alvsjo", count(Environment.WHITE_POWER, InformationSource.SCHOOLS, 3, true));

        IncidentFigures city = disclosure.cityWide(List.of(), List.of(rinkeby, alvsjo), ANONYMOUS);

        assertEquals(Figure.exact(15), city.total());
        assertEquals(Figure.exact(8), city.perEnvironment().get(Environment.WHITE_POWER));
        assertEquals(Figure.exact(10), city.perSource().get(InformationSource.SCHOOLS));
    }

    @Test
    void theThresholdIsConfigurable() {
        ActionPlan plan = plan("rinkeby-kista", count(Environment.WHITE_POWER, InformationSource.POLICE, 4, true));

        IncidentFigures figures = new Disclosure(5).shown(plan, ANONYMOUS).situationPicture().incidentFigures();

        assertEquals(Figure.small(5), figures.total());
        assertEquals("<5", figures.total().marker());
    }

    @Test
    void aPublicReaderGetsSuppressedFiguresPerIncidentTypeOfThePublicCountsOnly() {
        ActionPlan plan = plan("rinkeby-kista", typed(Environment.ISLAMIST, IncidentType.RECRUITMENT, 2, true),
                typed(Environment.ISLAMIST, IncidentType.GRAFFITI_AND_SYMBOLS, 6, true),
                typed(Environment.ISLAMIST, IncidentType.THREATS_AND_VIOLENCE, 9, false));

        IncidentFigures figures = disclosure.shown(plan, ANONYMOUS).situationPicture().incidentFigures();

        assertEquals(Figure.exact(8), figures.total());
        assertEquals(Figure.small(3), figures.perType().get(IncidentType.RECRUITMENT));
        assertEquals(Figure.withheld(), figures.perType().get(IncidentType.GRAFFITI_AND_SYMBOLS), "else 8 - 6 = 2");
        assertEquals(Figure.exact(0), figures.perType().get(IncidentType.THREATS_AND_VIOLENCE),
                "the confidential 9 is in no public sum");
        assertNull(figures.perEnvironmentAndType(), "a committee's public figures are margins only");
    }

    @Test
    void cityWideFiguresPerEnvironmentAndTypeSuppressSmallCellsAndAreWithheldForASingleContributor() {
        ActionPlan rinkeby = plan("rinkeby-kista", typed(Environment.ISLAMIST, IncidentType.RECRUITMENT, 5, true),
                typed(Environment.WHITE_POWER, IncidentType.PROPAGANDA, 4, true));
        ActionPlan spanga = plan("spanga-tensta", typed(Environment.ISLAMIST, IncidentType.RECRUITMENT, 5, true),
                typed(Environment.WHITE_POWER, IncidentType.PROPAGANDA, 1, true));
        ActionPlan alvsjo = plan("alvsjo", typed(Environment.ISLAMIST, IncidentType.RECRUITMENT, 7, true),
                typed(Environment.WHITE_POWER, IncidentType.PROPAGANDA, 6, true));

        IncidentFigures city = disclosure.cityWide(List.of(), List.of(rinkeby, alvsjo), ANONYMOUS);
        IncidentFigures alone = disclosure.cityWide(List.of(), List.of(spanga), ANONYMOUS);

        assertEquals(Figure.exact(22), city.total());
        assertEquals(Figure.exact(12), city.perType().get(IncidentType.RECRUITMENT));
        assertEquals(Figure.exact(12),
                city.perEnvironmentAndType().get(Environment.ISLAMIST).get(IncidentType.RECRUITMENT));
        assertEquals(Figure.exact(0),
                city.perEnvironmentAndType().get(Environment.AUTONOMOUS).get(IncidentType.RECRUITMENT));
        assertEquals(Figure.withheld(), alone.perEnvironmentAndType().get(Environment.ISLAMIST)
                .get(IncidentType.RECRUITMENT), "one committee's cross-table is its detail");
        assertEquals(Figure.small(3), alone.perType().get(IncidentType.PROPAGANDA));
    }

    @Test
    void thoseWhoSeeEverythingGetExactFiguresPerTypeAndPerEnvironmentAndType() {
        ActionPlan rinkeby = plan("rinkeby-kista", typed(Environment.ISLAMIST, IncidentType.RECRUITMENT, 1, false));

        IncidentFigures city = disclosure.cityWide(List.of(rinkeby), List.of(), COORDINATOR);

        assertEquals(Figure.exact(1), city.perType().get(IncidentType.RECRUITMENT));
        assertEquals(Figure.exact(1),
                city.perEnvironmentAndType().get(Environment.ISLAMIST).get(IncidentType.RECRUITMENT));
    }

    @Test
    void figuresPerTertialAndOfAnUnknownTertialAddUpToTheTotalAndAreSuppressedLikeTheRest() {
        ActionPlan plan = plan("rinkeby-kista", typed(Environment.ISLAMIST, IncidentType.RECRUITMENT, 2, true),
                new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 5, Classification.PUBLIC, null),
                new IncidentCount(Environment.ISLAMIST, IncidentType.RECRUITMENT, InformationSource.POLICE,
                        Tertial.T3, PlaceType.SCHOOL, 4, Classification.PUBLIC, null));

        IncidentFigures shown = disclosure.shown(plan, ANONYMOUS).situationPicture().incidentFigures();
        IncidentFigures exact = disclosure.shown(plan, OWN_EDITOR).situationPicture().incidentFigures();

        assertEquals(Figure.small(3), shown.perPeriod().get(Tertial.T1));
        assertEquals(Figure.exact(0), shown.perPeriod().get(Tertial.T2));
        assertEquals(Figure.withheld(), shown.perPeriod().get(Tertial.T3), "else 11 - 5 - 4 = 2");
        assertEquals(Figure.exact(5), shown.periodUnknown());
        assertEquals(Figure.exact(11), shown.total());
        assertEquals(Figure.exact(2), exact.perPeriod().get(Tertial.T1));
        assertEquals(Figure.exact(5), exact.periodUnknown());
    }

    private static IncidentCount typed(Environment environment, IncidentType type, int count, boolean open) {
        return new IncidentCount(environment, type, InformationSource.POLICE, Tertial.T1, PlaceType.SCHOOL, count,
                open ? Classification.PUBLIC : Classification.CONFIDENTIAL, null);
    }

    private static IncidentCount count(Environment environment, InformationSource source, int count, boolean open) {
        return new IncidentCount(environment, source, count, open ? Classification.PUBLIC : Classification.CONFIDENTIAL,
                null);
    }

    private static ActionPlan plan(String committeeId, IncidentCount... counts) {
        return new ActionPlan(committeeId, 2030, PlanStatus.APPROVED, 3, "Samordnare", null,
                new SituationPicture(List.of(OPEN, SECRET), List.of(counts)), List.of(), Instant.EPOCH, "e");
    }
}
