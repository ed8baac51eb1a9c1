package cn.gov.huiji.fourlists.disclosure.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/** The keys that seal certificate numbers at rest (Art. 8: personal privacy never published). */
@ConfigMapping(prefix = "fourlists.disclosure.numbers")
public interface NumbersConfig {

    /** The key new numbers are sealed with; older keys stay to open older versions (rotation). */
    String activeKeyId();

    /** Key id → 256-bit AES key, base64. */
    Map<String, String> keys();
}
