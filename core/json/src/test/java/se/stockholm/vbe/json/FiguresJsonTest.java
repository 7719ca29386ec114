package se.stockholm.vbe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;

class FiguresJsonTest {

    private final ObjectMapper json = VbeJson.mapper();

    @Test
    void aFigureIsANumberOrItsMarker() throws Exception {
        IncidentFigures figures = new IncidentFigures(Figure.withheld(),
                Map.of(Environment.WHITE_POWER, Figure.small(3), Environment.ISLAMIST, Figure.exact(12)), null);

        assertEquals("{\"total\":\"..\",\"perEnvironment\":{\"WHITE_POWER\":\"<3\",\"ISLAMIST\":12}}",
                json.writeValueAsString(figures));
    }

    @Test
    void figuresSentBackAreIgnoredAndClassificationsRead() throws Exception {
        SituationPicture read = json.readValue("{\"sections\":[{\"title\":\"A\",\"text\":\"B\",\"classification\":"
                + "\"PUBLIC\"}],\"incidentFigures\":{\"total\":\"<3\"}}", SituationPicture.class);

        assertNull(read.incidentFigures());
        assertEquals(List.of(new Section("A", "B", Classification.PUBLIC, null)), read.sections());
    }

    @Test
    void anUnknownClassificationIsRefusedAtItsField() {
        MismatchedInputException refused = assertThrows(MismatchedInputException.class, () -> json.readValue(
                "{\"sections\":[{\"title\":\"A\",\"text\":\"B\",\"classification\":\"SECRET\"}]}",
                SituationPicture.class));

        assertEquals("classification", refused.getPath().get(refused.getPath().size() - 1).getFieldName());
    }
}
