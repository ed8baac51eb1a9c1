package cn.gov.huiji.fourlists.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** complaint-service settings (R-CMP-2..5). */
@ConfigMapping(prefix = "fourlists.complaint")
public interface ComplaintConfig {

    Identity identity();

    Intake intake();

    Tracking tracking();

    interface Identity {
        /** The key new identities are sealed with; older keys stay to open older cases (rotation). */
        String activeKeyId();

        /** Key id → 256-bit AES key, base64. */
        Map<String, String> keys();
    }

    interface Intake {
        /** Submissions per client and minute before 429. */
        @WithDefault("10")
        int perMinute();

        @WithDefault("5000")
        int maxContentChars();

        @WithDefault("3")
        int maxAttachments();

        @WithDefault("2097152")
        int maxAttachmentBytes();

        /** The same content again within this window is a duplicate. */
        @WithDefault("PT10M")
        Duration duplicateWindow();
    }

    interface Tracking {
        /** Wrong query codes per client and case before tracking is throttled. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration failureWindow();
    }
}
