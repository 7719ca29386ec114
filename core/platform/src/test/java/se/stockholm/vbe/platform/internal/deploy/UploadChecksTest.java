package se.stockholm.vbe.platform.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;
import se.stockholm.vbe.platform.internal.committee.CatalogueLimits;
import se.stockholm.vbe.platform.internal.committee.CommitteeValidator;
import se.stockholm.vbe.platform.internal.trust.BundleContent;
import se.stockholm.vbe.platform.internal.trust.CommitteeHeaders;

class UploadChecksTest {

    private static final String MANIFEST = BundleContent.MANIFEST;
    private static final String DECOY = "META-INF/MANIFEST.XX";

    private final CommitteeValidator validator = new CommitteeValidator(new CatalogueLimits(500));

    @TempDir
    Path temporary;

    private final UploadLimits limits = new UploadLimits(1024 * 1024, 10, 10L * 1024 * 1024, 100,
            Duration.ofSeconds(1));

    @Test
    void importClausesAreSplitOnCommasOutsideQuotesAndSharedAttributesKeepEveryName() {
        assertEquals(List.of("se.stockholm.vbe.api.plan", "se.stockholm.vbe.spi", "java.util"),
                CommitteeHeaders.packages("se.stockholm.vbe.api.plan;se.stockholm.vbe.spi;version=\"[1.0,2)\",java.util"));
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
                () -> new ZipLimitCheck(limits, temporary).check(zip(5 * 1024 * 1024), "the JAR"));
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

        CheckFailed failed = assertThrows(CheckFailed.class, () -> DescriptorCheck.check(content, "norrmalm", validator));

        assertEquals(Reason.INVALID, failed.reason());
        assertEquals("VBE-INF/committee.json is refused: catalogue[0].schedule: tertial must be 1, 2 or 3 (was 4)",
                failed.getMessage());
    }

    @Test
    void aJarWhoseCentralDirectoryNamesAnotherManifestThanItsLocalHeaderIsRefusedAtTheZipCheck() throws Exception {
        byte[] clean = "Manifest-Version: 1.0\nVBE-Committee: norrmalm\n".getBytes(StandardCharsets.UTF_8);
        byte[] evil = "Manifest-Version: 1.0\nBundle-Activator: x.Evil\n".getBytes(StandardCharsets.UTF_8);
        byte[] jar = swapInCentralDirectory(zip(Map.of(MANIFEST, clean, DECOY, evil)), MANIFEST, DECOY);
        try (ZipInputStream local = new ZipInputStream(new ByteArrayInputStream(jar))) {
            assertEquals(MANIFEST, local.getNextEntry().getName(), "the local headers show the clean manifest first");
        }

        CheckFailed failed = assertThrows(CheckFailed.class,
                () -> new ZipLimitCheck(limits, temporary).check(jar, "the JAR"));

        assertEquals(Reason.INVALID, failed.reason());
        assertTrue(failed.getMessage().startsWith("the JAR's central directory and its local entry headers disagree"),
                failed.getMessage());
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(0, left.count(), "the temporary copy is deleted");
        }
    }

    @Test
    void aJarIsReadThroughItsCentralDirectoryAsTheFrameworkReadsIt() throws Exception {
        byte[] manifest = "Manifest-Version: 1.0\nVBE-Committee: norrmalm\n".getBytes(StandardCharsets.UTF_8);
        ZipLimitCheck.Read read = new ZipLimitCheck(limits, temporary).check(zip(Map.of(MANIFEST, manifest)),
                "the JAR");
        assertEquals("norrmalm", UploadedJar.of(new byte[0], read.entries()).header("VBE-Committee"));
    }

    @Test
    void exportsAndCapabilitiesOtherThanDsServicesAreRefusedAtTheImportsCheck() {
        assertEquals(Reason.INVALID, assertThrows(CheckFailed.class, () -> ImportCheck.check(
                jar("Export-Package: se.stockholm.vbe.spi;version=2.9\n"))).reason());
        CheckFailed capability = assertThrows(CheckFailed.class, () -> ImportCheck.check(
                jar("Provide-Capability: osgi.wiring.package;osgi.wiring.package=se.stockholm.vbe.spi\n")));
        assertTrue(capability.getMessage().contains("provides the capability osgi.wiring.package"),
                capability.getMessage());
    }

    @Test
    void whatBndWritesForADsCommitteeWithRulesPassesTheImportsCheck() throws CheckFailed {
        assertEquals("imports java.lang, se.stockholm.vbe.spi", ImportCheck.check(jar("""
                Import-Package: java.lang,se.stockholm.vbe.spi;version="[2.0,3)"
                Provide-Capability: osgi.service;objectClass:List<String>="se.stockholm.
                 vbe.spi.Committee";uses:="se.stockholm.vbe.spi",osgi.service;objectClas
                 s:List<String>="se.stockholm.vbe.spi.GrantRule";uses:="se.stockholm.vbe.spi"
                Require-Capability: osgi.extender;filter:="(&(osgi.extender=osgi.compone
                 nt)(version>=1.5.0)(!(version>=2.0.0)))",osgi.ee;filter:="(&(osgi.ee=Ja
                 vaSE)(version=17))"
                """)));
    }

    @Test
    void aDryRunRefusesADescriptorWithAPersonalIdentityNumberInATemplateNamingTheField() {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> DescriptorCheck.check(descriptor(
                template("vandring", "Trygghetsvandring med 19121212-1212")), "norrmalm", validator));

        assertEquals("VBE-INF/committee.json is refused: catalogue[0].title: personal identity numbers are not allowed",
                failed.getMessage());
    }

    @Test
    void aDryRunRefusesADescriptorWithATemplateIdTwiceNamingTheField() {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> DescriptorCheck.check(descriptor(
                template("vandring", "Trygghetsvandring") + "," + template("vandring", "Vandring igen")), "norrmalm",
                validator));

        assertEquals("VBE-INF/committee.json is refused: catalogue[1].id: the catalogue has the template id vandring "
                + "twice", failed.getMessage());
    }

    @Test
    void aDryRunRefusesMoreTemplatesThanTheCatalogueLimitsAllow() {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> DescriptorCheck.check(descriptor(
                template("mall-a", "A") + "," + template("mall-b", "B")), "norrmalm",
                new CommitteeValidator(new CatalogueLimits(1))));

        assertTrue(failed.getMessage().contains("more than the 1 allowed (maxTemplates"), failed.getMessage());
    }

    @Test
    void aDryRunRefusesAShippedPlanThatIsNoPlan() {
        String json = """
                {"id": "norrmalm", "name": "Norrmalms stadsdelsnämnd", "kind": "DISTRICT", "catalogue": [%s],
                 "shippedPlans": [{"year": 2024, "status": "ADOPTED", "document": "VBE-INF/plans/2024.json"}]}"""
                .formatted(template("vandring", "Trygghetsvandring"));
        BundleContent content = new BundleContent(Map.of("VBE-INF/committee.json",
                json.getBytes(StandardCharsets.UTF_8), "VBE-INF/plans/2024.json",
                "{\"nonsense\": true}".getBytes(StandardCharsets.UTF_8)));

        CheckFailed failed = assertThrows(CheckFailed.class, () -> DescriptorCheck.check(content, "norrmalm",
                validator));

        assertTrue(failed.getMessage().startsWith("VBE-INF/committee.json is refused: shippedPlans[0]: "),
                failed.getMessage());
    }

    @Test
    void anUnknownMediaTypeIsUnsupported() {
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, assertThrows(CheckFailed.class,
                () -> ArchiveKind.of("text/plain")).reason());
    }

    private static BundleContent descriptor(String templates) {
        String json = """
                {"id": "norrmalm", "name": "Norrmalms stadsdelsnämnd", "kind": "DISTRICT", "catalogue": [%s]}"""
                .formatted(templates);
        return new BundleContent(Map.of("VBE-INF/committee.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String template(String id, String title) {
        return """
                {"id": "%s", "title": "%s", "area": "PREVENTIVE", "responsible": ["Samordnaren"],
                 "schedule": {"kind": "TERTIAL", "tertial": 2}, "followUpIn": ["T2"]}""".formatted(id, title);
    }

    private static UploadedJar jar(String headers) throws CheckFailed {
        String manifest = "Manifest-Version: 1.0\nBundle-SymbolicName: se.stockholm.vbe.committee.norrmalm\n"
                + headers;
        return UploadedJar.of(new byte[0], Map.of(BundleContent.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** The two names (of one length) swapped in the central directory only, past the last local header. */
    private static byte[] swapInCentralDirectory(byte[] zip, String first, String second) {
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        int central = text.indexOf("PK\u0001\u0002");
        int atFirst = text.indexOf(first, central);
        int atSecond = text.indexOf(second, central);
        byte[] swapped = zip.clone();
        System.arraycopy(second.getBytes(StandardCharsets.ISO_8859_1), 0, swapped, atFirst, second.length());
        System.arraycopy(first.getBytes(StandardCharsets.ISO_8859_1), 0, swapped, atSecond, first.length());
        return swapped;
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
