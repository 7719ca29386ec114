package se.stockholm.vbe.api;

/**
 * Well-formed input that breaks a rule (422). The message names the field.
 */
public class InvalidInputException extends VbeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The offending field, as a path such as {@code activities[2].schedule.end}. */
    public String field() {
        return field;
    }
}
