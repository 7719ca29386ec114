/**
 * Health of the running platform: what {@code GET /api/health} reports.
 */
@Export
@Version("1.2.0")
package se.stockholm.vbe.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
