/**
 * Contributions of specialist committees (facknämnder) to a district's situation picture: the observations an
 * administration such as idrottsförvaltningen sends for each district and tertial, which the district's editors take
 * into their plan.
 */
@Export
@Version("1.0.0")
package se.stockholm.vbe.api.contribution;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
