package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Map;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.json.CommitteeDescriptor;
import se.stockholm.vbe.platform.internal.committee.CommitteeValidator;
import se.stockholm.vbe.platform.internal.trust.BundleContent;

/**
 * The descriptor check: a bundle that carries {@value CommitteeDescriptor#RESOURCE} must carry a committee the
 * platform would take, read by the same reader and held to the same contract: valid, its {@code id} the upload's
 * committee and every shipped plan it names in the bundle ({@link CommitteeDescriptor#committee(String,
 * java.util.function.Function)}), then {@link CommitteeValidator} as for a committee going online, shipped plans too.
 */
final class DescriptorCheck {

    private static final String SCHEME = "vbe-upload-entry";

    private DescriptorCheck() {
    }

    static String check(BundleContent content, String committeeId, CommitteeValidator validator) throws CheckFailed {
        Map<String, byte[]> entries = content.entries();
        byte[] json = entries.get(CommitteeDescriptor.RESOURCE);
        if (json == null) {
            return "the bundle has no " + CommitteeDescriptor.RESOURCE;
        }
        try {
            CommitteeValidator.Valid valid = validator.checkWithShippedPlans(CommitteeDescriptor
                    .read(new ByteArrayInputStream(json)).committee(committeeId, path -> url(path, entries.get(path))));
            return CommitteeDescriptor.RESOURCE + " names committee " + committeeId + " with "
                    + valid.catalogue().size() + " templates";
        } catch (IllegalArgumentException | InvalidInputException e) {
            throw CheckFailed.invalid(CommitteeDescriptor.RESOURCE + " is refused: " + e.getMessage());
        }
    }

    /** An entry of the upload as a URL, as a bundle's entry would be; null if there is no such entry. */
    private static URL url(String path, byte[] entry) {
        if (entry == null) {
            return null;
        }
        try {
            return new URL(SCHEME, null, -1, "/" + path, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                            connected = true;
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(entry);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("the entry " + path + " cannot be named: " + e.getMessage(), e);
        }
    }
}
