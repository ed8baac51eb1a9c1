package cn.gov.huiji.fourlists.audit.log;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the tamper-evident log runs. */
@ConfigMapping(prefix = "fourlists.log")
public interface LogConfig {

    /** PKCS#8 file of the Ed25519 key that signs log 2's tree heads. Never committed. */
    @WithDefault("run/keys/audit-log-2-ed25519.pk8")
    String signingKeyFile();

    /**
     * PEM file of the signing key's public half, provisioned beside it (Java cannot derive an Ed25519 public key
     * from the private one without provider tricks). The service refuses to start when the two do not belong together.
     */
    @WithDefault("run/keys/audit-log-2-ed25519.pub.pem")
    String publicKeyFile();

    /**
     * Generate the key file when it is missing: right for a local run, wrong for a real deployment, where the
     * key is provisioned and this is false (a missing key must then stop the service).
     */
    @WithDefault("false")
    boolean generateKeyIfMissing();

    /** How many trace entries one integration step adds to the tree. */
    @WithDefault("2000")
    int integrateBatch();

    /** How long a later sequence number must have been stored before a missing earlier one counts as a gap. */
    @WithDefault("60")
    int gapGraceSeconds();

    /**
     * How long after it was stored a trace entry counts as settled for the integrity check ({@link LogIntegrity}): the
     * check re-reads newer entries every time, so a transaction that commits a lower id late is still caught.
     */
    @WithDefault("300")
    int integritySettleSeconds();
}
