package se.stockholm.vbe.platform.internal.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The imports check: a committee bundle imports the platform's API and SPI, the OSGi annotations and the JDK
 * ({@code java.*}, which bnd 7 lists for Java 17 bundles and the system bundle provides), nothing else: no
 * platform internals, no libraries, no dynamic imports and no required bundles.
 */
final class ImportCheck {

    private static final List<String> ALLOWED_FAMILIES = List.of("se.stockholm.vbe.api", "se.stockholm.vbe.spi",
            "org.osgi.annotation", "java");
    private static final List<String> ALLOWED_PACKAGES = List.of("org.osgi.service.component.annotations");

    private ImportCheck() {
    }

    static String check(UploadedJar jar) throws CheckFailed {
        for (String header : List.of("DynamicImport-Package", "Require-Bundle")) {
            if (jar.header(header) != null) {
                throw CheckFailed.invalid("the manifest has " + header + ": " + jar.header(header)
                        + "; a committee bundle imports packages by name only");
            }
        }
        List<String> imports = packages(jar.header("Import-Package"));
        List<String> refused = imports.stream().filter(name -> !allowed(name)).toList();
        if (!refused.isEmpty()) {
            throw CheckFailed.invalid("the bundle imports " + String.join(", ", refused) + "; a committee bundle may "
                    + "import only se.stockholm.vbe.api*, se.stockholm.vbe.spi*, org.osgi.annotation* and "
                    + "org.osgi.service.component.annotations");
        }
        return imports.isEmpty() ? "imports nothing" : "imports " + String.join(", ", imports);
    }

    static boolean allowed(String name) {
        return ALLOWED_PACKAGES.contains(name) || ALLOWED_FAMILIES.stream()
                .anyMatch(family -> name.equals(family) || name.startsWith(family + "."));
    }

    /** The package names of an Import-Package header: clauses split on commas outside quotes, names before ';'. */
    static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                for (String part : clause.toString().split(";")) {
                    String name = part.strip();
                    if (!name.isEmpty() && !name.contains("=")) {
                        names.add(name);
                    }
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
