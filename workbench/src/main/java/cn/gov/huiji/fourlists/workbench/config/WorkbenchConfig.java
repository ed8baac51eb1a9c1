package cn.gov.huiji.fourlists.workbench.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The workbench's own settings. */
@ConfigMapping(prefix = "fourlists.workbench")
public interface WorkbenchConfig {

    /** Where staff reach the workbench: the links in e-mails start here. */
    @WithDefault("http://127.0.0.1:8086")
    String baseUrl();

    /** The services' public event keys ({@code <dir>/<service>.pub.pem}): only events they signed notify anyone. */
    @WithDefault("run/keys/events")
    String eventKeyDir();

    /**
     * Where anyone reaches audit-service's public log: a spot check's page names it in the command by which an outsider
     * recomputes the sample (R-ADJ-6, Art. 21, 29).
     */
    @WithDefault("http://127.0.0.1:8084")
    String logAddress();

    Mail mail();

    interface Mail {
        /** How often the notifications not yet mailed are sent. */
        @WithDefault("5s")
        String every();

        /** Attempts per notification before the workbench gives up mailing it (the notice stays in the workbench). */
        @WithDefault("6")
        int maxAttempts();
    }
}
