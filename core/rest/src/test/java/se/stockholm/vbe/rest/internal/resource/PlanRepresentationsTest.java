package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.NotAcceptableException;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.rest.internal.problem.NotAcceptableProblem;

class PlanRepresentationsTest {

    @Test
    void theFormatIsReadAsTheConsolidatedViewReadsIt() {
        assertTrue(PlanRepresentations.pdfWanted("PDF", null));
        assertTrue(PlanRepresentations.pdfWanted(" pdf ", "application/json"));
        assertFalse(PlanRepresentations.pdfWanted("", null), "a blank format is no format");
        assertTrue(PlanRepresentations.pdfWanted("", "application/pdf"));
        assertFalse(PlanRepresentations.pdfWanted(null, "*/*"));
        assertFalse(PlanRepresentations.pdfWanted(null, "text/html, application/json;q=0.9"));
    }

    @Test
    void aFormOrAnAcceptThePlanReadCannotProduceIs406NamingTheSupportedTypes() {
        for (String[] asked : List.of(new String[] {"csv", null}, new String[] {null, "text/csv"})) {
            NotAcceptableException refused = assertThrows(NotAcceptableException.class,
                    () -> PlanRepresentations.pdfWanted(asked[0], asked[1]));

            assertEquals(406, refused.getResponse().getStatus());
            assertEquals("Accept, Authorization", refused.getResponse().getHeaderString("Vary"));
            NotAcceptableProblem problem = (NotAcceptableProblem) refused.getResponse().getEntity();
            assertEquals(List.of("application/json", "application/pdf"), problem.supported());
            assertTrue(problem.detail().contains("?format=json|pdf"), problem.detail());
        }
    }
}
