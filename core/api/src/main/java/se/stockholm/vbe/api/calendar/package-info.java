/**
 * The deadline calendar of the yearly cycle: the city's deadlines per plan year (tertialrapporter, the
 * verksamhetsberättelse, the committees' adoption and kommunstyrelsen's approval of the plans) and each committee's
 * grant application windows, as data and as calendar events.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
