package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.jar.Manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import se.stockholm.vbe.json.CommitteeDescriptor;
import se.stockholm.vbe.spi.Committee;

/**
 * The checks a committee module's unit test runs on its {@value CommitteeDescriptor#RESOURCE}: valid against the
 * published schema ({@code se/stockholm/vbe/spi/committee.schema.json} in the API), read the way the platform reads
 * it, its id the one the bundle's manifest declares, and the {@link CommitteeContract} kept.
 */
public final class DescriptorContract {

    /** The schema committee bundles are written against, from the API jar the platform ships. */
    public static final String SCHEMA = "committee.schema.json";
    private static final String HEADER = "VBE-Committee";
    private static final ObjectMapper TREE = new ObjectMapper();

    private DescriptorContract() {
    }

    /**
     * Verifies the descriptor on the test class path against the manifest bnd wrote beside it (or, without one,
     * the system property {@code vbe.committee.id}) and returns its committee, for the module's own assertions.
     */
    public static Committee verify() {
        URL descriptor = Thread.currentThread().getContextClassLoader().getResource(CommitteeDescriptor.RESOURCE);
        assertNotNull(descriptor, "no " + CommitteeDescriptor.RESOURCE + " on the class path (src/main/resources)");
        return verify(descriptor, declaredId(descriptor));
    }

    /** Verifies the descriptor at {@code descriptor}, whose bundle declares {@code committeeId}; returns its committee. */
    public static Committee verify(URL descriptor, String committeeId) {
        List<Error> errors = validate(descriptor);
        assertTrue(errors.isEmpty(), () -> descriptor + " does not match " + SCHEMA + ":\n  "
                + String.join("\n  ", errors.stream().map(Error::toString).toList()));
        CommitteeDescriptor read;
        try (InputStream in = descriptor.openStream()) {
            read = CommitteeDescriptor.read(in);
        } catch (IOException | IllegalArgumentException e) {
            return fail(descriptor + " is refused as the platform would refuse it: " + e.getMessage(), e);
        }
        assertEquals(committeeId, read.id(), CommitteeDescriptor.RESOURCE + ": id must be the committee the bundle "
                + "declares (" + HEADER + ", from vbe.committee.id)");
        Committee committee;
        try {
            committee = read.committee(path -> beside(descriptor, path));
        } catch (IllegalArgumentException e) {
            return fail(CommitteeDescriptor.RESOURCE + ": " + e.getMessage(), e);
        }
        CommitteeContract.verify(committee);
        return committee;
    }

    /** What the published schema says about the document at {@code descriptor}; empty when it is valid. */
    public static List<Error> validate(URL descriptor) {
        try (InputStream schemaIn = Committee.class.getResourceAsStream(SCHEMA);
                InputStream in = descriptor.openStream()) {
            assertNotNull(schemaIn, SCHEMA + " is missing from the API jar");
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaIn);
            JsonNode document = TREE.readTree(in);
            return schema.validate(document);
        } catch (IOException e) {
            return fail(descriptor + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String declaredId(URL descriptor) {
        URL manifest = beside(descriptor, "META-INF/MANIFEST.MF");
        if (manifest != null) {
            try (InputStream in = manifest.openStream()) {
                String declared = new Manifest(in).getMainAttributes().getValue(HEADER);
                if (declared != null) {
                    return declared.strip();
                }
            } catch (IOException e) {
                return fail(manifest + " cannot be read: " + e.getMessage(), e);
            }
        }
        String property = System.getProperty("vbe.committee.id");
        assertNotNull(property, "the bundle declares no committee: no " + HEADER + " in " + manifest
                + " and no system property vbe.committee.id");
        return property;
    }

    /** The resource at {@code path} in the same class path root as the descriptor, or null. */
    private static URL beside(URL descriptor, String path) {
        String url = descriptor.toExternalForm();
        try {
            URL found = new URL(url.substring(0, url.length() - CommitteeDescriptor.RESOURCE.length()) + path);
            try (InputStream probe = found.openStream()) {
                return found;
            }
        } catch (MalformedURLException e) {
            return null;
        } catch (IOException missing) {
            return null;
        }
    }
}
