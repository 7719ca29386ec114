package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

class CommitteeContractTest {

    private static final ActivityTemplate WALK = template("trygghetsvandring");

    @Test
    void acceptsAValidCommittee() {
        CommitteeContract.verify(committee("stadsdel", List.of(WALK), "valid"));
    }

    @Test
    void rejectsAnIdThatIsNoSlug() {
        assertRejected(committee("Stadsdel", List.of(WALK), "valid"), "id");
    }

    @Test
    void rejectsTemplateIdsUsedTwice() {
        assertRejected(committee("stadsdel", List.of(WALK, WALK), "valid"), "used twice");
    }

    @Test
    void rejectsAMissingPlanDocument() {
        assertRejected(committee("stadsdel", List.of(WALK), "missing"), "shippedPlans");
    }

    @Test
    void rejectsAPlanWithoutActivities() {
        assertRejected(committee("stadsdel", List.of(WALK), "no-activities"), "no activities");
    }

    @Test
    void rejectsATemplateIdOutsideTheCatalogue() {
        assertRejected(committee("stadsdel", List.of(WALK), "unknown-template"), "feriejobb");
    }

    /** Built at run time so that no file in the repository holds a personnummer; the date part is 1981-12-18. */
    private static String personnummer(String separator) {
        return "8112" + "18" + separator + "98" + "76";
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "\u2013", "\u2212", "\u00a0", " - ", "/", ".", "\u200b-"})
    void rejectsAPersonnummerInAnyTypographyWithoutRepeatingIt(String separator, @TempDir Path dir) throws IOException {
        String number = personnummer(separator);

        AssertionFailedError error = assertRejected(committee("stadsdel", List.of(WALK), plan(dir, number)),
                "activities[0].description");
        assertTrue(error.getMessage().contains("personnummer"), error.getMessage());
        assertFalse(error.getMessage().contains(number), error.getMessage());
    }

    @Test
    void rejectsAPersonnummerInFullWidthDigits(@TempDir Path dir) throws IOException {
        String fullWidth = personnummer("-").chars().mapToObj(c -> Character.isDigit(c)
                ? String.valueOf((char) (c - '0' + '\uff10')) : String.valueOf((char) c)).reduce("", String::concat);

        assertRejected(committee("stadsdel", List.of(WALK), plan(dir, fullWidth)), "personnummer");
    }

    @Test
    void rejectsAPersonnummerInATemplate() {
        ActivityTemplate template = new ActivityTemplate("samtal", "Samtal", "Kontakt " + personnummer("\u2013"),
                Area.PREVENTIVE, List.of("Preventionssamordnare"), List.of(), TemplateSchedule.ongoing(), List.of(FollowUpPeriod.T1));

        assertRejected(committee("stadsdel", List.of(WALK, template), "valid"), "catalogue[1].description");
    }

    @Test
    void rejectsAPersonnummerInTheNameAsThePlatformDoes() {
        assertRejected(committee("stadsdel", "Nämnden " + personnummer("-"), List.of(WALK),
                CommitteeContractTest.class.getResource("/plans/valid.json")), "name: personal identity numbers");
    }

    @Test
    void rejectsAPersonnummerInALocalContactAndAcceptsASwitchboard() {
        Committee base = committee("stadsdel", List.of(WALK), "valid");
        CommitteeContract.verify(withContacts(base, new CommitteeContact("Lokal samordnare", "Växeln, 08-508 000 00")));

        assertRejected(withContacts(base, new CommitteeContact("Lokal samordnare", "Växeln"),
                new CommitteeContact("Kontaktperson", "Ring " + personnummer("-"))), "contacts[1].reach");
    }

    private static Committee withContacts(Committee committee, CommitteeContact... contacts) {
        return new Committee() {
            @Override
            public String id() {
                return committee.id();
            }

            @Override
            public String name() {
                return committee.name();
            }

            @Override
            public CommitteeKind kind() {
                return committee.kind();
            }

            @Override
            public List<ActivityTemplate> catalogue() {
                return committee.catalogue();
            }

            @Override
            public List<ShippedPlan> shippedPlans() {
                return committee.shippedPlans();
            }

            @Override
            public List<CommitteeContact> contacts() {
                return List.of(contacts);
            }
        };
    }

    @Test
    void acceptsOrganisationNumbersPhoneNumbersAndReferences(@TempDir Path dir) throws IOException {
        CommitteeContract.verify(committee("stadsdel", List.of(WALK),
                plan(dir, "802400-1235, tel. 08-508 00 000, Dnr 1-2026, 1 250 000 kr")));
    }

    @Test
    void readsPlansAsStrictlyAsThePlatform(@TempDir Path dir) throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"coordinatorRole": "Preventionssamordnare",
                 "activities": [{"title": "Trygghetsvandring", "area": "PREVENTIVE",
                                 "responsible": ["Preventionssamordnare"], "schedule": {"ongoing": 1},
                                 "followUpIn": ["T1"]}]}
                """);

        assertRejected(committee("stadsdel", List.of(WALK), plan.toUri().toURL()), "not a valid plan document");
    }

    private static URL plan(Path dir, String description) throws IOException {
        return Files.writeString(dir.resolve("plan.json"), """
                {"coordinatorRole": "Preventionssamordnare",
                 "activities": [{"title": "Trygghetsvandring", "description": "Kontakt: %s", "area": "PREVENTIVE",
                                 "responsible": ["Preventionssamordnare"], "schedule": {"ongoing": true},
                                 "followUpIn": ["T1"]}]}
                """.formatted(description)).toUri().toURL();
    }

    private static AssertionFailedError assertRejected(Committee committee, String messagePart) {
        AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> CommitteeContract.verify(committee));
        assertTrue(error.getMessage().contains(messagePart), error.getMessage());
        return error;
    }

    private static ActivityTemplate template(String id) {
        return new ActivityTemplate(id, "Aktivitet", null, Area.PREVENTIVE, List.of("Preventionssamordnare"), List.of(),
                TemplateSchedule.ongoing(), List.of(FollowUpPeriod.ANNUAL_REPORT));
    }

    private static Committee committee(String id, List<ActivityTemplate> catalogue, String plan) {
        return committee(id, catalogue, CommitteeContractTest.class.getResource("/plans/" + plan + ".json"));
    }

    private static Committee committee(String id, List<ActivityTemplate> catalogue, URL plan) {
        return committee(id, "Stadsdelsnämnden", catalogue, plan);
    }

    private static Committee committee(String id, String name, List<ActivityTemplate> catalogue, URL plan) {
        return new Committee() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public CommitteeKind kind() {
                return CommitteeKind.DISTRICT;
            }

            @Override
            public List<ActivityTemplate> catalogue() {
                return catalogue;
            }

            @Override
            public List<ShippedPlan> shippedPlans() {
                return List.of(new ShippedPlan(2019, PlanStatus.APPROVED, plan));
            }
        };
    }
}
