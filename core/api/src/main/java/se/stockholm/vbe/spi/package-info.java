/**
 * What a committee bundle implements: register a {@link se.stockholm.vbe.spi.Committee} service (a DS
 * component) and the platform picks it up, and drops it when the bundle goes.
 */
@Export
@Version("2.2.0")
package se.stockholm.vbe.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
