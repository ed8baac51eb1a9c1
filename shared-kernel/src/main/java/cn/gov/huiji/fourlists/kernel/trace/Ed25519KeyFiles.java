package cn.gov.huiji.fourlists.kernel.trace;

import cn.gov.huiji.fourlists.logverifier.TreeHead;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * An Ed25519 key pair on disk, as the suite keeps its signing keys (the log's, each service's events'): the private
 * key as PKCS#8 readable by its owner only, the public key beside it as PEM — stored, never derived.
 */
public final class Ed25519KeyFiles {

    private Ed25519KeyFiles() {
    }

    public static void generate(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        Files.createDirectories(privateFile.toAbsolutePath().getParent());
        Files.createDirectories(publicFile.toAbsolutePath().getParent());
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.write(privateFile, pair.getPrivate().getEncoded());
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.writeString(publicFile, TreeHead.toPem(pair.getPublic()));
    }

    public static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
    }
}
