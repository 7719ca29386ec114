package se.stockholm.vbe.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebAssetsTest {

    private final WebAssets assets = new WebAssets(WebAssetsTest.class::getResource);

    @Test
    void theRootAndEveryPageOfTheApplicationAreTheOneIndexPage() {
        WebAsset index = assets.find("/").orElseThrow();
        assertEquals("text/html; charset=utf-8", index.contentType());
        assertTrue(new String(index.content(), StandardCharsets.UTF_8).contains("lang=\"sv\""));
        assertEquals(index, assets.find("/namnd/alvsjo/2019").orElseThrow());
        assertEquals(index, assets.find("/samordnare/").orElseThrow());
        assertEquals(index, assets.find(null).orElseThrow());
    }

    @Test
    void filesAreServedWithTheirMediaTypeAndAnETagOfTheirContent() {
        WebAsset script = assets.find("/js/main.js").orElseThrow();
        WebAsset style = assets.find("/css/app.css").orElseThrow();
        assertEquals("text/javascript; charset=utf-8", script.contentType());
        assertEquals("text/css; charset=utf-8", style.contentType());
        assertTrue(script.etag().matches("\"[0-9a-f]{24}\""), script.etag());
        assertNotEquals(script.etag(), style.etag());
    }

    @Test
    void nothingOutsideTheApplicationAndNoUnknownKindOfFileIsServed() {
        assertTrue(assets.find("/js/none.js").isEmpty());
        assertTrue(assets.find("/../OSGI-INF/x.xml").isEmpty());
        assertTrue(assets.find("/js/%2e%2e/x.js").isEmpty());
        assertTrue(assets.find("/.hidden.js").isEmpty());
        assertTrue(assets.find("/js\\main.js").isEmpty());
        assertTrue(assets.find("/META-INF/MANIFEST.MF").isEmpty());
        assertTrue(assets.find("/index.class").isEmpty());
    }

    @Test
    void theApisPathsAreNeverAPageEvenWhileTheApiIsAway() {
        assertTrue(assets.find("/api").isEmpty());
        assertTrue(assets.find("/api/committees").isEmpty());
        assertTrue(assets.find("/api/").isEmpty());
    }
}
