package se.stockholm.vbe.api.deploy;

/**
 * One check an upload went through.
 *
 * @param name the check, one of {@code size}, {@code content-type}, {@code zip}, {@code kar}, {@code manifest},
 *        {@code imports}, {@code ownership}, {@code trust}, {@code descriptor}, {@code resolution} and, for an
 *        install, {@code online}
 * @param passed whether the upload passed it
 * @param detail what the check found, in English, for a person to read
 */
public record DeployCheck(String name, boolean passed, String detail) {
}
