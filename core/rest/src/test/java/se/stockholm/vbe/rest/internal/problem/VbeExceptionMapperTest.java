package se.stockholm.vbe.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.UnavailableException;

class VbeExceptionMapperTest {

    private final VbeExceptionMapper mapper = new VbeExceptionMapper();

    @Test
    void anUnavailableDatabaseIsA503ProblemThatSaysWhenToRetry() {
        Response response = mapper.toResponse(new UnavailableException("the database cannot take writes"));

        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals("the database cannot take writes", ((Problem) response.getEntity()).detail());
    }

    @Test
    void aConflictCarriesNoRetryAfter() {
        Response response = mapper.toResponse(new ConflictException("collided"));

        assertEquals(409, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
    }
}
