/**
 * The city's routine at a worry or an incident ("Rutin för Stockholms stad vid oro/händelse rörande
 * våldsbejakande extremism") as decision support: a few answers in, the steps in order out.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.routine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
