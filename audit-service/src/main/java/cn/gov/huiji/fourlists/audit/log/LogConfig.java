package cn.gov.huiji.fourlists.audit.log;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the tamper-evident log runs. */
@ConfigMapping(prefix = "fourlists.log")
public interface LogConfig {

    /** PKCS#8 file of the Ed25519 key that signs tree heads. Never committed. */
    @WithDefault("run/keys/audit-log-ed25519.pk8")
    String signingKeyFile();

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
}
