/**
 * What a committee bundle's unit tests use: {@link se.stockholm.vbe.committee.testkit.CommitteeContract} for the
 * committee, {@link se.stockholm.vbe.committee.testkit.RuleContract} for each local rule, and
 * {@link se.stockholm.vbe.committee.testkit.Applications} to write the applications a rule test needs.
 * Versioned like the API so that the build's baseline check catches an incompatible change.
 */
@Version("1.1.0")
package se.stockholm.vbe.committee.testkit;

import org.osgi.annotation.versioning.Version;
