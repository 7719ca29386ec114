package se.stockholm.vbe.api.database;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * Exports the platform's database to a file of JSON lines (every table, in dependency order, with the schema
 * version) and imports such a file into an empty PostgreSQL database. Implemented by the platform; each call
 * blocks until the whole file is written or read. Only the coordinator may call it: the file holds
 * confidential content.
 */
@ProviderType
public interface DatabaseTransfer {

    /**
     * Writes every table of the platform's database to {@code file} (new, readable by its owner only) in one
     * consistent read.
     *
     * @throws se.stockholm.vbe.api.InvalidInputException if {@code file} exists or cannot be written
     */
    TransferSummary exportTo(Path file, Actor actor);

    /**
     * Creates the platform's schema in the database at {@code url} and copies the rows of {@code file} into it,
     * all in one transaction, so that the platform can then be switched to that database.
     *
     * @throws se.stockholm.vbe.api.InvalidInputException if the file is not a complete export, was written at
     *         another schema version, or the target is not PostgreSQL, holds data already, or cannot be opened
     */
    TransferSummary importInto(Path file, String url, String user, String password, Actor actor);
}
