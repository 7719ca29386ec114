/**
 * The platform's one JSON configuration, shared with the committee testkit so a shipped plan that passes a
 * committee's build is read the same way at import; and the committee descriptor, read by the platform and the
 * testkit alike.
 */
@Export
@Version("1.3.0")
package se.stockholm.vbe.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
