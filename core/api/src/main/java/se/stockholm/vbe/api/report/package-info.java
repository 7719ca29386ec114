/**
 * De-identified incident reports (blankett för avidentifierad information): what an employee reports to a
 * committee's samordnare after a worry or an incident, its review, and the accepted reports as figures.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
