package se.stockholm.vbe.platform.internal.db;

/**
 * The database cannot be used now; the message says why and what an operator can do.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
