package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    @Test
    void gzipIsAcceptedWhenNamedWithAWeightAboveZero() {
        assertTrue(AcceptEncoding.allowsGzip("gzip"));
        assertTrue(AcceptEncoding.allowsGzip("gzip, deflate, br"));
        assertTrue(AcceptEncoding.allowsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(AcceptEncoding.allowsGzip("x-gzip"));
        assertTrue(AcceptEncoding.allowsGzip("gzip;q=1.000"));
    }

    @Test
    void aStarAcceptsGzipUnlessGzipIsNamedWithWeightZero() {
        assertTrue(AcceptEncoding.allowsGzip("*"));
        assertFalse(AcceptEncoding.allowsGzip("*, gzip;q=0"));
        assertFalse(AcceptEncoding.allowsGzip("*;q=0"));
    }

    @Test
    void noHeaderIdentityOnlyAndUnreadableWeightsMeanIdentity() {
        assertFalse(AcceptEncoding.allowsGzip(null));
        assertFalse(AcceptEncoding.allowsGzip(""));
        assertFalse(AcceptEncoding.allowsGzip("identity"));
        assertFalse(AcceptEncoding.allowsGzip("deflate, br"));
        assertFalse(AcceptEncoding.allowsGzip("gzip;q=0"));
        assertFalse(AcceptEncoding.allowsGzip("gzip;q=0.000"));
        assertFalse(AcceptEncoding.allowsGzip("gzip;q=abc"));
        assertFalse(AcceptEncoding.allowsGzip("gzip;q="));
        assertFalse(AcceptEncoding.allowsGzip("gzip;q=5"), "not a quality value (RFC 9110 12.4.2)");
        assertFalse(AcceptEncoding.allowsGzip("gzip;q=1e0"));
    }
}
