package cn.gov.huiji.fourlists.audit.log;

import cn.gov.huiji.fourlists.logverifier.Rfc6962;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;

/** The Ed25519 key that signs tree heads, read from the configured file (generated there for local runs only). */
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public SigningKey(LogConfig config) {
        Path file = Path.of(config.signingKeyFile());
        try {
            if (!Files.exists(file)) {
                if (!config.generateKeyIfMissing()) {
                    throw new IllegalStateException("no signing key at " + file.toAbsolutePath()
                            + " and fourlists.log.generate-key-if-missing=false");
                }
                generate(file);
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
            publicKey = derivePublic(privateKey);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            keyId = Rfc6962.hex(Arrays.copyOf(digest, 8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the log signing key " + file + " is not an Ed25519 PKCS#8 key", e);
        }
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.write(file, pair.getPrivate().getEncoded());
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        LOG.warnf("generated a LOCAL-DEVELOPMENT log signing key at %s (never commit it)", file.toAbsolutePath());
    }

    /** Ed25519's public key is determined by the private key: derive it with a deterministic generator. */
    private static PublicKey derivePublic(PrivateKey key) throws GeneralSecurityException {
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
        return generator.generateKeyPair().getPublic();
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

    /** A SecureRandom that yields the given seed, so the generator re-creates the key pair of that seed. */
    private static final class FixedSeed extends java.security.SecureRandom {
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
