package se.stockholm.vbe.platform.internal.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The manifest headers a committee bundle may declare, allow-listed: what it offers other bundles and how it wires
 * to them. A committee bundle exports nothing (another committee's install would wire to its classes), attaches to
 * nothing, imports by package name only, provides only DS services ({@code osgi.service}, which bnd writes for each
 * component) and requires only extenders, services and the execution environment. One rule for the upload's checks,
 * the trust gate and the headers the framework read from an installed upload.
 */
public final class CommitteeHeaders {

    private static final List<String> ABSENT = List.of("Export-Package", "Fragment-Host", "DynamicImport-Package",
            "Require-Bundle");
    private static final Set<String> PROVIDED = Set.of("osgi.service");
    private static final Set<String> REQUIRED = Set.of("osgi.extender", "osgi.service", "osgi.ee");

    private CommitteeHeaders() {
    }

    /**
     * Why a bundle with these headers may not be a committee bundle (a phrase after "it"), or null.
     *
     * @param header a header's value by its name, null if absent
     */
    public static String refusal(UnaryOperator<String> header) {
        for (String name : ABSENT) {
            String value = header.apply(name);
            if (value != null && !value.isBlank()) {
                return "has " + name + ": " + value.strip() + "; a committee bundle exports nothing, attaches to "
                        + "nothing and imports packages by name only";
            }
        }
        String provided = outside(header.apply("Provide-Capability"), PROVIDED);
        if (provided != null) {
            return "provides the capability " + provided + "; a committee bundle provides only osgi.service";
        }
        String required = outside(header.apply("Require-Capability"), REQUIRED);
        if (required != null) {
            return "requires the capability " + required + "; a committee bundle requires only osgi.extender, "
                    + "osgi.service and osgi.ee";
        }
        return null;
    }

    /** The first clause's namespace not in {@code allowed}, or null. */
    private static String outside(String header, Set<String> allowed) {
        for (List<String> clause : clauses(header)) {
            if (!allowed.contains(clause.get(0))) {
                return clause.get(0);
            }
        }
        return null;
    }

    /** The package names of an Import-Package header (every name before the attributes of each clause). */
    public static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        for (List<String> clause : clauses(header)) {
            clause.stream().filter(part -> !part.contains("=")).forEach(names::add);
        }
        return names;
    }

    /** The clauses of a header (split on commas outside quotes), each as its parts (split on semicolons). */
    static List<List<String>> clauses(String header) {
        List<List<String>> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        boolean quoted = false;
        List<String> clause = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == ',' || c == ';') && !quoted) {
                if (!part.toString().isBlank()) {
                    clause.add(part.toString().strip());
                }
                part.setLength(0);
                if (c == ',' && !clause.isEmpty()) {
                    clauses.add(List.copyOf(clause));
                    clause.clear();
                }
            } else {
                part.append(c);
            }
        }
        return clauses;
    }
}
