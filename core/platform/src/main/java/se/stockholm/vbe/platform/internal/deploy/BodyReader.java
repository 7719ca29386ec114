package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import se.stockholm.vbe.api.deploy.BundleUpload;
import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;

/** The size check: reads the upload, never more than the limit (a declared length over it is refused unread). */
final class BodyReader {

    private BodyReader() {
    }

    static byte[] read(BundleUpload upload, long maxBytes) throws CheckFailed {
        if (upload.declaredLength() > maxBytes) {
            throw tooLarge(upload.declaredLength() + " bytes", maxBytes);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = upload.content();
            for (int n; (n = in.read(buffer)) >= 0;) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
                }
            }
        } catch (IOException e) {
            throw CheckFailed.invalid("the upload was not received in full: " + e.getMessage());
        }
        if (bytes.size() == 0) {
            throw CheckFailed.invalid("the upload is empty");
        }
        return bytes.toByteArray();
    }

    private static CheckFailed tooLarge(String size, long maxBytes) {
        return new CheckFailed(Reason.TOO_LARGE, "the upload is " + size + ", larger than the " + maxBytes
                + " bytes allowed (maxBytes in " + UploadLimits.PID + ")");
    }
}
