package se.stockholm.vbe.itests;

import java.net.http.HttpResponse;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every Pax Exam test of the distribution shares: the container (the built distribution on free
 * ports) and an HTTP client to it once the API answers.
 */
public abstract class VbeKarafTestSupport {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    protected Http http;

    @Configuration
    public Option[] configuration() {
        return VbeDistribution.options(FreePort.next());
    }

    @Before
    public void connect() {
        http = VbeDistribution.awaitApi();
    }

    /** A call as one of the demo users of the README (editors' password is "editor"), or anonymous for null. */
    protected HttpResponse<String> as(String user, String method, String path, String body) {
        String password = user == null ? null : user.startsWith("editor-") ? "editor" : user;
        return http.call(method, path, body, user, password);
    }

    /**
     * An association grant application that meets the city-wide rules; {@code religious} is written as JSON as
     * it is ({@code true}, or a wrong type such as {@code "true"} for the tests of bad input).
     */
    protected static String grant(String organisationNumber, Object religious) {
        return """
                {"type": "ASSOCIATION_GRANT",
                 "organisation": {"name": "Föreningen Exempel", "organisationNumber": "%s",
                                  "religiousAffiliation": %s, "politicalAffiliation": false},
                 "purpose": "Läxhjälp för unga", "amountSek": 25000, "targetsResidents": true,
                 "complementsCommitteeWork": true,
                 "declarations": {"democracy": true, "humanRights": true, "genderEquality": true, "nonViolence": true},
                 "previousGrantAccounted": true}
                """.formatted(organisationNumber, religious);
    }

    /** The reason a grant check gives for one rule. */
    protected static JsonNode reason(JsonNode check, String rule) {
        for (JsonNode reason : check.get("reasons")) {
            if (reason.get("rule").asText().equals(rule)) {
                return reason;
            }
        }
        throw new AssertionError(rule + " is not among " + check.get("reasons"));
    }
}
