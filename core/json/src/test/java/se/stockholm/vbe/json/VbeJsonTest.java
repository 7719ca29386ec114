package se.stockholm.vbe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.plan.Schedule;

class VbeJsonTest {

    private static final ObjectMapper JSON = VbeJson.mapper();

    private static final String ORGANISATION = "\"organisation\":{\"name\":\"Förening\",\"organisationNumber\":"
            + "\"802400-1235\",\"religiousAffiliation\":false,\"politicalAffiliation\":false}";

    private static String application(String type, String amount, String targetsResidents) {
        return "{\"type\":" + type + "," + ORGANISATION + ",\"purpose\":\"Läxhjälp\",\"amountSek\":" + amount
                + ",\"targetsResidents\":" + targetsResidents + ",\"declarations\":{\"democracy\":true,"
                + "\"humanRights\":true,\"genderEquality\":true,\"nonViolence\":true}}";
    }

    @Test
    void aWellFormedApplicationIsRead() throws JsonProcessingException {
        Application read = JSON.readValue(application("\"ASSOCIATION_GRANT\"", "25000", "true"), Application.class);
        assertEquals(CheckType.ASSOCIATION_GRANT, read.type());
        assertEquals(25_000L, read.amountSek());
        assertEquals(Boolean.TRUE, read.targetsResidents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.0", "true"})
    void anEnumIsReadOnlyByItsName(String type) {
        assertRefused(application(type, "25000", "true"), "type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"true\"", "\"false\"", "1.0", "\"\"", "\"yes\""})
    void aBooleanIsReadOnlyAsTrueOrFalse(String value) {
        assertRefused(application("\"ASSOCIATION_GRANT\"", "25000", value), "targetsResidents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"25000\"", "100.7", "100.0", "true", "\"\""})
    void aNumberIsReadOnlyAsAWholeNumber(String value) {
        assertRefused(application("\"ASSOCIATION_GRANT\"", value, "true"), "amountSek");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "1.5", "false"})
    void textIsReadOnlyFromAString(String value) {
        String body = application("\"ASSOCIATION_GRANT\"", "1", "true").replace("\"Läxhjälp\"", value);
        assertRefused(body, "purpose");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedNamingIt() {
        String body = application("\"ASSOCIATION_GRANT\"", "1", "true").replace("{\"type\":",
                "{\"type\":\"PREMISES_RENTAL\",\"type\":");
        StreamReadException refused = assertThrows(StreamReadException.class,
                () -> JSON.readValue(body, Application.class));
        assertTrue(refused.getOriginalMessage().contains("'type'"), refused.getOriginalMessage());
    }

    @Test
    void datesAndMonthsAreIsoStrings() throws JsonProcessingException {
        Schedule schedule = JSON.readValue("{\"start\":\"2026-01\",\"end\":\"2026-06\",\"ongoing\":false}",
                Schedule.class);
        assertEquals(YearMonth.of(2026, 1), schedule.start());
        assertEquals("\"2026-12-01\"", JSON.writeValueAsString(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aCopyOfTheMapperIsAsStrict() {
        ObjectMapper copy = new ObjectMapper(JSON) {
            private static final long serialVersionUID = 1L;
        };
        assertThrows(MismatchedInputException.class,
                () -> copy.readValue(application("1", "25000", "true"), Application.class));
        assertThrows(StreamReadException.class, () -> copy.readTree("{\"a\":1,\"a\":2}"));
    }

    private static void assertRefused(String body, String field) {
        JsonMappingException refused = assertThrows(MismatchedInputException.class,
                () -> JSON.readValue(body, Application.class), body);
        assertEquals(field, refused.getPath().get(refused.getPath().size() - 1).getFieldName(), refused.getMessage());
    }
}
