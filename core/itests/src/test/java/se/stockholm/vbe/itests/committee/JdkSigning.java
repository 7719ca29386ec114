package se.stockholm.vbe.itests.committee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Signing keys, a trust store and signed bundles made with the JDK's keytool and jarsigner, the way a city
 * signs its committee bundles (docs/operations.md). Every key store here has the password {@value #PASSWORD}.
 */
public final class JdkSigning {

    public static final String PASSWORD = "hemligt";

    private final Path directory;

    public JdkSigning(Path directory) {
        this.directory = directory;
    }

    /** A new key pair with a self-signed certificate for CN=name, under the alias "signer". */
    public Path keyPair(String name) throws Exception {
        Path store = directory.resolve(name + ".p12");
        run("keytool", "-genkeypair", "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name + ", O=Stockholms stad", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** Adds the signer certificate of the key pair to the trust store (created if absent) under the alias. */
    public Path trust(Path trustStore, String alias, Path keyPair) throws Exception {
        Path certificate = directory.resolve(alias + ".cer");
        run("keytool", "-exportcert", "-alias", "signer", "-keystore", keyPair.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        run("keytool", "-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", trustStore.toString(), "-storepass", PASSWORD);
        return trustStore;
    }

    public byte[] sign(byte[] jar, Path keyPair) throws Exception {
        Path unsigned = Files.createTempFile(directory, "unsigned", ".jar");
        Path signed = directory.resolve(unsigned.getFileName() + ".signed.jar");
        Files.write(unsigned, jar);
        run("jarsigner", "-keystore", keyPair.toString(), "-storepass", PASSWORD, "-signedjar", signed.toString(),
                unsigned.toString(), "signer");
        return Files.readAllBytes(signed);
    }

    private static void run(String tool, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool)
                .toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
