package se.stockholm.vbe.api;

/**
 * A part the request needs is not available now, e.g. the database (503).
 */
public class UnavailableException extends VbeException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }
}
