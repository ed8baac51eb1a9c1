package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.config.ComplaintConfig;
import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.CaseIdentity;
import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.IntakeChannel;
import cn.gov.huiji.fourlists.complaint.domain.QueryCodes;
import cn.gov.huiji.fourlists.complaint.domain.SubjectKind;
import cn.gov.huiji.fourlists.complaint.domain.SubmitterIdentity;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Intake of complaints, reports and suggestions (Art. 9, 28; R-CMP-2): checked whole before anything is stored, the
 * identity and the attachments sealed apart from the case, a readable number and a query code returned once.
 */
@ApplicationScoped
public class CaseIntake {

    public record Receipt(String caseNo, String queryCode, CaseState state, OffsetDateTime receivedAt, LocalDate acceptDue,
                          String acceptDueCalendarVersion) {
    }

    private final CaseTraces caseTraces;
    private final IdentityVault vault;
    private final CaseCalendar calendar;
    private final ComplaintConfig config;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final CaseContent caseContent;
    private final OfficerProjection officers;

    public CaseIntake(CaseTraces caseTraces, IdentityVault vault, CaseCalendar calendar, ComplaintConfig config, EntityManager em,
                      ObjectMapper json, Clock clock, CaseContent caseContent, OfficerProjection officers) {
        this.caseContent = caseContent;
        this.officers = officers;
        this.caseTraces = caseTraces;
        this.vault = vault;
        this.calendar = calendar;
        this.config = config;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** Intake (R-CMP-2): checked whole before anything is stored; the query code is returned once and kept only hashed. */
    @Transactional
    public Receipt receive(CaseInput input, Actor recorder) {
        IntakeChannel channel = input.channel() == null ? IntakeChannel.ONLINE : input.channel();
        List<Problem.FieldError> errors = new ArrayList<>();
        String content = SubmittedText.neutralise(input.content());
        if (content.isEmpty()) {
            errors.add(new Problem.FieldError("content", "nothing is left once markup is removed", "去除标记后内容为空"));
        } else if (content.length() > config.intake().maxContentChars()) {
            errors.add(new Problem.FieldError("content", "at most " + config.intake().maxContentChars() + " characters",
                    "内容不超过" + config.intake().maxContentChars() + "字"));
        }
        boolean needsRef = input.subjectKind() == SubjectKind.ITEM || input.subjectKind() == SubjectKind.SECTION
                || input.subjectKind() == SubjectKind.OFFICER;
        if (needsRef && (input.subjectRef() == null || input.subjectRef().isBlank())) {
            errors.add(new Problem.FieldError("subjectRef", "name the item code, section code or certificate number",
                    "请填写事项编码、科室代码或执法证号"));
        } else if (input.subjectKind() == SubjectKind.OFFICER && !officers.exists(input.subjectRef())) {
            // R-LIST-9: an officer is named by a certificate list-service registered; one revoked or suspended since is
            // still the officer complained of, so any status will do.
            errors.add(new Problem.FieldError("subjectRef", "no enforcement certificate with this number is registered",
                    "执法证号不存在"));
        }
        if (Boolean.TRUE.equals(input.anonymous()) && input.identity() != null) {
            errors.add(new Problem.FieldError("identity", "an anonymous case carries no identity", "匿名提交不应填写身份信息"));
        }
        if (Boolean.FALSE.equals(input.anonymous()) && (input.identity() == null
                || (blank(input.identity().phone()) && blank(input.identity().email()) && blank(input.identity().address())))) {
            errors.add(new Problem.FieldError("identity", "a named case gives a name and a way to reach the submitter",
                    "实名提交须填写姓名和至少一种联系方式"));
        }
        List<byte[]> files = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<CaseInput.Attachment> attachments = input.attachments() == null ? List.of() : input.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            String field = "attachments[" + i + "].contentBase64";
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(attachments.get(i).contentBase64());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(field, "not base64", "不是有效的 base64 编码"));
                continue;
            }
            if (bytes.length > config.intake().maxAttachmentBytes()) {
                errors.add(new Problem.FieldError(field, "larger than " + config.intake().maxAttachmentBytes() / 1024 + " KiB",
                        "附件超过 " + config.intake().maxAttachmentBytes() / 1024 + " KiB"));
                continue;
            }
            String type = SubmittedText.mediaTypeOf(bytes);
            if (type == null) {
                errors.add(new Problem.FieldError(field, "not a PDF, JPEG or PNG file (checked by content, not by name)",
                        "附件不是 PDF、JPEG 或 PNG 文件（按文件内容判断，而非文件名）"));
                continue;
            }
            files.add(bytes);
            types.add(type);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The submission has " + errors.size() + " error(s); nothing was stored.",
                    "提交内容有 " + errors.size() + " 处错误，未保存任何内容。", errors);
        }
        String subject = input.subjectKind() + ":" + (input.subjectRef() == null ? "" : input.subjectRef());
        String fingerprint = SubmittedText.fingerprint(input.kind().name(), subject, content);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        boolean recent = (Boolean) em.createNativeQuery(
                        "select exists (select 1 from complaint_case where content_hash = ?1 and received_at > ?2)")
                .setParameter(1, fingerprint).setParameter(2, now.minus(config.intake().duplicateWindow())).getSingleResult();
        if (recent) {
            throw ProblemException.of(409, "duplicate-submission", "Duplicate submission", "重复提交",
                    "The same submission was received a few minutes ago; it is being handled. Follow it with the case number you were given.",
                    "几分钟前已收到相同内容的提交，正在办理，请使用当时获得的受理编号查询。");
        }

        ComplaintCase c = new ComplaintCase();
        c.id = UUID.randomUUID();
        c.kind = input.kind();
        c.caseNo = nextNumber(c.kind.prefix, calendar.today().getYear());
        c.subjectKind = input.subjectKind();
        c.subjectRef = blank(input.subjectRef()) ? null : input.subjectRef();
        caseContent.seal(c, content);
        c.contentHash = fingerprint;
        c.channel = channel;
        c.anonymous = input.anonymous();
        String code = QueryCodes.generate();
        c.queryCodeHash = QueryCodes.hash(code);
        c.state = CaseState.RECEIVED;
        c.receivedAt = now;
        c.recordedBy = channel == IntakeChannel.ONLINE ? null : recorder.userId();
        Deadline acceptDue = calendar.acceptDue(calendar.today()); // provisional in late December until the notice is out
        c.acceptDue = acceptDue.due();
        c.calendarVersion = acceptDue.calendarVersion();
        // Art. 30: a complaint about a section must not reach that section before a handler has looked at it. The
        // citizen's choice is only a proposal; a handler's assignment alone gives a section access.
        c.proposedSection = input.subjectKind() == SubjectKind.SECTION ? input.subjectRef() : null;
        c.section = null;
        c.persist();
        if (!c.anonymous) {
            CaseInput.Identity id = input.identity();
            SubmitterIdentity identity = new SubmitterIdentity(SubmittedText.neutralise(id.name()), id.phone(), id.idNumber(),
                    SubmittedText.neutralise(id.address()), id.email());
            IdentityVault.Sealed sealed = vault.seal(c.id, toJson(identity));
            CaseIdentity row = new CaseIdentity();
            row.caseId = c.id;
            row.keyId = sealed.keyId();
            row.nonce = sealed.nonce();
            row.ciphertext = sealed.ciphertext();
            row.persist();
        }
        for (int i = 0; i < files.size(); i++) {
            IdentityVault.Sealed sealed = vault.seal(c.id, files.get(i));
            CaseAttachment a = new CaseAttachment();
            a.id = UUID.randomUUID();
            a.caseId = c.id;
            a.mediaType = types.get(i);
            a.size = files.get(i).length;
            a.keyId = sealed.keyId();
            a.nonce = sealed.nonce();
            a.ciphertext = sealed.ciphertext();
            a.persist();
        }
        caseTraces.record(channel == IntakeChannel.ONLINE ? Actor.ANONYMOUS : recorder, ComplaintEvents.CASE_RECEIVED, c,
                e -> e.withChannel(channel.name()));
        return new Receipt(c.caseNo, code, c.state, c.receivedAt, c.acceptDue, c.calendarVersion);
    }

    /**
     * The next readable number of a kind and year, e.g. TS-2026-000123. A sequence per kind and year (created the first
     * time the year is used): numbers never block concurrent intakes; a rolled-back intake leaves a gap, never a repeat.
     */
    private String nextNumber(String prefix, int year) {
        String sequence = ensureSequence(prefix, year);
        Number n = (Number) em.createNativeQuery("select nextval('" + sequence + "')").getSingleResult();
        return String.format("%s-%d-%06d", prefix, year, n.longValue());
    }

    /** Creates the number sequence of a kind and year if missing; at start-up for this year and the next (see CaseNumbers). */
    @Transactional
    public String ensureSequence(String prefix, int year) {
        String sequence = "case_no_" + prefix.toLowerCase(java.util.Locale.ROOT) + "_" + year;
        if (em.createNativeQuery("select to_regclass(?1)::text").setParameter(1, sequence).getSingleResult() == null) {
            // the application role creates nothing itself: the owner's function does (V2026_12_04_4)
            em.createNativeQuery("select ensure_case_number_sequence(?1, ?2)").setParameter(1, prefix).setParameter(2, year).getSingleResult();
        }
        return sequence;
    }

    private byte[] toJson(SubmitterIdentity identity) {
        try {
            return json.writeValueAsBytes(identity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
