/**
 * Each committee's coverage of the city's guidelines against violent extremism (riktlinjer, 2016): the
 * coordinator's checklist, and per committee and year whether each item is in place.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.coverage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
