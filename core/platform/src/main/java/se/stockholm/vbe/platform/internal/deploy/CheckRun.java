package se.stockholm.vbe.platform.internal.deploy;

import java.util.ArrayList;
import java.util.List;

import se.stockholm.vbe.api.deploy.DeployCheck;
import se.stockholm.vbe.api.deploy.DeployRefusedException;
import se.stockholm.vbe.api.deploy.DeployReport;

/** The checks of one upload as they run, in order: the first that fails ends the run with its report. */
final class CheckRun {

    /** One check: the detail it reports when the upload passes. */
    @FunctionalInterface
    interface Check {
        String run() throws CheckFailed;
    }

    private final String committeeId;
    private final boolean dryRun;
    private final List<DeployCheck> checks = new ArrayList<>();
    private String symbolicName;
    private String version;

    CheckRun(String committeeId, boolean dryRun) {
        this.committeeId = committeeId;
        this.dryRun = dryRun;
    }

    /** Runs the check; a failure is recorded and thrown as the refusal of the whole upload. */
    void check(String name, Check check) {
        try {
            checks.add(new DeployCheck(name, true, check.run()));
        } catch (CheckFailed failed) {
            checks.add(new DeployCheck(name, false, failed.getMessage()));
            throw new DeployRefusedException(failed.reason(), report(false),
                    "the upload failed the " + name + " check: " + failed.getMessage());
        }
    }

    void identify(UploadedJar jar) {
        symbolicName = jar.symbolicName();
        version = jar.version();
    }

    DeployReport report(boolean installed) {
        return new DeployReport(committeeId, dryRun, installed, symbolicName, version, checks);
    }
}
