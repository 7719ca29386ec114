/**
 * Online backups of the platform's database, taken while the platform serves, and the list of those kept.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.backup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
