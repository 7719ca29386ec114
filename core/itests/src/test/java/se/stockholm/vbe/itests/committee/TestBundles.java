package se.stockholm.vbe.itests.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds committee bundles and KARs at test time, as district IT would build them: a manifest that
 * imports the API only, a DS component, and {@link TestCommittee} (or a {@link TestRule}).
 */
public final class TestBundles {

    private static final String API_IMPORTS = "org.osgi.framework;version=\"[1.8,2)\","
            + "se.stockholm.vbe.api.committee;version=\"[1.0,2)\",se.stockholm.vbe.api.plan;version=\"[1.0,2)\","
            + "se.stockholm.vbe.spi;version=\"[1.0,2)\"";
    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" activate="activate" immediate="%s">
              <implementation class="%s"/>
              <service><provide interface="%s"/></service>
            </scr:component>
            """;

    private final Map<String, String> headers = new LinkedHashMap<>();
    private Class<?> component = TestCommittee.class;
    private String service = "se.stockholm.vbe.spi.Committee";
    private boolean immediate;

    private TestBundles(String symbolicName, String version, String committeeId) {
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", version);
        headers.put("Import-Package", API_IMPORTS);
        headers.put("Service-Component", "OSGI-INF/committee.xml");
        headers.put("VBE-Committee", committeeId);
        headers.put("VBE-Test-Name", "Test " + committeeId);
        headers.put("VBE-Test-Templates", "mall-a,mall-b");
    }

    /** A committee bundle with the id, in the version, named {@code se.stockholm.vbe.test.<id>}. */
    public static TestBundles committee(String committeeId, String version) {
        return new TestBundles("se.stockholm.vbe.test." + committeeId.toLowerCase().replaceAll("[^a-z0-9]", "."),
                version, committeeId);
    }

    /** A bundle with one misbehaving grant rule ({@code throw} or {@code hang}) for the committee. */
    public static TestBundles rule(String ruleId, String committeeId, String behaviour) {
        TestBundles bundle = new TestBundles("se.stockholm.vbe.test.rule." + behaviour, "1.0.0", committeeId);
        bundle.component = TestRule.class;
        bundle.service = "se.stockholm.vbe.spi.GrantRule";
        bundle.headers.put("Import-Package", API_IMPORTS + ",se.stockholm.vbe.api.grant;version=\"[1.0,2)\"");
        bundle.headers.remove("VBE-Committee");
        bundle.headers.put("VBE-Test-Rule-Committee", committeeId);
        bundle.headers.remove("VBE-Test-Name");
        bundle.headers.remove("VBE-Test-Templates");
        bundle.headers.put("VBE-Test-Rule-Id", ruleId);
        bundle.headers.put("VBE-Test-Rule-Behaviour", behaviour);
        return bundle;
    }

    public TestBundles header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /**
     * The bundle's one component class instead of {@link TestCommittee}, providing the service, and activated as
     * soon as the bundle starts (DS immediate), whether or not the platform ever uses the service.
     */
    public TestBundles implementation(Class<?> type, String serviceInterface) {
        component = type;
        service = serviceInterface;
        immediate = true;
        return this;
    }

    public TestBundles templates(String commaSeparated) {
        return header("VBE-Test-Templates", commaSeparated);
    }

    public String symbolicName() {
        return headers.get("Bundle-SymbolicName");
    }

    public byte[] jar() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            String className = component.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(className));
            try (InputStream in = component.getClassLoader().getResourceAsStream(className)) {
                in.transferTo(jar);
            }
            jar.putNextEntry(new JarEntry("OSGI-INF/committee.xml"));
            jar.write(COMPONENT.formatted(symbolicName(), immediate, component.getName(), service)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A KAR holding this bundle and a features repository with its committee feature. */
    public byte[] kar(String featureName) {
        String artifact = symbolicName();
        String version = headers.get("Bundle-Version");
        String bundlePath = "se/stockholm/vbe/test/" + artifact + "/" + version + "/" + artifact + "-" + version
                + ".jar";
        String features = """
                <?xml version="1.0" encoding="UTF-8"?>
                <features name="%1$s-repo" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="%1$s" version="%2$s">
                    <bundle>mvn:se.stockholm.vbe.test/%3$s/%2$s</bundle>
                  </feature>
                </features>
                """.formatted(featureName, version, artifact);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream kar = new ZipOutputStream(bytes)) {
            kar.putNextEntry(new ZipEntry("repository/" + bundlePath));
            kar.write(jar());
            kar.putNextEntry(new ZipEntry("repository/se/stockholm/vbe/test/" + featureName + "/" + version + "/"
                    + featureName + "-" + version + "-features.xml"));
            kar.write(features.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
