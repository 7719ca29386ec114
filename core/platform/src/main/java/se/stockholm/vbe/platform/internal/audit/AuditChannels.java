package se.stockholm.vbe.platform.internal.audit;

import se.stockholm.vbe.api.audit.AuditChannel;

/**
 * The channel a change came through, from the name it is recorded under: the shell records
 * {@code shell:<user>}, the importer {@code import:<bundle>}, bundle events {@code bundle:<name>}; anyone else is
 * a user of the REST API. Kept here rather than in {@link se.stockholm.vbe.api.Actor}, which committee bundles
 * use and which would change shape for it.
 */
public final class AuditChannels {

    private AuditChannels() {
    }

    public static AuditChannel of(String actor) {
        if (actor.startsWith("import:")) {
            return AuditChannel.IMPORT;
        } else if (actor.startsWith("shell:")) {
            return AuditChannel.SHELL;
        } else if (actor.startsWith("bundle:")) {
            return AuditChannel.BUNDLE;
        }
        return AuditChannel.REST;
    }
}
