package se.stockholm.vbe.api;

/**
 * A request the platform refuses; each subclass says why, and the REST layer maps it to a status code.
 */
public abstract class VbeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected VbeException(String message) {
        super(message);
    }
}
