package se.stockholm.vbe.api;

/**
 * A change to existing data was sent without saying which version it replaces (428).
 */
public class PreconditionRequiredException extends VbeException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
