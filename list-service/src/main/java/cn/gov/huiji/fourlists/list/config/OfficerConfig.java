package cn.gov.huiji.fourlists.list.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** The officer register's expiry warnings (R-LIST-9): when the daily scan runs and how far ahead it warns. */
@ConfigMapping(prefix = "fourlists.officers")
public interface OfficerConfig {

    /** The default of {@link #expiryScanCron()}, also the fallback the scheduler's expression names. */
    String DEFAULT_CRON = "0 15 1 * * ?";

    /** When the daily scan runs, a Quartz cron in Beijing time (default 01:15 every day). */
    @WithDefault(DEFAULT_CRON)
    String expiryScanCron();

    /** Whether the scan also runs once when the service starts (a day missed while it was down is caught up). */
    @WithDefault("true")
    boolean expiryScanAtStartup();

    /** Calendar days before a certificate's last day at which it is warned of, each once (R-LIST-9: 30 and 7). */
    @WithDefault("30,7")
    List<Integer> expiryWarningDays();
}
