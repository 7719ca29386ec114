/**
 * The one place that decides whether free text holds a personal identity number, shared by the platform
 * (which refuses such input) and the committee testkit (which fails a committee's build on it).
 */
@Export
@Version("1.2.0")
package se.stockholm.vbe.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
