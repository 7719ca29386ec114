/**
 * Features the central coordinator switches on and off per committee.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.feature;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
