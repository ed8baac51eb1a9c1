package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Everything needed to prove, offline, what the bureau's list said about one item version and since when
 * (可验证): the version's content, the leaf that committed it, an audit path from that leaf to a signed tree head,
 * and the key that signed the head. Served by audit-service at {@code GET /api/v1/items/{code}/versions/{n}/proof};
 * checked by {@code log-verifier verify-bundle FILE}.
 *
 * @param format    {@value #FORMAT}
 * @param item      the item's code
 * @param version   the item's version
 * @param content   the version as published (the event's {@code data}); the leaf opens exactly this
 * @param leafIndex the leaf's index in the log
 * @param leaf      base64 of the leaf's exact bytes (format {@value PublicLeaf#FORMAT}, which opens the content)
 * @param auditPath hex hashes from the leaf up to the root of {@code treeHead}
 * @param treeHead  a signed tree head whose tree includes the leaf
 * @param publicKey PEM of the Ed25519 key the head verifies with (pin your own copy with --public-key)
 */
public record ProofBundle(String format, String item, int version, JsonNode content, long leafIndex, String leaf,
                          List<String> auditPath, TreeHead treeHead, String publicKey) {

    public static final String FORMAT = "fourlists-proof-bundle/1";
    /** The event types whose leaf opens an item version as published. */
    public static final List<String> ITEM_VERSION_TYPES = List.of("fourlists.list.item.loaded", "fourlists.list.item.adjusted");
}
