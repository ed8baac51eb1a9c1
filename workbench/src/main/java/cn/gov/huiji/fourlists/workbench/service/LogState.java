package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.logverifier.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tamper-evident log as the auditor needs to know it (R-AUD-2, R-AUD-3): how many traces the latest signed tree
 * head covers, when it was signed, its root, whether its signature holds under the log's published key, and which
 * traces never arrived (gaps in a source's sequence numbers: 漏报, Art. 29).
 *
 * @param treeSize       traces the head covers
 * @param signedAt       when it was signed, bureau time
 * @param rootHash       the full root (hex)
 * @param rootShort      its first 16 hex digits, for reading aloud
 * @param signature      the signature check in Chinese
 * @param signatureValid whether it verified
 * @param openGaps       gaps still open
 * @param resolvedGaps   gaps whose traces arrived later
 * @param summary        the state in one sentence
 */
public record LogState(long treeSize, String signedAt, String rootHash, String rootShort, String signature, boolean signatureValid,
                       List<Gap> openGaps, List<Gap> resolvedGaps, String summary) {

    /** A run of missing sequence numbers of one service. */
    public record Gap(String source, long firstMissing, long lastMissing, long count, String detectedAt, String resolvedAt) {
    }

    /**
     * @param head      GET /api/v1/log/tree-head: {@code {treeSize, rootHash, timestamp, signature}}
     * @param publicKey GET /api/v1/log/public-key (PEM), or null when it could not be read
     * @param gaps      GET /api/v1/log/gaps: {@code [{source, firstMissing, lastMissing, detectedAt, resolvedAt}]}
     */
    public static LogState of(JsonNode head, String publicKey, JsonNode gaps) {
        TreeHead sth = new TreeHead(head.path("treeSize").asLong(), head.path("rootHash").asText(""), head.path("timestamp").asLong(),
                head.path("signature").asText(""));
        boolean valid = false;
        String signature;
        if (publicKey == null) {
            signature = "未能读取日志公钥，签名未核验";
        } else {
            try {
                valid = sth.verify(TreeHead.publicKeyFromPem(publicKey));
                signature = valid ? "签名有效（已用审计服务公布的日志公钥核验）" : "签名无效：树头与日志公钥不符，请报纪检组";
            } catch (IllegalArgumentException e) {
                signature = "日志公钥无法识别，签名未核验";
            }
        }
        List<Gap> open = new ArrayList<>();
        List<Gap> resolved = new ArrayList<>();
        for (JsonNode g : gaps) {
            long first = g.path("firstMissing").asLong();
            long last = g.path("lastMissing").asLong();
            Gap gap = new Gap(TraceRows.source(g.path("source").asText("")), first, last, last - first + 1,
                    TraceRows.time(g.path("detectedAt").asText(null)), TraceRows.time(g.path("resolvedAt").asText(null)));
            (g.hasNonNull("resolvedAt") ? resolved : open).add(gap);
        }
        String summary;
        if (open.isEmpty()) {
            summary = "日志完整，无缺口。";
        } else {
            long missing = open.stream().mapToLong(Gap::count).sum();
            summary = "发现 " + open.size() + " 处缺口，共缺 " + missing + " 条痕迹（漏报），见下表。";
        }
        String root = sth.rootHash();
        return new LogState(sth.treeSize(), Instant.ofEpochMilli(sth.timestamp()).atZone(BureauClock.ZONE).format(TraceRows.TIME), root,
                root.length() > 16 ? root.substring(0, 16) + "…" : root, signature, valid, open, resolved, summary);
    }
}
