/**
 * Checks that association grants (föreningsbidrag) and premises (lokaler) never go to an organisation that
 * does not stand behind democracy, human rights and gender equality, or that supports violent extremism:
 * applications, rule outcomes, decisions, reclaims and the city's stop list.
 */
@Export
@Version("1.1.0")
package se.stockholm.vbe.api.grant;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
