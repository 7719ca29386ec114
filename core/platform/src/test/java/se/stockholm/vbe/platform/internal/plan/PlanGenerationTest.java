package se.stockholm.vbe.platform.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;

class PlanGenerationTest {

    @TempDir
    Path directory;

    @Test
    void onEmbeddedDerbyTheGenerationIsTheCountOfThisProcesssCommitsAndTheRowIsNotRead() {
        Database database = TestDatabase.embeddedDerby(directory);
        PlanGeneration generation = new PlanGeneration(database);
        long before = generation.current();

        write(database, generation);
        setRowDirectly(database, 1_000_000);

        assertEquals(before + 1, generation.current(), "the commit counted, the row never read");
    }

    @Test
    void theGenerationMovesOnlyOnceTheWriteHasCommitted() {
        Database database = TestDatabase.embeddedDerby(directory);
        PlanGeneration generation = new PlanGeneration(database);
        long before = generation.current();

        long during = database.transaction(connection -> {
            generation.moveOn(connection);
            return generation.current();
        });

        assertEquals(before, during, "a view rendered now must not be cached as the new generation");
        assertEquals(before + 1, generation.current(), "seen by the writer's next read");
    }

    @Test
    void aWriteThatRollsBackLeavesTheGenerationWhereItWas() {
        Database database = TestDatabase.embeddedDerby(directory);
        PlanGeneration generation = new PlanGeneration(database);
        long before = generation.current();

        assertThrows(IllegalStateException.class, () -> database.transaction(connection -> {
            generation.moveOn(connection);
            throw new IllegalStateException("the write fails after moving the generation on");
        }));

        assertEquals(before, generation.current());
    }

    @Test
    void aDatabaseThatArrivesAgainStartsAboveEveryGenerationHandedOutBefore() throws Exception {
        Database database = TestDatabase.embeddedDerby(directory);
        PlanGeneration generation = new PlanGeneration(database);
        write(database, generation);
        long before = generation.current();

        TestDatabase.switchToEmbeddedDerby(database, directory.resolve("other"));

        assertTrue(generation.current() > before, "another database's views are not the ones cached before");
    }

    @Test
    void theGenerationMovesOnOnlyInsideATransaction() {
        Database database = TestDatabase.embeddedDerby(directory);
        PlanGeneration generation = new PlanGeneration(database);

        assertThrows(IllegalStateException.class, () -> database.read(connection -> {
            generation.moveOn(connection);
            return null;
        }));
    }

    private static void write(Database database, PlanGeneration generation) {
        database.transaction(connection -> {
            generation.moveOn(connection);
            return null;
        });
    }

    private static void setRowDirectly(Database database, long value) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE vbe_generation SET generation = ? WHERE id = 1")) {
                update.setLong(1, value);
                update.executeUpdate();
            }
            return null;
        });
    }
}
