package se.stockholm.vbe.platform.internal.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import se.stockholm.vbe.api.InvalidInputException;

/**
 * The opaque cursor of an audit page: the id of the last entry given, bound by a checksum to the filters of the
 * query it was issued for (base64url of 8 bytes id and 8 bytes of SHA-256). A cursor that was altered, cut, or
 * reused with other filters is refused naming {@code cursor}. It carries no right: whatever cursor a caller
 * sends, the platform gives only entries that caller may read, so a checksum suffices and no key is kept.
 */
final class AuditCursor {

    private static final int ID_BYTES = Long.BYTES;
    private static final int CHECK_BYTES = 8;

    private AuditCursor() {
    }

    static String encode(long lastId, String filters) {
        ByteBuffer bytes = ByteBuffer.allocate(ID_BYTES + CHECK_BYTES);
        bytes.putLong(lastId).put(check(lastId, filters));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * @return the id of the last entry of the previous page
     * @throws InvalidInputException naming {@code cursor} if it was not issued for these filters
     */
    static long decode(String cursor, String filters) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (bytes.length != ID_BYTES + CHECK_BYTES) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long lastId = buffer.getLong();
        byte[] check = Arrays.copyOfRange(bytes, ID_BYTES, bytes.length);
        if (lastId <= 0 || !MessageDigest.isEqual(check, check(lastId, filters))) {
            throw invalid();
        }
        return lastId;
    }

    private static byte[] check(long lastId, String filters) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("vbe-audit-cursor-1\n" + lastId + "\n"
                    + filters).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, CHECK_BYTES);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor this server gave for this query (altered, cut, "
                + "or sent with other filters); start again without a cursor");
    }
}
