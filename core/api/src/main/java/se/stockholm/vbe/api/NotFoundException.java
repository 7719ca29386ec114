package se.stockholm.vbe.api;

/**
 * Something asked for does not exist, or is not visible to the actor (404).
 */
public class NotFoundException extends VbeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
