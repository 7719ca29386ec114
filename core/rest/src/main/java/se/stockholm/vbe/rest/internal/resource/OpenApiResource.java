package se.stockholm.vbe.rest.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.annotation.security.PermitAll;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 description of the API, kept true by OpenApiDocumentTest.
 */
@Path("openapi.json")
@Singleton
public final class OpenApiResource {

    static final String DOCUMENT = "openapi.json";

    private final byte[] document = read();

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] document() {
        return document;
    }

    static byte[] read() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
