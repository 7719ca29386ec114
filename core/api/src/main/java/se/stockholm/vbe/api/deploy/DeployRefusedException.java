package se.stockholm.vbe.api.deploy;

import java.util.Objects;

import se.stockholm.vbe.api.VbeException;

/**
 * An upload that failed one of its checks; nothing was installed or left behind. Carries the check and the
 * report up to it.
 */
public class DeployRefusedException extends VbeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, which the REST layer answers with its own status. */
    public enum Reason {
        /** Larger than the platform accepts (413). */
        TOO_LARGE,
        /** Neither a JAR nor a KAR by its media type (415). */
        UNSUPPORTED_MEDIA_TYPE,
        /** Well-formed but breaking a rule (422). */
        INVALID,
        /** The committee id belongs to another bundle (409). */
        CONFLICT
    }

    private final Reason reason;
    private final transient DeployReport report;

    public DeployRefusedException(Reason reason, DeployReport report, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.report = Objects.requireNonNull(report, "report");
    }

    public Reason reason() {
        return reason;
    }

    /** The name of the check that failed: the last of the report's. */
    public String check() {
        return report.checks().isEmpty() ? null : report.checks().get(report.checks().size() - 1).name();
    }

    public DeployReport report() {
        return report;
    }
}
