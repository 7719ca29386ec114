package se.stockholm.vbe.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for the tests, started once per test JVM from Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}) on a free loopback port with its own data directory under the
 * temporary directory, and stopped when the JVM exits. As root it runs as the {@code postgres} system user
 * (the server refuses to run as root). Host connections need a password (SCRAM), so a wrong one is refused as
 * it would be in production; {@code fsync} is off, as nothing here must survive a crash.
 */
public final class PostgresServer {

    /** The owner of every test database, as an operator would create it. */
    public static final String USER = "vbe";
    public static final String PASSWORD = "vbe-itest";
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "postgres-itest";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer running;

    private final Path binaries;
    private final Path directory;
    private final boolean asRoot;
    private final int port;

    private PostgresServer(Path binaries, Path directory, boolean asRoot, int port) {
        this.binaries = binaries;
        this.directory = directory;
        this.asRoot = asRoot;
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** A new, empty database owned by {@link #USER}; its JDBC URL. Each test class gets its own. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        superuser("CREATE DATABASE " + name + " OWNER " + USER + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
                + " TEMPLATE template0");
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgresServer start() {
        Path binaries = binaries().orElseThrow(() -> new IllegalStateException("The tests on PostgreSQL need its "
                + "server binaries (initdb, pg_ctl) in /usr/lib/postgresql/<version>/bin or $VBE_POSTGRES_BIN: "
                + "apt-get install postgresql (Debian), or leave these tests out with "
                + "-Dvbe.itest.postgresql.skip=true"));
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            Path directory = Files.createTempDirectory("vbe-itest-pg");
            Files.writeString(directory.resolve("pw"), SUPERUSER_PASSWORD);
            if (asRoot) {
                run(List.of("chown", "-R", SUPERUSER + ":", directory.toString()), directory);
            }
            PostgresServer server = new PostgresServer(binaries, directory, asRoot, FreePort.next());
            server.pg("initdb", "-D", server.data(), "-U", SUPERUSER, "--pwfile=" + directory.resolve("pw"),
                    "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync");
            server.resume();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "vbe-itest-postgres-stop"));
            server.superuser("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server as an outage would (fast shutdown: sessions cut), keeping its data, until {@link #resume}. */
    public void pause() throws IOException {
        pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
    }

    /** Starts the paused server again on the same port with the same data. */
    public void resume() throws IOException {
        pg("pg_ctl", "-D", data(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    private void stop() {
        try {
            pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL in " + directory + ": " + e);
        }
    }

    private void superuser(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    /** Runs a PostgreSQL program, as the postgres user when this JVM runs as root. */
    private void pg(String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(Arrays.asList(arguments));
        run(command, directory);
    }

    private static void run(List<String> command, Path directory) throws IOException {
        Path log = directory.resolve("commands.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** $VBE_POSTGRES_BIN, or the newest /usr/lib/postgresql/<version>/bin with initdb. */
    private static Optional<Path> binaries() {
        String configured = System.getenv("VBE_POSTGRES_BIN");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> versionOf(bin.getParent())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int versionOf(Path directory) {
        String name = directory.getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }
}
