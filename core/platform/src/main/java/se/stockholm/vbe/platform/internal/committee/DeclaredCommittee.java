package se.stockholm.vbe.platform.internal.committee;

import org.osgi.framework.Bundle;

/**
 * The committee a bundle declares in its manifest. A bundle may contribute a committee, rules and shipped
 * plans only for the committee it declares, and only while it owns that committee's id.
 */
public final class DeclaredCommittee {

    /** The manifest header a committee bundle names its committee in. */
    public static final String HEADER = "VBE-Committee";

    private DeclaredCommittee() {
    }

    /**
     * Checks that the bundle declares {@code committeeId}.
     *
     * @throws IllegalArgumentException naming what the bundle declares instead
     */
    public static void require(Bundle bundle, String committeeId, String what) {
        require(of(bundle), committeeId, what);
    }

    /** The committee the bundle declares, or {@code null}. */
    public static String of(Bundle bundle) {
        String declared = bundle == null ? null : bundle.getHeaders("").get(HEADER);
        return declared == null ? null : declared.strip();
    }

    /**
     * Checks that {@code declared}, what a bundle declares, is {@code committeeId}.
     *
     * @throws IllegalArgumentException naming what the bundle declares instead
     */
    public static void require(String declared, String committeeId, String what) {
        if (declared == null) {
            throw new IllegalArgumentException(what + " is for committee " + committeeId + ", but its bundle declares "
                    + "no committee (manifest header " + HEADER + ")");
        }
        if (!declared.equals(committeeId)) {
            throw new IllegalArgumentException(what + " is for committee " + committeeId + ", but its bundle declares "
                    + "committee " + declared + " (" + HEADER + "): a bundle contributes only to its own "
                    + "committee");
        }
    }
}
