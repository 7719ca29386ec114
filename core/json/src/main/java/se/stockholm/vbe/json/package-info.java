/**
 * The platform's one JSON configuration, shared with the committee testkit so a shipped plan that passes a
 * committee's build is read the same way at import.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
