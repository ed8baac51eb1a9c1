package cn.gov.huiji.fourlists.kernel.testing;

import cn.gov.huiji.fourlists.kernel.trace.Ed25519KeyFiles;
import cn.gov.huiji.fourlists.kernel.trace.EventSignature;
import cn.gov.huiji.fourlists.kernel.trace.EventSignatures;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Signs a test's event as its producer's relay would (issue 13), with the producer's key in the test key folder
 * ({@code fourlists.trace.signing.key-dir}), created there when missing; consumers under test read its public half.
 */
public final class SignedEvents {

    private SignedEvents() {
    }

    public static String sign(String eventJson) {
        String source = TraceEventCodec.parseTree(eventJson).path("source").asText();
        String producer = source.startsWith("fourlists/") ? source.substring("fourlists/".length()) : source;
        Path dir = Path.of(ConfigProvider.getConfig().getOptionalValue("fourlists.trace.signing.key-dir", String.class)
                .orElse("target/test-keys/events"));
        try {
            synchronized (SignedEvents.class) {
                if (!Files.exists(dir.resolve(producer + ".pk8"))) {
                    EventSignatures.generate(dir, producer);
                }
            }
            return EventSignature.sign(eventJson, Ed25519KeyFiles.readPrivate(dir.resolve(producer + ".pk8")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the test event as " + source, e);
        }
    }
}
