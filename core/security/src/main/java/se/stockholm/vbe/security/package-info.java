/**
 * Password hashes for the platform's users: salted PBKDF2, verifiable by Karaf's JAAS realm.
 */
@Export
@Version("1.1.0")
package se.stockholm.vbe.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
