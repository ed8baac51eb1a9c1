package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.Problem;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.rest.Page;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.list.enforcement.domain.Officer;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerFields;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatus;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerStatusChange;
import cn.gov.huiji.fourlists.list.enforcement.domain.OfficerVersion;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRules.OfficerData;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register of enforcement officers and their certificates (执法人员, Art. 19, R-LIST-9), kept by the legal
 * section: registration, changes (a renewal, a transfer), status changes (有效 / 注销 / 暂扣, each with its date and
 * reason), and the public certificate check. Every change leaves its trace in its own transaction.
 */
@ApplicationScoped
public class OfficerRegister {

    /** The reason recorded with the first status of a certificate: as issued. */
    static final String ISSUED = "执法证登记";

    private final TraceRecorder traces;
    private final BodyRegister bodies;
    private final Clock clock;
    private final EntityManager em;

    public OfficerRegister(TraceRecorder traces, BodyRegister bodies, Clock clock, EntityManager em) {
        this.traces = traces;
        this.bodies = bodies;
        this.clock = clock;
        this.em = em;
    }

    // ---- reads ----

    /** The bureau's day now (Beijing time): the day "the status now" is read on. */
    public LocalDate today() {
        return BureauClock.today(clock);
    }

    public Optional<Officer> find(String certificateNo) {
        return certificateNo == null ? Optional.empty() : Optional.ofNullable(Officer.findById(normal(certificateNo)));
    }

    public Officer findOrFail(String certificateNo) {
        return find(certificateNo).orElseThrow(() -> ProblemException.notFound("Enforcement certificate", "执法证", normal(certificateNo)));
    }

    /** The certificate's status changes in the order they took effect (date, then order of recording). */
    public List<OfficerStatusChange> history(String certificateNo) {
        return OfficerStatusChange.list("certificateNo", Sort.by("date").and("id"), certificateNo);
    }

    /** The histories of several certificates at once (a page of the public list). */
    public Map<String, List<OfficerStatusChange>> histories(Collection<String> certificateNos) {
        if (certificateNos.isEmpty()) {
            return Map.of();
        }
        List<OfficerStatusChange> all = OfficerStatusChange.list("certificateNo in ?1", Sort.by("date").and("id"), certificateNos);
        return all.stream().collect(Collectors.groupingBy(c -> c.certificateNo, LinkedHashMap::new, Collectors.toList()));
    }

    /** The unit's name as the body register says it now; null if it is not registered. */
    public String unitName(String creditCode) {
        return bodies.find(creditCode).map(BodyRecord::name).orElse(null);
    }

    public static List<CertificateValidity.Change> changes(List<OfficerStatusChange> history) {
        return history.stream().map(c -> new CertificateValidity.Change(c.status, c.date, c.reason, c.id)).toList();
    }

    /**
     * The public register (R-LIST-9): each word of {@code q} must occur in the officer's name, the unit's name or the
     * certificate number (letters in any case); {@code unit} narrows to one unit's credit code. In certificate order.
     */
    @SuppressWarnings("unchecked")
    public Page<Officer> search(String q, String unit, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null && !unit.isBlank()) {
            where.append(" and o.unit_credit_code = :unit");
            params.put("unit", normal(unit));
        }
        List<String> terms = q == null ? List.of()
                : java.util.Arrays.stream(q.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isEmpty()).toList();
        for (int i = 0; i < terms.size(); i++) {
            where.append(" and (strpos(lower(o.name), :t").append(i).append(") > 0 or strpos(lower(coalesce(b.name, '')), :t")
                    .append(i).append(") > 0 or strpos(lower(o.certificate_no), :t").append(i).append(") > 0)");
            params.put("t" + i, terms.get(i));
        }
        String from = " from enforcement_officer o left join enforcement_body b on b.credit_code = o.unit_credit_code";
        Query rows = em.createNativeQuery("select o.certificate_no, count(*) over ()" + from + where
                + " order by o.certificate_no limit :limit offset :offset", jakarta.persistence.Tuple.class);
        params.forEach(rows::setParameter);
        rows.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<jakarta.persistence.Tuple> found = rows.getResultList();
        long total;
        if (!found.isEmpty()) {
            total = ((Number) found.get(0).get(1)).longValue();
        } else if (page == 0) {
            total = 0;
        } else {
            Query count = em.createNativeQuery("select count(*)" + from + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<String> numbers = found.stream().map(t -> (String) t.get(0)).toList();
        Map<String, Officer> byNumber = numbers.isEmpty() ? Map.of()
                : Officer.<Officer>list("certificateNo in ?1", numbers).stream()
                .collect(Collectors.toMap(o -> o.certificateNo, Function.identity()));
        return new Page<>(numbers.stream().map(byNumber::get).filter(Objects::nonNull).toList(), page, size, total);
    }

    /**
     * Whether the certificate was valid on {@code date} (R-LIST-9), for which unit, category and area: judged on the
     * record the register held at the end of that day (or the first one, for a day before it was registered) and
     * the status on that day. Empty when no such certificate is registered.
     */
    public Optional<CertificateCheck> checkOn(String certificateNo, LocalDate date) {
        Optional<Officer> officer = find(certificateNo);
        if (officer.isEmpty()) {
            return Optional.empty();
        }
        String no = officer.get().certificateNo;
        OfficerFields f = recordOn(no, date).fields;
        CertificateValidity.Judgement j = CertificateValidity.judge(f.validFrom, f.validTo, changes(history(no)), date);
        String unitName = bodies.on(f.unitCreditCode, date).or(() -> bodies.find(f.unitCreditCode)).map(BodyRecord::name).orElse(null);
        String[] reason = reason(j, f, unitName, date);
        return Optional.of(new CertificateCheck(no, date, j.valid(), j.status().name(), j.status().zh, f.name,
                f.unitCreditCode, unitName, f.category, f.area, f.validFrom, f.validTo, reason[0], reason[1]));
    }

    /** The version the register held at the end of {@code date}; for a day before the registration, the first. */
    OfficerVersion recordOn(String certificateNo, LocalDate date) {
        OffsetDateTime end = ItemQueries.endOf(date);
        return OfficerVersion.<OfficerVersion>find("certificateNo = ?1 and recordedFrom < ?2 and (recordedTo is null or recordedTo >= ?2)",
                        certificateNo, end).firstResultOptional()
                .orElseGet(() -> OfficerVersion.<OfficerVersion>find("certificateNo", Sort.by("version"), certificateNo).firstResult());
    }

    static String[] reason(CertificateValidity.Judgement j, OfficerFields f, String unitName, LocalDate date) {
        String why = j.change() == null || j.change().reason() == null ? "" : j.change().reason();
        String unit = unitName != null ? unitName : f.unitCreditCode;
        return switch (j.verdict()) {
            case NOT_YET_VALID -> new String[]{"The certificate was not yet valid on " + date + ": it is valid from " + f.validFrom + ".",
                    "该执法证自 " + f.validFrom + " 起有效，" + date + " 尚未生效。"};
            case REVOKED -> new String[]{"The certificate was revoked on " + j.change().date() + " (" + why + ").",
                    "该执法证已于 " + j.change().date() + " 注销（" + why + "）。"};
            case SUSPENDED -> new String[]{"The certificate was suspended from " + j.change().date() + " (" + why + ").",
                    "该执法证自 " + j.change().date() + " 起暂扣（" + why + "）。"};
            case EXPIRED -> new String[]{"The certificate expired: it was valid until " + f.validTo + ".",
                    "该执法证有效期至 " + f.validTo + "，" + date + " 已过期。"};
            case VALID -> new String[]{"The certificate was valid on " + date + " for " + unit + ", category " + f.category
                    + ", area " + f.area + ".",
                    "该执法证在 " + date + " 有效：所在单位 " + unit + "，执法类别 " + f.category + "，执法区域 " + f.area + "。"};
        };
    }

    // ---- changes (the legal section) ----

    /** Registers one officer and their certificate, 有效 from its first day. */
    @Transactional
    public Officer register(OfficerData input, String by) {
        OfficerData d = checked(input.normal());
        if (Officer.findById(d.certificateNo()) != null) {
            throw ProblemException.conflict("Certificate " + d.certificateNo() + " is already registered; change it with PUT.",
                    "执法证 " + d.certificateNo() + " 已登记，如需变更请修改该记录。");
        }
        return registerChecked(d, by, now());
    }

    /** Registers a record already checked (an import checks every row first, then registers all or none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Officer registerChecked(OfficerData d, String by, OffsetDateTime at) {
        Officer o = new Officer();
        o.certificateNo = d.certificateNo();
        o.fields = fieldsOf(d);
        o.version = 1;
        o.registeredAt = at;
        o.registeredBy = by;
        o.persist();
        newVersion(o, at, by, null);
        OfficerStatusChange first = statusChange(o.certificateNo, OfficerStatus.VALID, d.validFrom(), ISSUED, at, by);
        traces.record(ListEvents.OFFICER_REGISTERED, o.certificateNo, event(o, first));
        return o;
    }

    /**
     * Changes an officer's record, e.g. a renewed certificate (换发, a new term) or a transfer to another unit: a new
     * version; the status history stays. Returns the record; a request that changes nothing records nothing.
     */
    @Transactional
    public Officer update(String certificateNo, OfficerData input, String by) {
        Officer o = findOrFail(certificateNo);
        OfficerData d = input.normal();
        if (d.certificateNo() != null && !d.certificateNo().isEmpty() && !d.certificateNo().equals(o.certificateNo)) {
            throw ProblemException.invalid("certificateNo", "differs from the certificate in the path; a new number is a new registration",
                    "与路径中的执法证号不一致；新证号应重新登记");
        }
        d = checked(new OfficerData(o.certificateNo, d.name(), d.unitCreditCode(), d.category(), d.area(),
                d.issuingAuthority(), d.validFrom(), d.validTo()));
        OfficerFields next = fieldsOf(d);
        if (next.equals(o.fields)) {
            return o;
        }
        String what = changed(o.fields, next);
        OffsetDateTime at = now();
        OfficerVersion current = OfficerVersion.findById(new OfficerVersion.Key(o.certificateNo, o.version));
        current.recordedTo = at;
        o.fields = next;
        o.version++;
        newVersion(o, at, by, what);
        OfficerStatusChange status = CertificateValidity.changeOn(changes(history(o.certificateNo)), today())
                .flatMap(c -> OfficerStatusChange.<OfficerStatusChange>findByIdOptional(c.order())).orElse(null);
        ListEvents.OfficerChanged e = event(o, status);
        traces.record(ListEvents.OFFICER_UPDATED, o.certificateNo, new ListEvents.OfficerChanged(e.certificateNo(), e.name(),
                e.unitCreditCode(), e.category(), e.area(), e.issuingAuthority(), e.validFrom(), e.validTo(), e.status(),
                e.statusDate(), what));
        return o;
    }

    /**
     * Records a status change from its date (注销, 暂扣, or 有效 again after a suspension), with the reason. A revoked
     * certificate is never restored (a new one is issued); a change to the status already in force on that date
     * changes nothing and is refused; the date may not precede the certificate's first day.
     */
    @Transactional
    public OfficerStatusChange changeStatus(String certificateNo, OfficerStatus status, LocalDate date, String reason, String by) {
        Officer o = findOrFail(certificateNo);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status == null) {
            errors.add(new Problem.FieldError("status", "required: VALID, REVOKED or SUSPENDED", "必填：有效、注销或暂扣"));
        }
        if (date == null) {
            errors.add(new Problem.FieldError("date", "required: the day the status holds from (YYYY-MM-DD)", "必填：状态变更日期"));
        } else if (date.isBefore(o.fields.validFrom)) {
            errors.add(new Problem.FieldError("date", "before the certificate's first day " + o.fields.validFrom,
                    "早于执法证有效期起 " + o.fields.validFrom));
        }
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            errors.add(new Problem.FieldError("reason", "required: the reason of the change", "必填：变更原因"));
        } else if (why.length() > 200) {
            errors.add(new Problem.FieldError("reason", "at most 200 characters", "不超过200个字符"));
        } else if (OfficerRules.holdsIdentityNumber(why)) {
            errors.add(new Problem.FieldError("reason", "holds what looks like a personal identity number; the register never holds one (R-LIST-9)",
                    "疑似含有居民身份证号码：执法人员名录不收录身份证号码"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        List<OfficerStatusChange> history = history(o.certificateNo);
        Optional<OfficerStatusChange> revoked = history.stream().filter(c -> c.status == OfficerStatus.REVOKED).findFirst();
        if (revoked.isPresent()) {
            throw ProblemException.conflict("Certificate " + o.certificateNo + " was revoked on " + revoked.get().date
                            + "; a revoked certificate is not changed again: issue and register a new one.",
                    "执法证 " + o.certificateNo + " 已于 " + revoked.get().date + " 注销，不能再变更状态；如需恢复执法资格，应核发并登记新证。");
        }
        OfficerStatus before = CertificateValidity.statusOn(changes(history), date);
        if (before == status) {
            throw ProblemException.conflict("The certificate is already " + status.en + " on " + date + ".",
                    "该执法证在 " + date + " 已是「" + status.zh + "」状态。");
        }
        OfficerStatusChange change = statusChange(o.certificateNo, status, date, why, now(), by);
        traces.record(ListEvents.OFFICER_STATUS_CHANGED, o.certificateNo, event(o, change));
        return change;
    }

    /** Checks a record against {@link OfficerRules}; any broken rule is a 400 naming every field. */
    OfficerData checked(OfficerData d) {
        List<OfficerRules.Violation> violations = OfficerRules.check(d, code -> bodies.find(code).isPresent(), Set.of());
        if (!violations.isEmpty()) {
            throw invalid(violations.stream().map(v -> new Problem.FieldError(v.field(), v.message(), v.messageZh())).toList());
        }
        return d;
    }

    boolean unitRegistered(String creditCode) {
        return bodies.find(creditCode).isPresent();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return ProblemException.invalid("Invalid field(s): " + fields, "以下字段有误：" + fields, errors);
    }

    private static void newVersion(Officer o, OffsetDateTime at, String by, String reason) {
        OfficerVersion v = new OfficerVersion();
        v.certificateNo = o.certificateNo;
        v.version = o.version;
        v.fields = o.fields.copy();
        v.recordedFrom = at;
        v.recordedBy = by;
        v.reason = reason;
        v.persist();
    }

    private static OfficerStatusChange statusChange(String certificateNo, OfficerStatus status, LocalDate date, String reason,
                                                    OffsetDateTime at, String by) {
        OfficerStatusChange c = new OfficerStatusChange();
        c.certificateNo = certificateNo;
        c.status = status;
        c.date = date;
        c.reason = reason;
        c.recordedAt = at;
        c.recordedBy = by;
        c.persist();
        return c;
    }

    static OfficerFields fieldsOf(OfficerData d) {
        OfficerFields f = new OfficerFields();
        f.name = d.name();
        f.unitCreditCode = d.unitCreditCode();
        f.category = d.category();
        f.area = d.area();
        f.issuingAuthority = d.issuingAuthority();
        f.validFrom = d.validFrom();
        f.validTo = d.validTo();
        return f;
    }

    /** The fields a change touched, in Chinese as the trace's reason says it: 变更：有效期止、执法区域. */
    static String changed(OfficerFields a, OfficerFields b) {
        Map<String, Boolean> diff = new LinkedHashMap<>();
        diff.put("姓名", !Objects.equals(a.name, b.name));
        diff.put("所在单位", !Objects.equals(a.unitCreditCode, b.unitCreditCode));
        diff.put("执法类别", !Objects.equals(a.category, b.category));
        diff.put("执法区域", !Objects.equals(a.area, b.area));
        diff.put("发证机关", !Objects.equals(a.issuingAuthority, b.issuingAuthority));
        diff.put("有效期起", !Objects.equals(a.validFrom, b.validFrom));
        diff.put("有效期止", !Objects.equals(a.validTo, b.validTo));
        return "变更：" + diff.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.joining("、"));
    }

    private static ListEvents.OfficerChanged event(Officer o, OfficerStatusChange status) {
        OfficerFields f = o.fields;
        return new ListEvents.OfficerChanged(o.certificateNo, f.name, f.unitCreditCode, f.category, f.area,
                f.issuingAuthority, f.validFrom, f.validTo, status == null ? OfficerStatus.VALID.name() : status.status.name(),
                status == null ? null : status.date, status == null || ISSUED.equals(status.reason) ? null : status.reason);
    }

    static String normal(String certificateNo) {
        return certificateNo == null ? null : certificateNo.strip().toUpperCase(Locale.ROOT);
    }
}
