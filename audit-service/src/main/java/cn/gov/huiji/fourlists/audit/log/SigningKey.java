package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.kernel.trace.Ed25519KeyFiles;
import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * The Ed25519 key pair that signs tree heads: the private key and its public half, each read from its configured
 * file. A local run generates both when missing; elsewhere a missing file stops the service.
 */
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public SigningKey(LogConfig config) {
        Path file = Path.of(config.signingKeyFile());
        Path publicFile = Path.of(config.publicKeyFile());
        try {
            if (!Files.exists(file) && !Files.exists(publicFile)) {
                if (!config.generateKeyIfMissing()) {
                    throw new IllegalStateException("no log signing key at " + file.toAbsolutePath()
                            + " and fourlists.log.generate-key-if-missing=false");
                }
                generate(file, publicFile);
            }
            if (!Files.exists(publicFile)) {
                throw new IllegalStateException("the log signing key " + file.toAbsolutePath() + " has no public key beside it at "
                        + publicFile.toAbsolutePath() + " (fourlists.log.public-key-file)");
            }
            privateKey = Ed25519KeyFiles.readPrivate(file);
            publicKey = TreeHead.publicKeyFromPem(Files.readString(publicFile));
            requirePair(privateKey, publicKey, publicFile);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            keyId = Rfc6962.hex(Arrays.copyOf(digest, 8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the log signing key " + file + " is not an Ed25519 PKCS#8 key", e);
        }
    }

    private static void generate(Path file, Path publicFile) throws IOException, GeneralSecurityException {
        Ed25519KeyFiles.generate(file, publicFile);
        LOG.warnf("generated a LOCAL-DEVELOPMENT log signing key at %s (never commit it)", file.toAbsolutePath());
    }

    /** A head signed with the private key must verify with the public one, or the files do not belong together. */
    private static void requirePair(PrivateKey privateKey, PublicKey publicKey, Path publicFile) {
        TreeHead probe = TreeHead.sign(0, 0, Rfc6962.emptyRoot(), privateKey);
        if (!probe.verify(publicKey)) {
            throw new IllegalStateException("the public key at " + publicFile.toAbsolutePath() + " does not belong to the log signing key");
        }
    }

    public TreeHead sign(long timestamp, long treeSize, byte[] root) {
        return TreeHead.sign(timestamp, treeSize, root, privateKey);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return TreeHead.toPem(publicKey);
    }

    /** The first 8 bytes of SHA-256 over the public key, in hex: names the key a head was signed with. */
    public String keyId() {
        return keyId;
    }
}
