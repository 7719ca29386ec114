package se.stockholm.vbe.platform.internal.deploy;

import java.util.List;
import java.util.function.UnaryOperator;

import se.stockholm.vbe.platform.internal.trust.CommitteeHeaders;

/**
 * The imports check: the manifest declares only what a committee bundle may ({@link CommitteeHeaders}: no exports,
 * no fragment host, no dynamic imports or required bundles, only DS capabilities), and it imports the platform's API
 * and SPI, the OSGi annotations and the JDK ({@code java.*}, which bnd 7 lists for Java 17 bundles and the system
 * bundle provides), nothing else: no platform internals and no libraries.
 */
final class ImportCheck {

    private static final List<String> ALLOWED_FAMILIES = List.of("se.stockholm.vbe.api", "se.stockholm.vbe.spi",
            "org.osgi.annotation", "java");
    private static final List<String> ALLOWED_PACKAGES = List.of("org.osgi.service.component.annotations");

    private ImportCheck() {
    }

    static String check(UploadedJar jar) throws CheckFailed {
        String refusal = refusal(jar::header);
        if (refusal != null) {
            throw CheckFailed.invalid("the bundle " + refusal);
        }
        List<String> imports = CommitteeHeaders.packages(jar.header("Import-Package"));
        return imports.isEmpty() ? "imports nothing" : "imports " + String.join(", ", imports);
    }

    /** Why a bundle with these headers may not be uploaded (a phrase after "it"), or null. */
    static String refusal(UnaryOperator<String> header) {
        String declared = CommitteeHeaders.refusal(header);
        if (declared != null) {
            return declared;
        }
        List<String> refused = CommitteeHeaders.packages(header.apply("Import-Package")).stream()
                .filter(name -> !allowed(name)).toList();
        return refused.isEmpty() ? null : "imports " + String.join(", ", refused) + "; a committee bundle may "
                + "import only se.stockholm.vbe.api*, se.stockholm.vbe.spi*, org.osgi.annotation*, "
                + "org.osgi.service.component.annotations and java.*";
    }

    static boolean allowed(String name) {
        return ALLOWED_PACKAGES.contains(name) || ALLOWED_FAMILIES.stream()
                .anyMatch(family -> name.equals(family) || name.startsWith(family + "."));
    }
}
