package se.stockholm.vbe.api.grant;

import java.time.Instant;

/**
 * A reclaim (återkrav): violent extremism was established after the grant or rental.
 */
public record Reclaim(String reason, String decisionReference, Instant recordedAt, String recordedBy) {
}
