package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.CaseDisclosureRecord;
import cn.gov.huiji.fourlists.complaint.domain.CaseIdentity;
import cn.gov.huiji.fourlists.complaint.domain.DisclosureReason;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
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
    private final CaseContent content;

    public CaseDisclosure(CaseTraces caseTraces, IdentityVault vault, ObjectMapper json, CaseContent content) {
        this.caseTraces = caseTraces;
        this.vault = vault;
        this.json = json;
        this.content = content;
    }

    /** The case's content, opened for a member of staff; each reading is traced: who, when, which case — never what. */
    @Transactional
    public String readContent(ComplaintCase c, Actor actor) {
        caseTraces.record(actor, ComplaintEvents.CASE_CONTENT_OPENED, c);
        return content.open(c);
    }

    /** Every disclosure of the case, with the reasons as given: for the discipline group and auditors. */
    public java.util.List<CaseDisclosureRecord> disclosures(String caseNo) {
        ComplaintCase c = ComplaintCase.byNumber(caseNo);
        return CaseDisclosureRecord.list("caseId = ?1 order by disclosedAt", c.id);
    }

    @Transactional
    public SubmitterIdentity reveal(String caseNo, DisclosureReason code, String reason, Actor actor) {
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
        CaseDisclosureRecord kept = keep(c, "IDENTITY", null, code, reason, actor);
        caseTraces.record(actor, ComplaintEvents.CASE_IDENTITY_REVEALED, c, e -> e.withReasonCode(kept.reasonCode.name(), kept.reasonDigest));
        return identity;
    }

    @Transactional
    public File attachment(String caseNo, UUID attachmentId, DisclosureReason code, String reason, Actor actor) {
        requireReason(reason, "say why the attachment is opened", "请说明查看附件的理由");
        ComplaintCase c = ComplaintCase.byNumber(caseNo);
        CaseAttachment a = CaseAttachment.findById(attachmentId);
        if (a == null || !a.caseId.equals(c.id)) {
            throw ProblemException.notFound("Attachment", "附件", attachmentId.toString());
        }
        byte[] bytes = vault.open(c.id, new IdentityVault.Sealed(a.keyId, a.nonce, a.ciphertext));
        CaseDisclosureRecord kept = keep(c, "ATTACHMENT", a.id, code, reason, actor);
        caseTraces.record(actor, ComplaintEvents.CASE_ATTACHMENT_OPENED, c,
                e -> e.withAttachment(a.id.toString()).withReasonCode(kept.reasonCode.name(), kept.reasonDigest));
        return new File(a.mediaType, bytes);
    }

    /** The reason stays here, as given; the trace gets its code and digest (R-AUD-2: no free text in the public log). */
    private static CaseDisclosureRecord keep(ComplaintCase c, String what, UUID attachmentId, DisclosureReason code, String reason,
                                             Actor actor) {
        CaseDisclosureRecord r = new CaseDisclosureRecord();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.what = what;
        r.attachmentId = attachmentId;
        r.reasonCode = code == null ? DisclosureReason.OTHER : code;
        r.reason = SubmittedText.neutralise(reason);
        r.reasonDigest = TraceEventCodec.digest(r.reason);
        r.disclosedBy = actor.userId();
        r.disclosedAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        r.persist();
        return r;
    }

    private static void requireReason(String reason, String en, String zh) {
        if (reason == null || reason.strip().length() < 4) {
            throw ProblemException.invalid("reason", en, zh);
        }
    }
}
