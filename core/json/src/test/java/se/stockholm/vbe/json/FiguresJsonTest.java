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
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.plan.Tertial;

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

    @Test
    void aTypedCountIsWrittenWithItsTypePeriodAndPlaceAndAnOldShapeOneIsReadAsOtherInAnUnknownPeriod()
            throws Exception {
        IncidentCount typed = new IncidentCount(Environment.WHITE_POWER, IncidentType.GRAFFITI_AND_SYMBOLS,
                InformationSource.TYCK_TILL, Tertial.T2, PlaceType.SCHOOL, 4, Classification.PUBLIC, null);

        assertEquals("{\"environment\":\"WHITE_POWER\",\"type\":\"GRAFFITI_AND_SYMBOLS\",\"source\":\"TYCK_TILL\","
                + "\"period\":\"T2\",\"placeType\":\"SCHOOL\",\"count\":4,\"classification\":\"PUBLIC\"}",
                json.writeValueAsString(typed));
        assertEquals(new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 19, Classification.PUBLIC, null),
                json.readValue("{\"environment\":\"ISLAMIST\",\"source\":\"POLICE\",\"count\":19,"
                        + "\"classification\":\"PUBLIC\"}", IncidentCount.class));
        assertEquals("{\"environment\":\"ISLAMIST\",\"type\":\"OTHER\",\"source\":\"POLICE\",\"placeType\":\"OTHER\","
                + "\"count\":19,\"classification\":\"CONFIDENTIAL\"}", json.writeValueAsString(
                        new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 19)));
    }
}
