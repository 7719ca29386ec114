package se.stockholm.vbe.platform.internal.health;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.security.PasswordHash;

/**
 * Reports when the API can be reached from other machines (pax-web listens on a non-loopback address)
 * while a user in {@code etc/users.properties} still has the demo password the README publishes. Checking
 * a password costs a PBKDF2 hash, so each stored value is checked once and the file is read again only
 * when it changes.
 */
@Component(service = DemoPasswordCheck.class)
public final class DemoPasswordCheck {

    /** The demo users and passwords of the README and the default distribution. */
    static final Map<String, String> DEMO_PASSWORDS = demoPasswords();

    static final String PAX_WEB_PID = "org.ops4j.pax.web";
    /** pax-web 8 binds to these (comma-separated); it ignores {@code org.osgi.service.http.host}. */
    static final String LISTENING_ADDRESSES = "org.ops4j.pax.web.listening.addresses";
    private static final String PAX_WEB_DEFAULT = "0.0.0.0";
    private static final String MARKER = PasswordHash.MARKER;
    private static final Logger LOG = LoggerFactory.getLogger(DemoPasswordCheck.class);

    /** What the users file said when it was last read. */
    private record Reading(FileTime modified, long size, List<String> demoUsers) {
    }

    private final ConfigurationAdmin configurations;
    private final BundleContext context;
    private final Path usersFile;
    /** user NUL stored value → whether it is the demo password; few entries (the demo users' values). */
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
    private volatile Reading last;

    @Activate
    public DemoPasswordCheck(@Reference ConfigurationAdmin configurations, BundleContext context) {
        this(configurations, context, Path.of(System.getProperty("karaf.etc", "etc"), "users.properties"));
    }

    DemoPasswordCheck(ConfigurationAdmin configurations, BundleContext context, Path usersFile) {
        this.configurations = configurations;
        this.context = context;
        this.usersFile = usersFile;
    }

    /** One DEGRADED problem while both hold, else none. */
    public List<HealthProblem> problems() {
        List<String> exposed = listeningAddresses().stream().filter(address -> !isLoopback(address)).toList();
        if (exposed.isEmpty()) {
            return List.of();
        }
        List<String> demoUsers = usersWithDemoPasswords();
        if (demoUsers.isEmpty()) {
            return List.of();
        }
        return List.of(new HealthProblem("security", "HTTP listens on " + String.join(", ", exposed)
                + ", not only on loopback, and these users still have the demo passwords published in the README: "
                + String.join(", ", demoUsers) + ". Change them in etc/users.properties (vbe:password-hash),"
                + " or set " + LISTENING_ADDRESSES + " = 127.0.0.1 in etc/" + PAX_WEB_PID + ".cfg"));
    }

    List<String> listeningAddresses() {
        Object value = null;
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + PAX_WEB_PID + ")");
            if (found != null && found.length > 0) {
                Dictionary<String, Object> properties = found[0].getProperties();
                value = properties == null ? null : properties.get(LISTENING_ADDRESSES);
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Cannot read pax-web's configuration; assuming it listens on {}", PAX_WEB_DEFAULT, e);
        }
        if (value == null && context != null) {
            value = context.getProperty(LISTENING_ADDRESSES);
        }
        String addresses = value == null || value.toString().isBlank() ? PAX_WEB_DEFAULT : value.toString();
        return Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** Loopback only for "localhost" and loopback literals; any other name counts as reachable (no DNS here). */
    static boolean isLoopback(String address) {
        if (address.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.contains(":");
        try {
            return literal && InetAddress.getByName(address.replaceAll("^\\[|\\]$", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    List<String> usersWithDemoPasswords() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(usersFile, BasicFileAttributes.class);
        } catch (IOException e) {
            return List.of();
        }
        Reading reading = last;
        if (reading != null && reading.modified().equals(attributes.lastModifiedTime())
                && reading.size() == attributes.size()) {
            return reading.demoUsers();
        }
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(usersFile)) {
            users.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read {} to check for demo passwords", usersFile, e);
            return List.of();
        }
        List<String> demoUsers = new ArrayList<>();
        DEMO_PASSWORDS.forEach((user, password) -> {
            String entry = users.getProperty(user);
            if (entry != null && isDemoPassword(user, password, entry.split(",", 2)[0].strip())) {
                demoUsers.add(user);
            }
        });
        if (verdicts.size() > 4 * DEMO_PASSWORDS.size()) {
            verdicts.clear();
        }
        last = new Reading(attributes.lastModifiedTime(), attributes.size(), List.copyOf(demoUsers));
        return last.demoUsers();
    }

    private boolean isDemoPassword(String user, String password, String stored) {
        return verdicts.computeIfAbsent(user + '\0' + stored, key -> {
            if (stored.startsWith(MARKER) && stored.endsWith(MARKER) && stored.length() >= 2 * MARKER.length()) {
                return PasswordHash.matches(password, stored.substring(MARKER.length(), stored.length() - MARKER.length()));
            }
            return stored.equals(password);
        });
    }

    private static Map<String, String> demoPasswords() {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("samordnare", "samordnare");
        demo.put("lasare", "lasare");
        for (String committee : List.of("rinkeby-kista", "alvsjo", "hasselby-vallingby", "idrottsnamnden")) {
            demo.put("editor-" + committee, "editor");
        }
        demo.put("deployer-rinkeby", "deployer");
        demo.put("rapportor", "rapportor");
        demo.put("karaf", "karaf");
        return Collections.unmodifiableMap(demo);
    }
}
