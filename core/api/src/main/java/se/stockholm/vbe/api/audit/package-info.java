/**
 * The audit trail: one append-only entry for every change to the platform's data, and reading it page by page.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
