/**
 * What a committee bundle's unit tests check: the committee contract and its shipped plans.
 * Versioned like the API so that the build's baseline check catches an incompatible change.
 */
@Version("1.0.0")
package se.stockholm.vbe.committee.testkit;

import org.osgi.annotation.versioning.Version;
