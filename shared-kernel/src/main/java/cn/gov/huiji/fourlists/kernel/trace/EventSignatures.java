package cn.gov.huiji.fourlists.kernel.trace;

import cn.gov.huiji.fourlists.kernel.events.EventCatalogue;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.outbox.TraceConfig;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Only the owner of a topic can change what others apply (issue 13). Each service signs the frozen bytes of its
 * outbox events with its own Ed25519 key ({@code <key-dir>/<service>.pk8}); consumers hold the services' public keys
 * ({@code <key-dir>/<service>.pub.pem}, given by configuration, never fetched from the sender) and act on an event
 * only when its signature verifies and its {@code source} is the producer of its type on the topic it came by.
 * Anything else is a poison record: dead-lettered with a trace, applying nothing.
 */
@ApplicationScoped
public class EventSignatures {

    private static final Logger LOG = Logger.getLogger(EventSignatures.class);
    private static final String SOURCE_PREFIX = "fourlists/";

    private final Path keyDir;
    private final String service;
    private final boolean generateIfMissing;
    private final Map<String, Optional<PublicKey>> publicKeys = new ConcurrentHashMap<>();
    private volatile PrivateKey own;

    public EventSignatures(TraceConfig config) {
        this.keyDir = Path.of(config.signing().keyDir());
        this.service = serviceOf(config.source());
        this.generateIfMissing = config.signing().generateIfMissing();
    }

    static String serviceOf(String source) {
        return source != null && source.startsWith(SOURCE_PREFIX) ? source.substring(SOURCE_PREFIX.length()) : String.valueOf(source);
    }

    /** This service's event JSON, signed with its key. */
    public String sign(String eventJson) {
        return EventSignature.sign(eventJson, ownKey());
    }

    /**
     * Checks an event received on {@code topic} (null when the transport does not say): throws
     * IllegalArgumentException, naming what is wrong, unless the source's key signed it and the source owns the topic.
     */
    public void verify(String eventJson, String topic) {
        verify(TraceEventCodec.parseTree(eventJson), topic);
    }

    /** {@link #verify(String, String)} of an event already read. */
    public void verify(JsonNode event, String topic) {
        String source = event.path("source").asText(null);
        String producer = serviceOf(source);
        Optional<EventType<?>> type = EventCatalogue.byName(event.path("type").asText(""));
        if (type.isPresent() && !type.get().producer().equals(producer)) {
            throw new IllegalArgumentException("forged event: " + type.get().name() + " is recorded by " + type.get().producer()
                    + ", not by " + source);
        }
        if (topic != null && !topic.equals(topicOf(producer))) {
            throw new IllegalArgumentException("forged event: " + source + " does not own topic " + topic);
        }
        PublicKey key = publicKey(producer).orElseThrow(() -> new IllegalArgumentException(
                "unverifiable event: no public key of " + source + " is configured (" + keyDir.resolve(producer + ".pub.pem") + ")"));
        if (!event.has(EventSignature.MEMBER)) {
            throw new IllegalArgumentException("unsigned event from " + source + ": only signed events are applied");
        }
        if (!EventSignature.verifies(event, key)) {
            throw new IllegalArgumentException("forged event: the signature of " + source + " does not verify");
        }
    }

    /** The topic a service records on: the topic of the event types it produces. */
    static String topicOf(String producer) {
        return EventCatalogue.ALL.stream().filter(t -> t.producer().equals(producer)).map(EventType::topic).findFirst()
                .orElse(null);
    }

    private Optional<PublicKey> publicKey(String producer) {
        Optional<PublicKey> known = publicKeys.get(producer);
        if (known != null && known.isPresent()) {
            return known;
        }
        // a missing file is looked for again next time: a local service writes its key when it first starts
        Path file = keyDir.resolve(producer + ".pub.pem");
        Optional<PublicKey> loaded = Optional.empty();
        if (Files.exists(file)) {
            try {
                loaded = Optional.of(TreeHead.publicKeyFromPem(Files.readString(file)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.errorf("the public event key %s is unreadable: %s", file, e.getMessage());
            }
        }
        publicKeys.put(producer, loaded);
        return loaded;
    }

    private PrivateKey ownKey() {
        PrivateKey key = own;
        if (key == null) {
            synchronized (this) {
                if (own == null) {
                    own = loadOrGenerate();
                }
                key = own;
            }
        }
        return key;
    }

    private PrivateKey loadOrGenerate() {
        Path file = keyDir.resolve(service + ".pk8");
        try {
            if (!Files.exists(file)) {
                if (!generateIfMissing) {
                    throw new IllegalStateException("no event signing key at " + file.toAbsolutePath()
                            + " and fourlists.trace.signing.generate-if-missing=false");
                }
                generate(keyDir, service);
            }
            return Ed25519KeyFiles.readPrivate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the event signing key " + file + " is not an Ed25519 PKCS#8 key", e);
        }
    }

    /** Writes a key pair for {@code service}: the private key readable by its owner only, the public key beside it. */
    public static void generate(Path dir, String service) throws IOException, GeneralSecurityException {
        Ed25519KeyFiles.generate(dir.resolve(service + ".pk8"), dir.resolve(service + ".pub.pem"));
        LOG.warnf("generated a LOCAL-DEVELOPMENT event signing key for %s in %s (never commit it)", service, dir.toAbsolutePath());
    }
}
