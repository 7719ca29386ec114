package se.stockholm.vbe.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


import javax.ws.rs.core.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.json.VbeJson;

class JsonProcessingExceptionMapperTest {

    private static final ObjectMapper JSON = VbeJson.mapper();

    private static final String ACTIVITY = "{'title':'Trygghetsvandring','area':'PREVENTIVE','responsible':['Fältassistenter'],"
            + "'schedule':{'ongoing':true},'followUpIn':['T1']}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'coordinatorRole':'Samordnare','coordinatorRole':'Annan'}"
            + "|422|coordinatorRole: is given more than once",
        "{'coordinatorRole':'Samordnare','activities':[ACTIVITY,{'title':'a','title':'b'}]}"
            + "|422|activities[1].title: is given more than once",
        "{'coordinatorRole':'Samordnare','activities':[{'title':'a','area':1}]}"
            + "|422|activities[0].area: ",
        "{'coordinatorRole':'Samordnare','activities':[ACTIVITY],'situationPicture':{'sections':[{'title':1,'text':'t'}]}}"
            + "|422|situationPicture.sections[0].title: ",
        "{'coordinatorRole':'Samordnare','activities':[{'title':'a','schedule':{'start':'2026-01','ongoing':1}}]}"
            + "|422|activities[0].schedule.ongoing: ",
        "{'coordinatorRole':'Samordnare','activities':[{'title':'a','schedule':{'start':'2026-01','ongoing':'true'}}]}"
            + "|422|activities[0].schedule.ongoing: ",
        "{'coordinatorRole':'Samordnare\u202e'}|422|body: coordinatorRole contains bidirectional control characters",
        "{'coordinatorRole':'Samordnare\\ud800'}|422|body: coordinatorRole contains an unpaired surrogate (invalid Unicode)",
        "{'coordinatorRole':'Samordnare',}|400|malformed JSON: "})
    void aBodyJacksonCannotReadIsAProblemNamingTheField(String body, int status, String detail) {
        String json = body.replace("ACTIVITY", ACTIVITY).replace('\'', '"');
        JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue(json, PlanDocument.class));

        Response response = new JsonProcessingExceptionMapper().toResponse(refused);

        assertEquals(status, response.getStatus());
        String actual = ((Problem) response.getEntity()).detail();
        assertEquals(detail, actual.substring(0, Math.min(detail.length(), actual.length())), actual);
    }
}
