package se.stockholm.vbe.platform.internal.trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Checks that every entry of a committee bundle is signed (jarsigner) by a certificate trusted for its
 * committee. The JDK does the cryptography: the entries are laid out again as a jar (manifest first, then the
 * signature files, as {@link JarInputStream} expects) and read back, which verifies each entry's digest
 * against the signed manifest and yields its signers.
 */
final class SignatureVerifier {

    /** Empty if the bundle is signed throughout by trusted signers, else why not. */
    Optional<String> verify(BundleContent content, String committeeId, TrustedSigners trusted) {
        if (!content.entries().containsKey(BundleContent.MANIFEST)) {
            return Optional.of("is not signed: it has no manifest");
        }
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(asJar(content)), true)) {
            boolean anyEntry = false;
            for (JarEntry entry; (entry = jar.getNextJarEntry()) != null;) {
                if (entry.isDirectory() || BundleContent.isSignatureRelated(entry.getName())) {
                    continue;
                }
                anyEntry = true;
                // reading an entry to its end is what makes the JDK verify its digest
                jar.transferTo(OutputStream.nullOutputStream());
                Optional<String> problem = check(entry, committeeId, trusted);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return anyEntry ? Optional.empty() : Optional.of("is not signed: it has no signed entries");
        } catch (SecurityException e) {
            return Optional.of("has an entry that was changed after it was signed: " + e.getMessage());
        } catch (IOException e) {
            return Optional.of("cannot be read as a signed jar: " + e.getMessage());
        }
    }

    private static Optional<String> check(JarEntry entry, String committeeId, TrustedSigners trusted) {
        CodeSigner[] signers = entry.getCodeSigners();
        if (signers == null || signers.length == 0) {
            return Optional.of("is not signed: " + entry.getName() + " has no signature");
        }
        for (CodeSigner signer : signers) {
            if (trusted.trusts(committeeId, signerCertificate(signer))) {
                return Optional.empty();
            }
        }
        return Optional.of("is signed by " + describe(signerCertificate(signers[0]))
                + ", which is not trusted for committee " + committeeId + " (entry " + entry.getName() + ")");
    }

    private static Certificate signerCertificate(CodeSigner signer) {
        return signer.getSignerCertPath().getCertificates().get(0);
    }

    private static String describe(Certificate certificate) {
        return certificate instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName()
                : certificate.getType() + " certificate";
    }

    private static byte[] asJar(BundleContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            write(zip, BundleContent.MANIFEST, content.entries().get(BundleContent.MANIFEST));
            for (Map.Entry<String, byte[]> entry : content.entries().entrySet()) {
                String name = entry.getKey();
                if (BundleContent.isSignatureRelated(name) && !name.equals(BundleContent.MANIFEST)) {
                    write(zip, entry.getKey(), entry.getValue());
                }
            }
            for (Map.Entry<String, byte[]> entry : content.entries().entrySet()) {
                if (!BundleContent.isSignatureRelated(entry.getKey())) {
                    write(zip, entry.getKey(), entry.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
