package cn.gov.huiji.fourlists.kernel.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where this service's trace events come from and go to, and how the outbox relay runs. */
@ConfigMapping(prefix = "fourlists.trace")
public interface TraceConfig {

    /** CloudEvents {@code source} of every event this service emits, e.g. {@code fourlists/list-service}. */
    String source();

    /** The Kafka topic this service's events go to, e.g. {@code list-events}. */
    String topic();

    Outbox outbox();

    Signing signing();

    /** The Ed25519 keys of the suite's events (issue 13). */
    interface Signing {
        /**
         * Where this service's key ({@code <service>.pk8}) and every service's public key ({@code <service>.pub.pem})
         * are. Never committed; production provisions it.
         */
        @WithDefault("run/keys/events")
        String keyDir();

        /** Generate this service's key pair when missing: local runs only; production refuses to start with it. */
        @WithDefault("false")
        boolean generateIfMissing();
    }

    interface Outbox {
        /** Off only to show, in a test, that an unsent event survives a crash. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for unsent events (a scheduler period such as {@code 1s}). */
        @WithDefault("1s")
        String pollInterval();

        /** How long after start-up the relay first runs. */
        @WithDefault("5s")
        String initialDelay();

        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for the broker's acknowledgement of a batch, in seconds. */
        @WithDefault("30")
        int publishTimeoutSeconds();
    }
}
