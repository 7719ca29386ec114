package se.stockholm.vbe.platform.internal.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.UnavailableException;

/**
 * A PostgreSQL database dumped by {@code pg_dump} in its custom format, one consistent snapshot while the
 * platform goes on writing. The password is never on the command line: pg_dump reads it from the platform
 * user's {@code ~/.pgpass} (or {@code PGPASSFILE}), and {@code --no-password} keeps it from ever waiting for one.
 */
final class PgDump {

    static final String FILE = "vbe.dump";
    static final String LOG = "pg_dump.log";

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql:(//[^/?]*)?/?([^?]*)(\\?.*)?");
    private static final Pattern SSL_MODE = Pattern.compile("[?&]sslmode=([a-z-]+)");

    private PgDump() {
    }

    /** pg_dump on the PATH of the platform's process, if there is one. */
    static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "pg_dump");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The libpq connection URI for a JDBC URL: the same host, port and database; of the JDBC parameters only
     * {@code sslmode} means the same to pg_dump.
     */
    static String connectionUri(String jdbcUrl) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new UnavailableException("cannot give pg_dump the database " + jdbcUrl
                    + ": not a jdbc:postgresql: URL");
        }
        String authority = url.group(1) == null ? "//" : url.group(1);
        Matcher sslMode = SSL_MODE.matcher(url.group(3) == null ? "" : url.group(3));
        return "postgresql:" + authority + "/" + url.group(2) + (sslMode.find() ? "?sslmode=" + sslMode.group(1) : "");
    }

    static List<String> command(Path pgDump, String jdbcUrl, String user, Path directory) {
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
                "--file=" + directory.resolve(FILE), "--dbname=" + connectionUri(jdbcUrl)));
        if (user != null && !user.isEmpty()) {
            command.add("--username=" + user);
        }
        return command;
    }

    /**
     * Runs pg_dump into {@code directory}, its messages in {@value #LOG} beside the dump.
     *
     * @throws UnavailableException if it cannot be run or fails, with its last message
     */
    static void run(List<String> command, Path directory) throws IOException {
        Path log = directory.resolve(LOG);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UnavailableException("the backup was interrupted; pg_dump was stopped");
        }
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new UnavailableException("pg_dump failed with exit code " + exit
                    + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1)));
        }
    }
}
