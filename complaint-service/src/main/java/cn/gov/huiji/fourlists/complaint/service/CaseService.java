package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.config.ComplaintConfig;
import cn.gov.huiji.fourlists.complaint.domain.CaseAction;
import cn.gov.huiji.fourlists.complaint.domain.CaseAttachment;
import cn.gov.huiji.fourlists.complaint.domain.CaseIdentity;
import cn.gov.huiji.fourlists.complaint.domain.CaseState;
import cn.gov.huiji.fourlists.complaint.domain.CaseWorkflow;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import cn.gov.huiji.fourlists.complaint.domain.IntakeChannel;
import cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason;
import cn.gov.huiji.fourlists.complaint.domain.SubjectKind;
import cn.gov.huiji.fourlists.complaint.rest.CaseInput;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Complaints, reports and suggestions (Art. 9, 28, 30; R-CMP-2..5). Traces carry the case number, kind, state and
 * section, never the content or anything of the submitter: the trace log is public.
 */
@ApplicationScoped
public class CaseService {

    public record Receipt(String caseNo, String queryCode, CaseState state, OffsetDateTime receivedAt, LocalDate acceptDue,
                          String acceptDueCalendarVersion) {
    }

    public record ActionInput(NotAcceptedReason reason, String text, String section, String publicAnswer,
                              Integer extensionDays) {
    }

    public record Identity(String name, String phone, String idNumber, String address, String email) {
    }

    private final TraceRecorder traces;
    private final IdentityVault vault;
    private final CaseCalendar calendar;
    private final ComplaintConfig config;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public CaseService(TraceRecorder traces, IdentityVault vault, CaseCalendar calendar, ComplaintConfig config,
                       EntityManager em, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.traces = traces;
        this.vault = vault;
        this.calendar = calendar;
        this.config = config;
        this.em = em;
        this.json = json;
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
        c.content = content;
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
        // An item or section named by the public is where the case will most likely go.
        c.section = input.subjectKind() == SubjectKind.SECTION ? input.subjectRef() : null;
        c.persist();
        if (!c.anonymous) {
            CaseInput.Identity id = input.identity();
            Identity identity = new Identity(SubmittedText.neutralise(id.name()), id.phone(), id.idNumber(),
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
        trace(channel == IntakeChannel.ONLINE ? Actor.ANONYMOUS : recorder, "received", c, Map.of("channel", channel.name()));
        return new Receipt(c.caseNo, code, c.state, c.receivedAt, c.acceptDue, c.calendarVersion);
    }

    /** A staff action on a case (R-CMP-4), as the workflow table allows. */
    @Transactional
    public ComplaintCase act(String caseNo, CaseAction action, ActionInput input, Actor actor) {
        ComplaintCase c = lock(caseNo);
        CaseState next = CaseWorkflow.next(c.state, action).orElseThrow(() -> new ProblemException(new Problem(
                Problem.TYPE_PREFIX + "action-not-allowed", "Action not allowed", "当前状态不允许该操作", 409,
                "A case in state " + c.state + " cannot be " + action.path() + ".",
                "案件处于“" + c.state.nameZh + "”状态，不能执行该操作。", null, List.of(), CaseWorkflow.allowed(c.state))));
        boolean handler = actor.roles().contains(Roles.COMPLAINT_HANDLER);
        boolean ownSection = c.section != null && c.section.equals(actor.section())
                && (actor.roles().contains(Roles.SECTION_HEAD) || actor.roles().contains(Roles.CLERK));
        if (!(handler || (action == CaseAction.ANSWER && ownSection))) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "无权操作",
                    "Only complaint handlers (and, for the answer, the assigned section) act on cases.",
                    "只有投诉举报处理人员（答复时还包括承办科室）可以办理案件。");
        }
        LocalDate today = calendar.today();
        Map<String, Object> extra = new LinkedHashMap<>();
        switch (action) {
            case ACCEPT -> {
                c.acceptedOn = today;
                c.answerDue = today.plusDays(CaseCalendar.ANSWER_DAYS);
            }
            case NOT_ACCEPT -> {
                if (input.reason() == null) {
                    throw ProblemException.invalid("reason", "give the reason from the fixed list", "请从规定的理由中选择不予受理的理由");
                }
                c.notAcceptedReason = input.reason();
                c.decisionText = SubmittedText.neutralise(input.text());
                c.closedOn = today;
                extra.put("reason", input.reason().name());
            }
            case ASSIGN -> {
                if (blank(input.section())) {
                    throw ProblemException.invalid("section", "name the section that handles the case", "请指定承办科室");
                }
                c.section = input.section();
            }
            case EXTEND -> {
                if (c.extendedDays != null) {
                    throw ProblemException.conflict("The time limit was already extended once.", "办理期限已延长过一次。");
                }
                if (input.extensionDays() == null || input.extensionDays() < 1 || input.extensionDays() > CaseCalendar.MAX_EXTENSION_DAYS) {
                    throw ProblemException.invalid("extensionDays", "between 1 and 30 days", "延长期限为1至30日");
                }
                if (blank(input.text())) {
                    throw ProblemException.invalid("text", "state the reason for the extension", "请说明延期理由");
                }
                c.extendedDays = input.extensionDays();
                c.extensionReason = SubmittedText.neutralise(input.text());
                c.answerDue = c.answerDue.plusDays(input.extensionDays());
                c.warnedStep = null;
                extra.put("extensionDays", input.extensionDays());
            }
            case ANSWER -> {
                if (blank(input.publicAnswer())) {
                    throw ProblemException.invalid("publicAnswer", "the answer the submitter will read", "请填写向投诉举报人公开的答复");
                }
                c.publicAnswer = SubmittedText.neutralise(input.publicAnswer());
                c.answeredOn = today;
                c.feedbackSatisfied = null;
                c.feedbackText = null;
            }
            case CLOSE -> c.closedOn = today;
            case REOPEN -> {
                if (c.reopened || !Boolean.FALSE.equals(c.feedbackSatisfied)) {
                    throw ProblemException.conflict("Only a case the submitter was not satisfied with is reopened, and only once.",
                            "只有投诉举报人不满意的案件可以重新办理，且仅限一次。");
                }
                c.reopened = true;
                c.closedOn = null;
                c.answerDue = today.plusDays(CaseCalendar.ANSWER_DAYS);
                c.warnedStep = null;
                c.overdueStep = null;
            }
        }
        c.state = next;
        trace(actor, action.path(), c, extra);
        return c;
    }

    /** Public tracking (R-CMP-5): a wrong code and a missing case answer alike. */
    public ComplaintCase track(String caseNo, String code) {
        ComplaintCase c = caseNo == null ? null : ComplaintCase.find("caseNo", caseNo).firstResult();
        if (c == null || !QueryCodes.matches(code, c.queryCodeHash)) {
            throw notFound();
        }
        return c;
    }

    /** The submitter's feedback on the answer (satisfied or not, with text). */
    @Transactional
    public ComplaintCase feedback(String caseNo, String code, boolean satisfied, String text) {
        ComplaintCase c = track(caseNo, code);
        c = lock(caseNo);
        if ((c.state != CaseState.ANSWERED && c.state != CaseState.CLOSED) || c.feedbackSatisfied != null) {
            throw ProblemException.conflict("Feedback is given once, after the answer.", "答复后可评价一次。");
        }
        c.feedbackSatisfied = satisfied;
        c.feedbackText = SubmittedText.neutralise(text);
        trace(Actor.ANONYMOUS, "feedback", c, Map.of("satisfied", satisfied));
        return c;
    }

    /** R-CMP-3: the identity, to a complaint handler, with a reason; the trace says who, when and why — never what. */
    @Transactional
    public Identity reveal(String caseNo, String reason, Actor actor) {
        if (blank(reason) || reason.strip().length() < 4) {
            throw ProblemException.invalid("reason", "say why the identity is needed", "请说明查看身份信息的理由");
        }
        ComplaintCase c = byNumber(caseNo);
        CaseIdentity row = CaseIdentity.findById(c.id);
        if (row == null) {
            throw ProblemException.of(404, "anonymous-case", "Anonymous case", "匿名案件",
                    "This case was submitted anonymously; no identity is kept.", "该案件为匿名提交，未保存身份信息。");
        }
        Identity identity = fromJson(vault.open(c.id, new IdentityVault.Sealed(row.keyId, row.nonce, row.ciphertext)));
        trace(actor, "identity-revealed", c, Map.of("reason", SubmittedText.neutralise(reason)));
        return identity;
    }

    public record File(String mediaType, byte[] bytes) {
    }

    /** An attachment, opened for a complaint handler; it may show the submitter, so the opening is traced (who, why). */
    @Transactional
    public File attachment(String caseNo, java.util.UUID attachmentId, String reason, Actor actor) {
        if (blank(reason) || reason.strip().length() < 4) {
            throw ProblemException.invalid("reason", "say why the attachment is opened", "请说明查看附件的理由");
        }
        ComplaintCase c = byNumber(caseNo);
        CaseAttachment a = CaseAttachment.findById(attachmentId);
        if (a == null || !a.caseId.equals(c.id)) {
            throw ProblemException.notFound("Attachment", "附件", attachmentId.toString());
        }
        byte[] bytes = vault.open(c.id, new IdentityVault.Sealed(a.keyId, a.nonce, a.ciphertext));
        trace(actor, "attachment-opened", c, Map.of("attachment", a.id.toString(), "reason", SubmittedText.neutralise(reason)));
        return new File(a.mediaType, bytes);
    }

    public ComplaintCase byNumber(String caseNo) {
        ComplaintCase c = ComplaintCase.find("caseNo", caseNo).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Case", "案件", caseNo);
        }
        return c;
    }

    public static ProblemException notFound() {
        return ProblemException.of(404, "case-not-found", "No such case", "未查询到案件",
                "No case matches this number and query code.", "受理编号或查询码不正确，未查询到案件。");
    }

    /** Warnings one working day before a step is due, overdue flags after; each once per step (as for adjustments). */
    @Transactional
    public int scanDeadlines(LocalDate today) {
        int raised = 0;
        List<ComplaintCase> open = ComplaintCase.list("state in ?1", List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.ASSIGNED));
        for (ComplaintCase c : open) {
            String step = c.state == CaseState.RECEIVED ? "accept" : "answer";
            LocalDate due = c.state == CaseState.RECEIVED ? c.acceptDue : c.answerDue;
            if (due == null) {
                continue;
            }
            switch (calendar.stateOf(due, today)) {
                case OVERDUE -> {
                    if (!step.equals(c.overdueStep)) {
                        c.overdueStep = step;
                        trace(Actor.SYSTEM, "overdue", c, Map.of("step", step, "due", due.toString()));
                        raised++;
                    }
                }
                case DUE_SOON -> {
                    if (!step.equals(c.warnedStep)) {
                        c.warnedStep = step;
                        trace(Actor.SYSTEM, "warning", c, Map.of("step", step, "due", due.toString()));
                        raised++;
                    }
                }
                case PENDING -> { }
            }
        }
        return raised;
    }

    private ComplaintCase lock(String caseNo) {
        ComplaintCase c = byNumber(caseNo);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
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
            em.createNativeQuery("create sequence if not exists " + sequence).executeUpdate();
        }
        return sequence;
    }

    /** Only what the public trace log may carry: number, kind, state, section. */
    void trace(Actor actor, String what, ComplaintCase c, Map<String, Object> extra) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNo", c.caseNo);
        d.put("kind", c.kind.name());
        d.put("state", c.state.name());
        d.put("section", c.section);
        d.putAll(extra);
        traces.record(actor, "fourlists.complaint.case." + what, "case/" + c.caseNo, d);
    }

    private byte[] toJson(Identity identity) {
        try {
            return json.writeValueAsBytes(identity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Identity fromJson(byte[] bytes) {
        try {
            return json.readValue(bytes, Identity.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
