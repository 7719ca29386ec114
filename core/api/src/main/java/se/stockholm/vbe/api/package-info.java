/**
 * What every part of the platform shares: who is acting, and the errors services report.
 */
@Export
@Version("1.3.0")
package se.stockholm.vbe.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
