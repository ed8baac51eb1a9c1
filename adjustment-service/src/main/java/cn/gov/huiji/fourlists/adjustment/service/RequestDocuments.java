package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.DocumentFile;
import cn.gov.huiji.fourlists.adjustment.domain.DocumentFileType;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The files of the documents behind a request's trigger (Art. 25: the new, amended or repealed law, the reorganisation
 * notice): attached by the applying section while it may change the request, checked by type and size, kept as
 * received, each attachment traced with the file's SHA-256.
 */
@ApplicationScoped
public class RequestDocuments {

    private final RequestService requests;
    private final TraceRecorder traces;
    private final Clock clock;

    public RequestDocuments(RequestService requests, TraceRecorder traces, Clock clock) {
        this.requests = requests;
        this.traces = traces;
        this.clock = clock;
    }

    @Transactional
    public DocumentFile attach(UUID requestId, String fileName, byte[] content, Actor actor) {
        AdjustmentRequest request = requests.visibleForUpdate(requestId, actor);
        RequestService.checkChangeable(request, actor);
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "the file is empty", "文件为空");
        }
        if (content.length > DocumentFileType.MAX_BYTES) {
            throw ProblemException.of(413, "file-too-large", "File too large", "文件过大",
                    "A document file may have at most " + DocumentFileType.MAX_BYTES / (1024 * 1024) + " MiB.",
                    "单个依据文件不得超过 " + DocumentFileType.MAX_BYTES / (1024 * 1024) + " MB。");
        }
        DocumentFileType type = DocumentFileType.of(name, content).orElseThrow(() -> ProblemException.of(415,
                "unsupported-document-type", "Unsupported file type", "文件类型不受支持",
                "A document file must be PDF, OFD, Word (.docx), PNG or JPEG; its content, not its name, decides.",
                "依据文件须为 PDF、OFD、Word（.docx）、PNG 或 JPEG 格式（按文件内容识别，而非文件名）。"));
        if (DocumentFile.count("requestId", requestId) >= DocumentFileType.MAX_FILES) {
            throw ProblemException.conflict("A request has at most " + DocumentFileType.MAX_FILES + " document files.",
                    "每件申请最多上传 " + DocumentFileType.MAX_FILES + " 个依据文件。");
        }
        DocumentFile file = new DocumentFile();
        file.id = UUID.randomUUID();
        file.requestId = requestId;
        file.fileName = name;
        file.mediaType = type.mediaType;
        file.size = content.length;
        file.sha256 = sha256(content);
        file.content = content;
        file.attachedBy = actor.userId();
        file.attachedAt = OffsetDateTime.now(clock);
        file.persist();
        traces.record(actor, AdjustmentEvents.DOCUMENT_ATTACHED, requestId, new AdjustmentEvents.DocumentAttached(requestId,
                file.id, file.fileName, file.mediaType, file.size, file.sha256, request.section));
        return file;
    }

    /** The files of a request the reader may see, oldest first. */
    @Transactional
    public List<DocumentFile> of(UUID requestId, Actor reader) {
        requests.visible(requestId, reader);
        return DocumentFile.list("requestId", Sort.ascending("attachedAt"), requestId);
    }

    /** A file as downloaded: its name, its type, its bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public Download one(UUID requestId, UUID fileId, Actor reader) {
        requests.visible(requestId, reader);
        DocumentFile file = DocumentFile.findById(fileId);
        if (file == null || !file.requestId.equals(requestId)) {
            throw ProblemException.notFound("Document file", "依据文件", fileId.toString());
        }
        return new Download(file.fileName, file.mediaType, file.content); // the lazy content, read inside the transaction
    }

    /** The name as shown and offered for download: no folders, no control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid("file", "the file has no name", "文件缺少文件名");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
