package se.stockholm.vbe.platform.internal.deploy;

import org.osgi.framework.Version;

import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;

/** The manifest check: an OSGi bundle with a symbolic name and a version, declaring the committee it is uploaded for. */
final class ManifestCheck {

    private ManifestCheck() {
    }

    static String check(UploadedJar jar, String committeeId) throws CheckFailed {
        String declared = jar.header(DeclaredCommittee.HEADER);
        if (declared == null) {
            throw CheckFailed.invalid("the manifest declares no committee (" + DeclaredCommittee.HEADER
                    + "); this upload is for " + committeeId);
        }
        if (!declared.equals(committeeId)) {
            throw CheckFailed.invalid("the manifest says " + DeclaredCommittee.HEADER + ": " + declared
                    + ", but this upload is for committee " + committeeId);
        }
        if (jar.symbolicName() == null || jar.symbolicName().isEmpty()) {
            throw CheckFailed.invalid("the manifest has no Bundle-SymbolicName");
        }
        if (!"2".equals(jar.header("Bundle-ManifestVersion"))) {
            throw CheckFailed.invalid("the manifest is not an OSGi R4+ bundle's (Bundle-ManifestVersion: 2)");
        }
        try {
            Version.parseVersion(jar.version());
        } catch (IllegalArgumentException e) {
            throw CheckFailed.invalid("the manifest's Bundle-Version " + jar.version() + " is not a version");
        }
        return jar.symbolicName() + " " + jar.version() + " declares committee " + committeeId;
    }
}
