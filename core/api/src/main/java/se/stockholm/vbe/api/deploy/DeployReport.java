package se.stockholm.vbe.api.deploy;

import java.util.List;

/**
 * What became of an upload: the checks it went through in order, and whether it was installed.
 *
 * @param committeeId the committee it was uploaded for
 * @param dryRun whether it was only checked
 * @param installed whether it is now the committee's bundle (never for a dry run)
 * @param symbolicName the uploaded bundle's symbolic name, once its manifest was read; else {@code null}
 * @param version the uploaded bundle's version, once its manifest was read; else {@code null}
 * @param checks the checks that ran, in order; a refused upload ends with the one it failed
 */
public record DeployReport(String committeeId, boolean dryRun, boolean installed, String symbolicName,
        String version, List<DeployCheck> checks) {

    public DeployReport {
        checks = List.copyOf(checks);
    }
}
