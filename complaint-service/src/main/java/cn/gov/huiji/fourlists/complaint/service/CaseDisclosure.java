package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.CaseIdentity;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.SubmitterIdentity;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.util.UUID;

/**
 * What is sealed in a case is shown only to a complaint handler with a reason (Art. 30, R-CMP-3): the submitter's
 * identity and the attachments, which may show them. Each showing is traced with who and why — never with what.
 */
@ApplicationScoped
public class CaseDisclosure {

    public record File(String mediaType, byte[] bytes) {
    }

    private final CaseTraces caseTraces;
    private final IdentityVault vault;
    private final ObjectMapper json;

    public CaseDisclosure(CaseTraces caseTraces, IdentityVault vault, ObjectMapper json) {
        this.caseTraces = caseTraces;
        this.vault = vault;
        this.json = json;
    }

    @Transactional
    public SubmitterIdentity reveal(String caseNo, String reason, Actor actor) {
        requireReason(reason, "say why the identity is needed", "请说明查看身份信息的理由");
        ComplaintCase c = ComplaintCase.byNumber(caseNo);
        CaseIdentity row = CaseIdentity.findById(c.id);
        if (row == null) {
            throw ProblemException.of(404, "anonymous-case", "Anonymous case", "匿名案件",
                    "This case was submitted anonymously; no identity is kept.", "该案件为匿名提交，未保存身份信息。");
        }
        SubmitterIdentity identity;
        try {
            identity = json.readValue(vault.open(c.id, new IdentityVault.Sealed(row.keyId, row.nonce, row.ciphertext)),
                    SubmitterIdentity.class);
        } catch (IOException e) {
            throw new IllegalStateException("the sealed identity of " + caseNo + " is unreadable", e);
        }
        caseTraces.record(actor, ComplaintEvents.CASE_IDENTITY_REVEALED, c, e -> e.withReason(SubmittedText.neutralise(reason)));
        return identity;
    }

    @Transactional
    public File attachment(String caseNo, UUID attachmentId, String reason, Actor actor) {
        requireReason(reason, "say why the attachment is opened", "请说明查看附件的理由");
        ComplaintCase c = ComplaintCase.byNumber(caseNo);
        CaseAttachment a = CaseAttachment.findById(attachmentId);
        if (a == null || !a.caseId.equals(c.id)) {
            throw ProblemException.notFound("Attachment", "附件", attachmentId.toString());
        }
        byte[] bytes = vault.open(c.id, new IdentityVault.Sealed(a.keyId, a.nonce, a.ciphertext));
        caseTraces.record(actor, ComplaintEvents.CASE_ATTACHMENT_OPENED, c,
                e -> e.withAttachment(a.id.toString()).withReason(SubmittedText.neutralise(reason)));
        return new File(a.mediaType, bytes);
    }

    private static void requireReason(String reason, String en, String zh) {
        if (reason == null || reason.strip().length() < 4) {
            throw ProblemException.invalid("reason", en, zh);
        }
    }
}
