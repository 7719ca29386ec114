/**
 * The annual action plan (handlingsplan) of a committee: situation picture, activities and follow-up,
 * and the consolidated view across committees. Value types are immutable and validated at construction.
 */
@Export
@Version("1.5.0")
package se.stockholm.vbe.api.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
