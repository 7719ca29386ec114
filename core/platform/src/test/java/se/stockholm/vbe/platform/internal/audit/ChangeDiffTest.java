package se.stockholm.vbe.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.Schedule;

class ChangeDiffTest {

    @Test
    void onlyTheFieldsThatChangedAreShownBeforeAndAfter() {
        String change = ChangeDiff.between(Fields.named("title", "Vandring", "area", "PREVENTIVE", "frequency", null),
                Fields.named("title", "Trygghetsvandring", "area", "PREVENTIVE", "frequency", "2 ggr/år"));

        assertEquals("title: Vandring → Trygghetsvandring; frequency: – → 2 ggr/år", change);
    }

    @Test
    void nothingChangedIsAnEmptyText() {
        assertEquals("", ChangeDiff.between(Map.of("enabled", "true"), Map.of("enabled", "true")));
    }

    @Test
    void aRemovedFieldShowsWhatItWas() {
        assertEquals("reason: Hot mot demokratin → –", ChangeDiff.between(Map.of("reason", "Hot mot demokratin"),
                Map.of()));
    }

    @Test
    void aLongValueAndALongChangeAreCutAndMarked() {
        String longText = "x".repeat(10_000);
        String oneValue = ChangeDiff.between(Map.of(), Map.of("text", longText));
        assertEquals("text: – → ".length() + ChangeDiff.MAX_VALUE_LENGTH, oneValue.length());
        assertTrue(oneValue.endsWith(ChangeDiff.CUT), oneValue);

        Map<String, String> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            many.put("sections[" + i + "].text", longText);
        }
        String whole = ChangeDiff.between(Map.of(), many);
        assertEquals(ChangeDiff.MAX_LENGTH, whole.length());
        assertTrue(whole.endsWith(ChangeDiff.CUT));
    }

    @Test
    void listElementsWithAnIdAreNamedByItSoAnInsertedOneChangesNothingElse() {
        Activity walk = activity(79L, "Trygghetsvandring");
        Activity course = activity(80L, "Utbildning");
        Activity added = activity(81L, "Dialogmöte");
        Set<String> ignored = Set.of("followUps");

        String change = ChangeDiff.between(Fields.of(Map.of("activities", List.of(walk, course)), ignored),
                Fields.of(Map.of("activities", List.of(added, walk, course)), ignored));

        assertTrue(change.startsWith("activities[81].id: – → 81; activities[81].title: – → Dialogmöte;"), change);
        assertTrue(!change.contains("activities[79]") && !change.contains("activities[80]"), change);
    }

    @Test
    void listsOfPlainValuesAndNestedValuesAreOneFieldEach() {
        Map<String, String> fields = Fields.of(activity(null, "Vandring"), Set.of("followUps"));

        assertEquals("[\"Samordnaren\"]", fields.get("responsible"));
        assertEquals("2030-06", fields.get("schedule.start"));
        assertEquals("PREVENTIVE", fields.get("area"));
        assertTrue(!fields.containsKey("id") && !fields.containsKey("description"), fields.toString());
    }

    private static Activity activity(Long id, String title) {
        return new Activity(id, title, null, Area.PREVENTIVE, List.of("Samordnaren"), List.of(),
                Schedule.between(YearMonth.of(2030, 6), YearMonth.of(2030, 9)), null, List.of(FollowUpPeriod.T1),
                null, null, List.of());
    }
}
