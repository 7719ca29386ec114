/**
 * Where the web application's sessions are kept, so that every node of an installation serves every request.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.session;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
