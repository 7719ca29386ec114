package se.stockholm.vbe.api;

/**
 * The caller's version of the data is stale: someone changed it since (412).
 */
public class PreconditionFailedException extends VbeException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(message);
    }
}
