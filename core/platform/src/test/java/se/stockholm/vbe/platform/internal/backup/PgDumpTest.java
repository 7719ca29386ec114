package se.stockholm.vbe.platform.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.UnavailableException;

/**
 * How pg_dump is called for the platform's PostgreSQL.
 */
class PgDumpTest {

    @Test
    void theJdbcUrlBecomesTheSameDatabaseForLibpqKeepingOnlyTheSslMode() {
        assertEquals("postgresql://db.example.se:5432/vbe",
                PgDump.connectionUri("jdbc:postgresql://db.example.se:5432/vbe"));
        assertEquals("postgresql://127.0.0.1:55432/vbe?sslmode=verify-full",
                PgDump.connectionUri("jdbc:postgresql://127.0.0.1:55432/vbe?ssl=true&sslmode=verify-full&tcpKeepAlive=true"));
        assertEquals("postgresql:///vbe", PgDump.connectionUri("jdbc:postgresql:vbe"));
    }

    @Test
    void theCommandNamesTheUserButNeverAPasswordAndNeverWaitsForOne() {
        assertEquals(List.of("/usr/bin/pg_dump", "--format=custom", "--no-password", "--file=/b/1/vbe.dump",
                "--dbname=postgresql://localhost/vbe", "--username=vbe"),
                PgDump.command(Path.of("/usr/bin/pg_dump"), "jdbc:postgresql://localhost/vbe", "vbe", Path.of("/b/1")));
    }

    @Test
    void anUrlOfAnotherDatabaseIsRefused() {
        assertThrows(UnavailableException.class, () -> PgDump.connectionUri("jdbc:derby:data/vbe/derby"));
    }
}
