package se.stockholm.vbe.api.deploy;

/**
 * A committee's bundle as installed on this node.
 *
 * @param committeeId the committee
 * @param symbolicName the installed bundle's symbolic name, or {@code null} if none is installed
 * @param version its version, or {@code null}
 * @param bundleId its framework bundle id, or -1
 * @param state its framework state ({@code INSTALLED}, {@code RESOLVED}, {@code ACTIVE}, …), or {@code NONE}
 * @param online whether the committee is online
 * @param previousVersion the version a rollback would put back, or {@code null} if there is none
 */
public record DeployedBundle(String committeeId, String symbolicName, String version, long bundleId, String state,
        boolean online, String previousVersion) {
}
