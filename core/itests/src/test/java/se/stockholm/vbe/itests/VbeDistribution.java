package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * Pax Exam options that boot the built VBE distribution, as a user would unpack it, on free ports.
 */
public final class VbeDistribution {

    /**
     * The shell administrator's password in the Pax Exam containers. Pax Exam starts the JVM itself, so
     * bin/setenv, which gives a real installation a random one, never runs: the tests add the user.
     */
    public static final String ADMIN_PASSWORD = "itest-admin";

    private VbeDistribution() {
    }

    /** The built distribution archive, handed over by the build as {@code vbe.distribution}. */
    public static File archive() {
        String path = System.getProperty("vbe.distribution");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("vbe.distribution does not name the built distribution: " + path);
        }
        return new File(path);
    }

    /**
     * The HTTP port of the running container, read inside it: the test class is loaded again in the container, so
     * a port chosen in the test runner's JVM is not visible there. It is read from etc/org.ops4j.pax.web.cfg, where
     * the runner wrote it, not from the HTTP runtime's endpoint, which may still name another port while the
     * container is installing its features (a test once waited for the API on a port nothing listened on).
     */
    public static int httpPort() {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("karaf.etc"), "org.ops4j.pax.web.cfg"))) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(settings.getProperty("org.osgi.service.http.port").strip());
    }

    /**
     * Waits until the platform serves: the API servlet is on the whiteboard (pax-web registers it a moment
     * after the services are up) and /api/health is no longer DOWN (UP, or DEGRADED by a test's own bundles).
     */
    public static Http awaitApi() {
        Http http = new Http(httpPort());
        await("the platform serving").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> http.get("/api/health").statusCode() == 200);
        return http;
    }

    /** The database the tests of this run use: {@code derby} (the default) or {@code postgresql}. */
    public static String database() {
        return System.getProperty("vbe.itest.database", "derby");
    }

    /** The distribution on the run's database ({@link #database()}). */
    public static Option[] options(int httpPort) {
        return options(httpPort, database());
    }

    /**
     * The distribution on {@code database}: its default embedded Derby, or a new database on the test JVM's
     * private PostgreSQL server ({@link PostgresServer}), configured as an operator would, in
     * etc/org.ops4j.datasource-vbe.cfg alone.
     */
    public static Option[] options(int httpPort, String database) {
        List<Option> options = new ArrayList<>(baseOptions(httpPort));
        if (database.equals("postgresql")) {
            String url = PostgresServer.get().createDatabase("vbe_itest");
            String cfg = "etc/org.ops4j.datasource-vbe.cfg";
            options.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            options.add(editConfigurationFilePut(cfg, "url", url));
            options.add(editConfigurationFilePut(cfg, "user", PostgresServer.USER));
            options.add(editConfigurationFilePut(cfg, "password", PostgresServer.PASSWORD));
        } else if (!database.equals("derby")) {
            throw new IllegalArgumentException("vbe.itest.database is derby or postgresql, not " + database);
        }
        return options.toArray(new Option[0]);
    }

    private static List<Option> baseOptions(int httpPort) {
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + archive().getAbsolutePath())
                        .karafVersion(System.getProperty("karaf.version"))
                        .name("VBE-plattformen")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                keepRuntimeFolder(),
                logLevel(LogLevel.INFO),
                mavenBundle("org.hamcrest", "hamcrest", System.getProperty("hamcrest.version")),
                mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
                systemTimeout(120_000),
                // The probe waits this long for Pax Exam's Injector service; the default of 10 s runs out when a
                // loaded machine starts the boot features slowly, and the test class then never runs.
                editConfigurationFilePut("etc/system.properties",
                        "org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT", "120000"),
                editConfigurationFilePut("etc/system.properties",
                        "org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT", "120000"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort",
                        Integer.toString(FreePort.next())),
                editConfigurationFilePut("etc/users.properties", "karaf", ADMIN_PASSWORD + ",_g_:admingroup"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        Integer.toString(FreePort.next())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        Integer.toString(FreePort.next())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("org.ops4j.pax.url.mvn.localRepository", ""))));
        options.addAll(java17Options());
        return options;
    }

    /** What bin/karaf passes to a Java 9+ JVM; Pax Exam starts the JVM itself and needs them too. */
    private static List<Option> java17Options() {
        String karaf = System.getProperty("karaf.version");
        List<Option> options = new ArrayList<>();
        for (String option : new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*",
            "-Xmx256m"}) {
            options.add(new VMOption(option));
        }
        return options;
    }
}
