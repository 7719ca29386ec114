package se.stockholm.vbe.itests.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds committee bundles and KARs at test time, as district IT would build them: a manifest that
 * imports the API only, DS components, {@link TestCommittee} and any number of {@link TestRule}s.
 */
public final class TestBundles {

    private static final String API_IMPORTS = "org.osgi.framework;version=\"[1.8,2)\","
            + "se.stockholm.vbe.api.committee;version=\"[1.0,2)\",se.stockholm.vbe.api.plan;version=\"[1.0,2)\","
            + "se.stockholm.vbe.spi;version=\"[2.0,3)\",se.stockholm.vbe.api.grant;version=\"[1.0,2)\"";
    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" activate="activate" immediate="%s">
              <implementation class="%s"/>
              <service><provide interface="%s"/></service>
            %s</scr:component>
            """;

    /** One DS component of the bundle: its class, the service it provides, its properties, and whether DS
     * creates it as soon as the bundle starts. */
    private record Component(Class<?> type, String service, Map<String, String> properties, boolean immediate) {
    }

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<Component> components = new ArrayList<>(List.of(
            new Component(TestCommittee.class, "se.stockholm.vbe.spi.Committee", Map.of(), false)));

    private TestBundles(String symbolicName, String version, String committeeId) {
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", version);
        headers.put("Import-Package", API_IMPORTS);
        headers.put("VBE-Committee", committeeId);
        headers.put("VBE-Test-Name", "Test " + committeeId);
        headers.put("VBE-Test-Templates", "mall-a,mall-b");
    }

    /** A committee bundle with the id, in the version, named {@code se.stockholm.vbe.test.<id>}. */
    public static TestBundles committee(String committeeId, String version) {
        return new TestBundles("se.stockholm.vbe.test." + committeeId.toLowerCase().replaceAll("[^a-z0-9]", "."),
                version, committeeId);
    }

    /**
     * Adds a grant rule for the bundle's own committee that behaves as {@link TestRule} says: {@code pass},
     * {@code throw} or {@code hang}.
     */
    public TestBundles rule(String ruleId, String behaviour) {
        return rule(ruleId, behaviour, headers.get("VBE-Committee"));
    }

    /** Adds a grant rule that says it is for {@code committeeId}, whichever committee the bundle declares. */
    public TestBundles rule(String ruleId, String behaviour, String committeeId) {
        components.add(new Component(TestRule.class, "se.stockholm.vbe.spi.GrantRule",
                Map.of("ruleId", ruleId, "behaviour", behaviour, "committeeId", committeeId), false));
        return this;
    }

    /**
     * Makes the bundle's one component {@code type} providing {@code serviceInterface}, created as soon as the
     * bundle starts (DS immediate), whether or not the platform ever uses the service.
     */
    public TestBundles implementation(Class<?> type, String serviceInterface) {
        components.clear();
        components.add(new Component(type, serviceInterface, Map.of(), true));
        return this;
    }

    /**
     * Makes the bundle one that may be uploaded: it imports the API alone, and its committee is
     * {@link UploadedCommittee} with the id, name and templates set so far.
     */
    public TestBundles uploadable() {
        headers.put("Import-Package", "se.stockholm.vbe.api.committee;version=\"[1.0,2)\","
                + "se.stockholm.vbe.api.plan;version=\"[1.0,2)\",se.stockholm.vbe.spi;version=\"[2.0,3)\"");
        components.clear();
        components.add(new Component(UploadedCommittee.class, "se.stockholm.vbe.spi.Committee",
                Map.of("committeeId", headers.get("VBE-Committee"), "name", headers.get("VBE-Test-Name"),
                        "templates", headers.get("VBE-Test-Templates")), false));
        return this;
    }

    /** Leaves the committee service out: a bundle of rules alone. */
    public TestBundles withoutCommittee() {
        components.removeIf(component -> component.type() == TestCommittee.class);
        return this;
    }

    /** Adds a resource (a file in the jar) with the text. */
    public TestBundles resource(String path, String text) {
        resources.put(path, text);
        return this;
    }

    /**
     * Makes the bundle a committee described by data alone: {@code VBE-INF/committee.json} with the text, no class,
     * no component and no import.
     */
    public TestBundles describedBy(String descriptor) {
        components.clear();
        headers.remove("Import-Package");
        return resource("VBE-INF/committee.json", descriptor);
    }

    public TestBundles header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
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
        List<String> descriptors = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            descriptors.add("OSGI-INF/component-" + i + ".xml");
        }
        if (!descriptors.isEmpty()) {
            manifest.getMainAttributes().putValue("Service-Component", String.join(",", descriptors));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            Set<Class<?>> classes = new LinkedHashSet<>();
            components.forEach(component -> classes.add(component.type()));
            if (!classes.isEmpty()) {
                classes.add(CatalogueCommittee.class); // what the test committees share
                classes.add(TestCatalogue.class); // their catalogues
            }
            for (Class<?> type : classes) {
                String className = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(className));
                try (InputStream in = type.getClassLoader().getResourceAsStream(className)) {
                    in.transferTo(jar);
                }
            }
            for (int i = 0; i < components.size(); i++) {
                Component component = components.get(i);
                StringBuilder properties = new StringBuilder();
                component.properties().forEach((name, value) -> properties.append("  <property name=\"")
                        .append(name).append("\" value=\"").append(value).append("\"/>\n"));
                jar.putNextEntry(new JarEntry(descriptors.get(i)));
                jar.write(COMPONENT.formatted(symbolicName() + "." + i, component.immediate(),
                        component.type().getName(), component.service(), properties).getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                jar.putNextEntry(new JarEntry(resource.getKey()));
                jar.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
            }
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
