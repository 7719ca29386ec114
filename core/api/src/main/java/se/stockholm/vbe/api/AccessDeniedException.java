package se.stockholm.vbe.api;

/**
 * The actor is signed in but lacks the role for this (403).
 */
public class AccessDeniedException extends VbeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
