package se.stockholm.vbe.api;

/**
 * The request does not fit the current state, e.g. an illegal lifecycle transition (409).
 */
public class ConflictException extends VbeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
