package se.stockholm.vbe.platform.internal.deploy;

import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;

/** A check the upload did not pass: why, and what kind of refusal that is. */
final class CheckFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    CheckFailed(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    /** The upload breaks a rule (422). */
    static CheckFailed invalid(String detail) {
        return new CheckFailed(Reason.INVALID, detail);
    }

    Reason reason() {
        return reason;
    }
}
