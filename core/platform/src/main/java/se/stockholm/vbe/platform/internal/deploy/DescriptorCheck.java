package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.util.Map;

import se.stockholm.vbe.json.CommitteeDescriptor;
import se.stockholm.vbe.platform.internal.trust.BundleContent;

/**
 * The descriptor check: a bundle that carries {@value CommitteeDescriptor#RESOURCE} must carry a descriptor the
 * descriptor extender would take, read by the same reader: valid, its {@code id} the upload's committee, and every
 * shipped plan it names in the bundle.
 */
final class DescriptorCheck {

    private DescriptorCheck() {
    }

    static String check(BundleContent content, String committeeId) throws CheckFailed {
        Map<String, byte[]> entries = content.entries();
        byte[] json = entries.get(CommitteeDescriptor.RESOURCE);
        if (json == null) {
            return "the bundle has no " + CommitteeDescriptor.RESOURCE;
        }
        CommitteeDescriptor descriptor;
        try {
            descriptor = CommitteeDescriptor.read(new ByteArrayInputStream(json));
        } catch (IllegalArgumentException e) {
            throw CheckFailed.invalid(CommitteeDescriptor.RESOURCE + " is refused: " + e.getMessage());
        }
        if (!descriptor.id().equals(committeeId)) {
            throw CheckFailed.invalid(CommitteeDescriptor.RESOURCE + " has id " + descriptor.id()
                    + ", but this upload is for committee " + committeeId);
        }
        for (int i = 0; i < descriptor.shippedPlans().size(); i++) {
            String document = descriptor.shippedPlans().get(i).document();
            if (!entries.containsKey(document)) {
                throw CheckFailed.invalid(CommitteeDescriptor.RESOURCE + " is refused: shippedPlans[" + i
                        + "].document: there is no resource " + document + " in the bundle");
            }
        }
        return CommitteeDescriptor.RESOURCE + " names committee " + committeeId + " with "
                + descriptor.catalogue().size() + " templates";
    }
}
