/**
 * Moving the platform's data between databases: a portable dump of every table (for operators, through the
 * shell; hidden from committee bundles like the rest of the API's services).
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.database;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
