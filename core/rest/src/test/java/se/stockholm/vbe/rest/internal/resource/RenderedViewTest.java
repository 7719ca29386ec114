package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class RenderedViewTest {

    private static final byte[] JSON = "{\"plans\":[%s]}".formatted("{\"committee\":\"rinkeby-kista\"},".repeat(200))
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aClientThatAcceptsGzipGetsTheBodyCompressedUnderATagOfItsOwn() throws IOException {
        RenderedView view = RenderedView.of(JSON, "plans", "public");

        RenderedView.Representation gzip = view.representation("gzip, deflate");

        assertEquals("gzip", gzip.contentEncoding());
        assertArrayEquals(JSON, new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes());
        assertEquals(view.tag().getValue() + "-gzip", gzip.tag().getValue());
        assertNotEquals(view.tag(), gzip.tag());
        assertEquals("\"" + gzip.tag().getValue() + "\"", gzip.etag(), "the ETag header's text, made once");
    }

    @Test
    void theBodyIsCompressedOnceForEveryRequestOfTheView() {
        RenderedView view = RenderedView.of(JSON, "plans", "public");

        assertSame(view.representation("gzip").body(), view.representation("gzip").body());
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsTheIdentityBody() {
        RenderedView view = RenderedView.of(JSON, "plans", "public");

        RenderedView.Representation identity = view.representation(null);

        assertNull(identity.contentEncoding());
        assertSame(view.body(), identity.body());
        assertEquals(view.tag(), identity.tag());
    }

    @Test
    void aBodyGzipDoesNotMakeSmallerIsNeverSentCompressed() {
        byte[] tiny = "{}".getBytes(StandardCharsets.UTF_8);
        RenderedView view = RenderedView.of(tiny, "plans", "public");

        RenderedView.Representation shown = view.representation("gzip");

        assertNull(shown.contentEncoding());
        assertSame(tiny, shown.body());
    }
}
