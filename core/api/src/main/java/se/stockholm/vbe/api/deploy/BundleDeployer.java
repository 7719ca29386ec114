package se.stockholm.vbe.api.deploy;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * Deploys committee bundles uploaded over the API. Implemented by the platform; thread-safe; one deployment at
 * a time on a node, a second waits for it. The coordinator may act for every committee, a deployer
 * ({@code deployer.<committee-id>}) for its own only. Every upload, dry run, rollback and removal is audited.
 */
@ProviderType
public interface BundleDeployer {

    /**
     * The committee's bundle as installed here.
     *
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor may deploy for the committee
     */
    DeployedBundle current(String committeeId, Actor actor);

    /**
     * Checks the upload (size, content type, zip limits, KAR, manifest, imports, ownership, trust, descriptor,
     * resolution against the running framework) and, unless it is a dry run, replaces the committee's bundle
     * with it in place, keeps the replaced jar for {@link #rollback}, starts it and waits (bounded) for the
     * committee to come online; a committee that does not is rolled back. Blocks for as long as that takes.
     *
     * @throws DeployRefusedException naming the failed check, with the report; nothing was installed
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor may deploy for the committee (before
     *         the upload is read)
     */
    DeployReport upload(String committeeId, BundleUpload upload, Actor actor);

    /**
     * Puts the jar that the last install replaced back in place (the current one becomes the one kept).
     *
     * @throws se.stockholm.vbe.api.NotFoundException if no jar is kept for the committee
     * @throws DeployRefusedException if the kept version does not come online (the current one stays)
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor may deploy for the committee
     */
    DeployedBundle rollback(String committeeId, Actor actor);

    /**
     * Uninstalls the committee's bundle: the committee goes offline, its plans and every record stay, and the
     * jar is kept for {@link #rollback}.
     *
     * @throws se.stockholm.vbe.api.NotFoundException if no bundle of the committee is installed
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor may deploy for the committee
     */
    DeployedBundle remove(String committeeId, Actor actor);
}
