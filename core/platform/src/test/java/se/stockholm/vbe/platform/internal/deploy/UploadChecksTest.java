package se.stockholm.vbe.platform.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;
import se.stockholm.vbe.platform.internal.trust.BundleContent;

class UploadChecksTest {

    private final UploadLimits limits = new UploadLimits(1024 * 1024, 10, 10L * 1024 * 1024, 100,
            Duration.ofSeconds(1));

    @Test
    void importClausesAreSplitOnCommasOutsideQuotesAndSharedAttributesKeepEveryName() {
        assertEquals(List.of("se.stockholm.vbe.api.plan", "se.stockholm.vbe.spi", "java.util"),
                ImportCheck.packages("se.stockholm.vbe.api.plan;se.stockholm.vbe.spi;version=\"[1.0,2)\",java.util"));
    }

    @Test
    void onlyTheApiTheSpiTheOsgiAnnotationsAndTheJdkMayBeImported() {
        assertTrue(ImportCheck.allowed("se.stockholm.vbe.api.committee"));
        assertTrue(ImportCheck.allowed("org.osgi.service.component.annotations"));
        assertTrue(ImportCheck.allowed("java.lang"));
        assertFalse(ImportCheck.allowed("se.stockholm.vbe.apix"));
        assertFalse(ImportCheck.allowed("se.stockholm.vbe.platform.internal.db"));
        assertFalse(ImportCheck.allowed("org.osgi.framework"));
    }

    @Test
    void aZipBombIsStoppedAtTheRatioLimitWhileStreaming() throws IOException {
        CheckFailed failed = assertThrows(CheckFailed.class,
                () -> new ZipLimitCheck(limits).check(zip(5 * 1024 * 1024), "the JAR"));
        assertEquals(Reason.INVALID, failed.reason());
        assertTrue(failed.getMessage().contains("maxRatio"), failed.getMessage());
    }

    @Test
    void anUploadedDescriptorIsReadAsTheExtenderReadsItNamingTheField() {
        String descriptor = """
                {"id": "norrmalm", "name": "Norrmalms stadsdelsnämnd", "kind": "DISTRICT",
                 "catalogue": [{"id": "vandring", "title": "Trygghetsvandring", "area": "PREVENTIVE",
                   "responsible": ["Samordnaren"], "schedule": {"kind": "TERTIAL", "tertial": 4},
                   "followUpIn": ["T1"]}]}""";
        BundleContent content = new BundleContent(Map.of("VBE-INF/committee.json",
                descriptor.getBytes(StandardCharsets.UTF_8)));

        CheckFailed failed = assertThrows(CheckFailed.class, () -> DescriptorCheck.check(content, "norrmalm"));

        assertEquals(Reason.INVALID, failed.reason());
        assertEquals("VBE-INF/committee.json is refused: catalogue[0].schedule: tertial must be 1, 2 or 3 (was 4)",
                failed.getMessage());
    }

    @Test
    void anUnknownMediaTypeIsUnsupported() {
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, assertThrows(CheckFailed.class,
                () -> ArchiveKind.of("text/plain")).reason());
    }

    private static byte[] zip(int zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros"));
            zip.write(new byte[zeros]);
        }
        return bytes.toByteArray();
    }
}
