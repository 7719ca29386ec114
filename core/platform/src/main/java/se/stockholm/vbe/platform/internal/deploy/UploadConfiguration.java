package se.stockholm.vbe.platform.internal.deploy;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits on committee bundles uploaded over the API (PID {@code se.stockholm.vbe.upload}). */
@ObjectClassDefinition(name = "VBE committee bundle upload",
        description = "Limits on a committee bundle (JAR or KAR) uploaded to PUT /api/admin/committees/{id}/bundle.")
@interface UploadConfiguration {

    @AttributeDefinition(description = "Largest upload accepted, in bytes (413 above).")
    long maxBytes() default 20L * 1024 * 1024;

    @AttributeDefinition(description = "Most entries an uploaded archive (and the jar in a KAR) may have.")
    int maxEntries() default 10_000;

    @AttributeDefinition(description = "Largest total uncompressed size of an uploaded archive, in bytes.")
    long maxUncompressedBytes() default 100L * 1024 * 1024;

    @AttributeDefinition(description = "Largest ratio of uncompressed to compressed size of an uploaded archive.")
    int maxRatio() default 100;

    @AttributeDefinition(description = "Seconds an install waits for the committee to come online before it "
            + "rolls back.")
    int onlineTimeoutSeconds() default 20;
}
