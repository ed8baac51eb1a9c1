package cn.gov.huiji.fourlists.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The portal's own settings. */
@ConfigMapping(prefix = "fourlists.portal")
public interface PortalConfig {

    /**
     * Where anyone reaches audit-service's public log, as the citizen types it: the spot checks' page names it in the
     * command by which an outsider recomputes a sample (R-ADJ-6, Art. 21, 29). The portal itself may reach audit-service
     * on another, internal address (quarkus.rest-client.log.url).
     */
    @WithDefault("http://127.0.0.1:8084")
    String logAddress();
}
