package se.stockholm.vbe.api.privacy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;

class PersonalDataGuardTest {

    /** Built at run time so that no file in the repository holds a personnummer; the date part is 1981-12-18. */
    private static final String NUMBER = "1981" + "1218" + "-98" + "76";

    @Test
    void aCommitteeNameWithAPersonnummerIsRefusedNamingTheFieldNotTheNumber() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PersonalDataGuard.checkCommittee("Nämnden för " + NUMBER, List.of()));

        assertEquals("name", refused.field());
        assertFalse(refused.getMessage().contains(NUMBER), refused.getMessage());
    }

    @Test
    void aCommitteesCatalogueIsCheckedTemplateByTemplate() {
        List<ActivityTemplate> catalogue = List.of(template("ok", "Trygghetsvandring"),
                template("bad", "Ring " + NUMBER));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PersonalDataGuard.checkCommittee("Älvsjö stadsdelsnämnd", catalogue));

        assertEquals("catalogue[1].title", refused.field());
        assertDoesNotThrow(() -> PersonalDataGuard.checkCommittee("Älvsjö stadsdelsnämnd", catalogue.subList(0, 1)));
    }

    @Test
    void aQuarantineReasonWithAPersonnummerIsRefusedAndOneWithoutReasonPasses() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PersonalDataGuard.check(
                new CommitteeQuarantine("alvsjo", "Gäller " + NUMBER, Instant.EPOCH, "samordnare")));

        assertEquals("reason", refused.field());
        assertDoesNotThrow(() -> PersonalDataGuard.check(new CommitteeQuarantine("alvsjo", null, Instant.EPOCH,
                "samordnare")));
    }

    private static ActivityTemplate template(String id, String title) {
        return new ActivityTemplate(id, title, null, Area.PREVENTIVE, List.of("Preventionssamordnare"), List.of(),
                TemplateSchedule.ongoing(), List.of(FollowUpPeriod.T1));
    }
}
