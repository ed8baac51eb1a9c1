package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.enforcement.domain.BodyFields;
import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.domain.EnforcementBody;
import cn.gov.huiji.fourlists.list.enforcement.domain.EnforcementBodyVersion;
import cn.gov.huiji.fourlists.list.enforcement.domain.Entrustment;
import cn.gov.huiji.fourlists.list.service.CatalogueRevisions;
import cn.gov.huiji.fourlists.list.service.ItemVersioning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The legal section keeps the register of enforcement bodies and entrustments (Art. 17–18, R-LIST-8). Every change
 * of a body is a new immutable version (so asOf reads answer what was registered and published on a day), every
 * change leaves one trace in its own transaction, and the lists' revision moves (the authority check reads bodies).
 */
@ApplicationScoped
public class BodyService {

    /** What the legal section says of a body. */
    public record BodyData(String creditCode, String name, BodyKind kind, String enforcementCategory, String legalBasis,
                            String confirmationNo, LocalDate confirmationDate) {
    }

    /** What the legal section says of an entrustment (the entrusted body is named by the path). */
    public record EntrustmentData(String entrustingCreditCode, List<String> itemCodes, LocalDate validFrom,
                                   LocalDate validTo, String documentNo, LocalDate documentDate) {
    }

    private final TraceRecorder traces;
    private final CatalogueRevisions revisions;

    public BodyService(TraceRecorder traces, CatalogueRevisions revisions) {
        this.traces = traces;
        this.revisions = revisions;
    }

    /** Registers a body, not yet published: publication is a separate act once it is confirmed (Art. 17). */
    @Transactional
    public BodyRecord register(BodyData input, String by) {
        String code = validCode("creditCode", input.creditCode());
        if (EnforcementBody.findById(code) != null) {
            throw ProblemException.conflict("Body " + code + " is registered already; change it with PUT.",
                    "执法主体 " + code + " 已登记，请通过修改登记信息变更。");
        }
        BodyFields fields = fields(input);
        fields.published = false;
        EnforcementBody body = new EnforcementBody();
        body.creditCode = code;
        body.registeredAt = now();
        body.registeredBy = by;
        EnforcementBodyVersion v = newVersion(body, fields, body.registeredAt, null, by);
        traces.record(ListEvents.BODY_REGISTERED, code, eventData(v));
        return BodyRecord.of(v);
    }

    /**
     * Changes a body's record: a new version. A published body stays published, so it must stay confirmed; nothing
     * changed makes no version and no trace.
     */
    @Transactional
    public BodyRecord update(String creditCode, BodyData input, String by) {
        EnforcementBody body = existing(creditCode);
        if (input.creditCode() != null && !input.creditCode().isBlank()
                && !BodyRegister.normal(input.creditCode()).equals(body.creditCode)) {
            throw ProblemException.invalid("creditCode", "differs from the body in the path; a body's code never changes",
                    "与路径中的主体不一致；统一社会信用代码不可变更");
        }
        BodyFields fields = fields(input);
        fields.published = body.fields.published;
        if (fields.published && !fields.confirmed()) {
            throw ProblemException.conflict("Body " + body.creditCode + " is published: it must keep its confirmation "
                            + "(confirmationNo and confirmationDate); withdraw it first (Art. 17).",
                    "执法主体 " + body.creditCode + " 已公告，须保留确认文号及确认日期；如需变更请先撤销公告（第十七条）。");
        }
        if (same(body.fields, fields)) {
            return current(body);
        }
        EnforcementBodyVersion v = newVersion(body, fields, now(), null, by);
        traces.record(ListEvents.BODY_UPDATED, body.creditCode, eventData(v));
        return BodyRecord.of(v);
    }

    /** Publishes a confirmed body (公告, Art. 17); publishing a published body changes nothing. */
    @Transactional
    public BodyRecord publish(String creditCode, String by) {
        EnforcementBody body = existing(creditCode);
        if (body.fields.published) {
            return current(body);
        }
        if (!body.fields.confirmed()) {
            throw ProblemException.of(409, "body-not-confirmed", "Body not confirmed", "主体未确认",
                    "Body " + body.creditCode + " has no confirmation on record (confirmationNo and confirmationDate): "
                            + "only a confirmed body is published (Art. 17).",
                    "执法主体 " + body.creditCode + " 尚无确认文号及确认日期，主体未确认，不予公告（第十七条）。");
        }
        BodyFields fields = body.fields.copy();
        fields.published = true;
        EnforcementBodyVersion v = newVersion(body, fields, now(), null, by);
        traces.record(ListEvents.BODY_PUBLISHED, body.creditCode, eventData(v));
        return BodyRecord.of(v);
    }

    /** Withdraws a body from publication, with the reason: from now it may implement no published item. */
    @Transactional
    public BodyRecord withdraw(String creditCode, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "required: why the body is withdrawn", "必填：撤销公告的理由");
        }
        EnforcementBody body = existing(creditCode);
        if (!body.fields.published) {
            throw ProblemException.conflict("Body " + body.creditCode + " is not published.",
                    "执法主体 " + body.creditCode + " 未公告，无需撤销。");
        }
        BodyFields fields = body.fields.copy();
        fields.published = false;
        EnforcementBodyVersion v = newVersion(body, fields, now(), reason.strip(), by);
        traces.record(ListEvents.BODY_WITHDRAWN, body.creditCode, eventData(v));
        return BodyRecord.of(v);
    }

    /**
     * Registers an entrustment (Art. 18): the body must be an entrusted organisation, the entrusting body must be
     * registered, and every item code must be an item in force that the entrusting body implements.
     */
    @Transactional
    public Entrustment entrust(String creditCode, EntrustmentData input, String by) {
        EnforcementBody body = existing(creditCode);
        String entrusting = validCode("entrustingCreditCode", input.entrustingCreditCode());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            errors.add(new Problem.FieldError("validTo", "the term ends before it begins (validTo < validFrom)",
                    "委托期限止日早于起日"));
        }
        if (entrusting.equals(body.creditCode)) {
            errors.add(new Problem.FieldError("entrustingCreditCode", "a body cannot entrust itself", "主体不能委托自身"));
        } else if (EnforcementBody.findById(entrusting) == null) {
            errors.add(new Problem.FieldError("entrustingCreditCode", "no registered enforcement body has this code",
                    "该统一社会信用代码不是已登记的执法主体"));
        }
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(input.itemCodes().stream().map(String::strip).toList()));
        for (int i = 0; i < codes.size(); i++) {
            ListItem item = ListItem.findById(codes.get(i));
            if (item == null || !ItemVersioning.PUBLISHED.equals(item.fields.status)
                    || !entrusting.equals(item.fields.bodyCreditCode)) {
                errors.add(new Problem.FieldError("itemCodes[" + i + "]",
                        "not an item in force implemented by the entrusting body: " + codes.get(i),
                        "不是委托机关实施的有效事项：" + codes.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() == 1 ? "Field '" + errors.get(0).field() + "': " + errors.get(0).message()
                            : "Invalid field(s): " + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()),
                    errors.size() == 1 ? "字段 " + errors.get(0).field() + "：" + errors.get(0).messageZh()
                            : "以下字段有误：" + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()),
                    errors);
        }
        if (body.fields.kind != BodyKind.ENTRUSTED) {
            throw ProblemException.conflict("Body " + body.creditCode + " is registered as " + body.fields.kind
                            + ": only an entrusted organisation (ENTRUSTED) receives entrustments (Art. 18).",
                    "执法主体 " + body.creditCode + " 登记为" + body.fields.kind.zh + "主体，只有受委托组织可以接受委托（第十八条）。");
        }
        Entrustment e = new Entrustment();
        e.id = UUID.randomUUID();
        e.entrustedCreditCode = body.creditCode;
        e.entrustingCreditCode = entrusting;
        e.itemCodes = codes.toArray(String[]::new);
        e.validFrom = input.validFrom();
        e.validTo = input.validTo();
        e.documentNo = input.documentNo().strip();
        e.documentDate = input.documentDate();
        e.registeredAt = now();
        e.registeredBy = by;
        e.persist();
        revisions.bump();
        traces.record(ListEvents.ENTRUSTMENT_REGISTERED, body.creditCode, eventData(e, null));
        return e;
    }

    /** Ends an entrustment from {@code date} on (no authority on or after it), with the reason. */
    @Transactional
    public Entrustment revoke(String creditCode, UUID id, LocalDate date, String reason, String by) {
        EnforcementBody body = existing(creditCode);
        Entrustment e = id == null ? null : Entrustment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.entrustedCreditCode.equals(body.creditCode)) {
            throw ProblemException.notFound("Entrustment", "委托", body.creditCode + "/" + id);
        }
        if (date == null) {
            throw ProblemException.invalid("date", "required: the day from which the entrustment ends", "必填：终止委托之日");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "required: why the entrustment ends", "必填：终止委托的理由");
        }
        if (date.isAfter(e.validTo)) {
            throw ProblemException.invalid("date", "after the end of the term (" + e.validTo + "): the entrustment ends then anyway",
                    "晚于委托期限止日（" + e.validTo + "），届时委托自然终止");
        }
        if (e.revokedOn != null) {
            throw ProblemException.conflict("Entrustment " + id + " was revoked already, from " + e.revokedOn + ".",
                    "该委托已于 " + e.revokedOn + " 终止。");
        }
        e.revokedOn = date;
        e.revokedReason = reason.strip();
        e.revokedAt = now();
        e.revokedBy = by;
        revisions.bump();
        traces.record(ListEvents.ENTRUSTMENT_REVOKED, body.creditCode, eventData(e, e.revokedReason));
        return e;
    }

    // ---- versions and traces

    private EnforcementBodyVersion newVersion(EnforcementBody body, BodyFields fields, OffsetDateTime at, String reason,
                                              String by) {
        int next = 1;
        EnforcementBodyVersion current = EnforcementBodyVersion
                .find("creditCode = ?1 and validTo is null", body.creditCode).firstResult();
        if (current != null) {
            current.validTo = at;
            next = current.version + 1;
        }
        body.fields = fields;
        body.version = next;
        body.persist();
        EnforcementBodyVersion v = new EnforcementBodyVersion();
        v.creditCode = body.creditCode;
        v.version = next;
        v.fields = fields.copy();
        v.validFrom = at;
        v.reason = reason;
        v.recordedBy = by;
        v.persist();
        revisions.bump();
        return v;
    }

    static ListEvents.BodyChanged eventData(EnforcementBodyVersion v) {
        BodyFields f = v.fields;
        return new ListEvents.BodyChanged(v.creditCode, f.name, f.kind.name(), f.enforcementCategory, f.legalBasis,
                f.confirmationNo, f.confirmationDate, f.published, v.version, v.reason);
    }

    /** A revocation's trace gives the term as it now stands: its last day is the day before the revocation. */
    static ListEvents.EntrustmentChanged eventData(Entrustment e, String reason) {
        LocalDate until = e.revokedOn != null && !e.revokedOn.isAfter(e.validTo) ? e.revokedOn.minusDays(1) : e.validTo;
        return new ListEvents.EntrustmentChanged(e.id, e.entrustedCreditCode, e.entrustingCreditCode, List.of(e.itemCodes),
                e.validFrom, until, e.documentNo, e.documentDate, reason);
    }

    // ---- input

    private EnforcementBody existing(String creditCode) {
        String code = creditCode == null ? "" : BodyRegister.normal(creditCode);
        EnforcementBody body = EnforcementBody.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (body == null) {
            throw ProblemException.notFound("Enforcement body", "执法主体", code);
        }
        return body;
    }

    private static BodyRecord current(EnforcementBody body) {
        return BodyRecord.of(EnforcementBodyVersion.findById(new EnforcementBodyVersion.Key(body.creditCode, body.version)));
    }

    static String validCode(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "required: a unified social credit code", "必填：统一社会信用代码");
        }
        String code = BodyRegister.normal(value);
        if (!CreditCode.isValid(code)) {
            throw ProblemException.invalid(field, "not a valid unified social credit code (GB 32100)",
                    "不是有效的统一社会信用代码（GB 32100）");
        }
        return code;
    }

    private static BodyFields fields(BodyData input) {
        if (input.confirmationDate() != null && (input.confirmationNo() == null || input.confirmationNo().isBlank())) {
            throw ProblemException.invalid("confirmationNo", "required with a confirmation date", "填写确认日期时须填写确认文号");
        }
        if (input.confirmationNo() != null && !input.confirmationNo().isBlank() && input.confirmationDate() == null) {
            throw ProblemException.invalid("confirmationDate", "required with a confirmation number", "填写确认文号时须填写确认日期");
        }
        BodyFields f = new BodyFields();
        f.name = input.name().strip();
        f.kind = input.kind();
        f.enforcementCategory = input.enforcementCategory().strip();
        f.legalBasis = input.legalBasis().strip();
        f.confirmationNo = input.confirmationNo() == null || input.confirmationNo().isBlank() ? null : input.confirmationNo().strip();
        f.confirmationDate = input.confirmationDate();
        return f;
    }

    private static boolean same(BodyFields a, BodyFields b) {
        return Objects.equals(a.name, b.name) && a.kind == b.kind && Objects.equals(a.enforcementCategory, b.enforcementCategory)
                && Objects.equals(a.legalBasis, b.legalBasis) && Objects.equals(a.confirmationNo, b.confirmationNo)
                && Objects.equals(a.confirmationDate, b.confirmationDate) && a.published == b.published;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
