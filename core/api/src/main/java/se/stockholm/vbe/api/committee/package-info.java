/**
 * The committees (nämnder) known to the platform, as the platform reports them.
 */
@Export
@Version("1.6.0")
package se.stockholm.vbe.api.committee;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
