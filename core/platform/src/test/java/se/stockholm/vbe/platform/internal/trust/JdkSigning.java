package se.stockholm.vbe.platform.internal.trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Keys, trust stores and signed jars made with the JDK's own keytool and jarsigner, as a city would. */
final class JdkSigning {

    static final String PASSWORD = "hemligt";

    private final Path directory;

    JdkSigning(Path directory) {
        this.directory = directory;
    }

    /** A key store holding one new key pair with a self-signed certificate, under the alias "signer". */
    Path keyPair(String name) throws Exception {
        Path store = directory.resolve(name + ".p12");
        run("keytool", "-genkeypair", "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name + ", O=Stockholms stad", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** A trust store with the signer certificates of the key stores, each under its alias. */
    Path trustStore(Map<String, Path> certificatesByAlias) throws Exception {
        Path store = directory.resolve("trust.p12");
        for (Map.Entry<String, Path> entry : certificatesByAlias.entrySet()) {
            Path certificate = directory.resolve(entry.getKey() + ".cer");
            run("keytool", "-exportcert", "-alias", "signer", "-keystore", entry.getValue().toString(),
                    "-storepass", PASSWORD, "-file", certificate.toString());
            run("keytool", "-importcert", "-noprompt", "-alias", entry.getKey(), "-file", certificate.toString(),
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD);
        }
        return store;
    }

    byte[] sign(byte[] jar, Path keyStore) throws Exception {
        Path unsigned = Files.createTempFile(directory, "unsigned", ".jar");
        Path signed = directory.resolve(unsigned.getFileName() + ".signed.jar");
        Files.write(unsigned, jar);
        run("jarsigner", "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-signedjar", signed.toString(),
                unsigned.toString(), "signer");
        return Files.readAllBytes(signed);
    }

    /** A small bundle-like jar: a manifest with the committee header and the given entries. */
    static byte[] jar(String committeeId, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "se.stockholm.test." + committeeId);
        manifest.getMainAttributes().putValue("VBE-Committee", committeeId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** The entries of a jar as the framework would hand them out, manifest and signature files included. */
    static BundleContent content(byte[] jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return new BundleContent(entries);
    }

    private static void run(String tool, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
