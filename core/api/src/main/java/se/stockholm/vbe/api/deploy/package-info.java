/**
 * Uploading a committee's bundle over the API: a dry run that runs every check and installs nothing, the
 * install that replaces the committee's bundle in place, the rollback to the version before, and the removal.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.deploy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
