package cn.gov.huiji.fourlists.adjustment.service;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.persistence.SqlValues;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-LIST-10 (Art. 25(2), 29): when a cited law is amended or repealed, every published item citing it is found
 * and its section owes an adjustment request within 3 working days; a missed obligation is overdue like any step.
 */
@ApplicationScoped
public class LawChangeService {

    private final EntityManager em;
    private final CalendarInForce calendars;
    private final TraceRecorder traces;
    private final Clock clock;

    public LawChangeService(EntityManager em, CalendarInForce calendars, TraceRecorder traces, Clock clock) {
        this.em = em;
        this.calendars = calendars;
        this.traces = traces;
        this.clock = clock;
    }

    /** A law amended or repealed (法律法规规章修改或废止). */
    @Schema(description = "A law amended or repealed (法律法规规章修改或废止)")
    public record LawChangeInput(
            @Schema(description = "The law's title as cited, with or without 《》 and the prefix 中华人民共和国 (法律法规名称); "
                    + "the items citing exactly this law are found, not those whose title merely contains it",
                    examples = "中华人民共和国安全生产法")
            @NotBlank @Size(max = 200) String lawTitle,
            @Schema(description = "The version the change amends or repeals, as items cite it (被修改或废止的版本或文号). Given: "
                    + "citations of that version, or of the law without a version, are found; absent: every citation of the law",
                    examples = "2014年8月31日修正")
            @Size(max = 200) String amendedVersion,
            @Schema(description = "AMENDED 修改, REPEALED 废止", examples = "AMENDED")
            @NotNull @Pattern(regexp = "AMENDED|REPEALED") String kind,
            @Schema(description = "The day the amendment or repeal takes effect (施行日期). The 3 working days run from it, "
                    + "or from the day of registration when that is later (起算日)", examples = "2021-09-01")
            @NotNull LocalDate effective,
            @Schema(description = "The document that made the change (公布文件)", examples = "主席令第八十八号")
            @NotBlank @Size(max = 300) String document) {
    }

    public record Obligation(UUID id, UUID lawChangeId, String itemCode, String section, LocalDate dueDate, String calendarVersion,
                             String state, UUID requestId, boolean overdue,
                             @Schema(description = "Working days until the due date "
                                     + "on the calendar in force (剩余工作日); null when that calendar lacks the year's notice") Integer workingDaysLeft,
                             @Schema(description = "The changed law, as matched (变更的法律法规)", examples = "安全生产法") String law,
                             @Schema(description = "The day the 3 working days run from (起算日): the law's effective date, "
                                     + "or its registration when that is later") LocalDate dueFrom,
                             @Schema(description = "The version amended or repealed, when the change named one (被修改或废止的版本)")
                             String amendedVersion) {
    }

    public record Registered(UUID id, String lawTitle, String kind, List<Obligation> obligations,
                             @Schema(description = "The version amended or repealed, as given (被修改或废止的版本)") String amendedVersion,
                             @Schema(description = "Effective date (施行日期)") LocalDate effective,
                             @Schema(description = "The day the obligations' 3 working days run from (起算日)") LocalDate dueFrom) {
    }

    @Transactional
    public Registered register(LawChangeInput input, Actor actor) {
        String title = CitedLaws.title(input.lawTitle());
        if (title.isEmpty()) {
            throw ProblemException.invalid("lawTitle", "the law's title is required", "须填写法律法规名称");
        }
        String version = CitedLaws.version(input.amendedVersion());
        UUID id = UUID.randomUUID();
        LocalDate registeredOn = BureauClock.today(clock);
        em.createNativeQuery("""
                        insert into law_change (id, law_title, amended_version, kind, effective, document, registered_by, registered_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, id).setParameter(2, title).setParameter(3, version).setParameter(4, input.kind())
                .setParameter(5, input.effective()).setParameter(6, input.document()).setParameter(7, actor.userId())
                .setParameter(8, OffsetDateTime.now(clock))
                .executeUpdate();
        // R-LIST-10: an item owes an adjustment when a law its basis cites — that law, by its structured citation, title
        // and version — is changed: 《河南省安全生产条例》 does not cite 《安全生产法》. When the change names the version it
        // amends or repeals, a citation of another version is not touched; a citation without a version cites the law as
        // in force, which the change alters, so it is.
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                        select p.code, p.section_code from item_projection p
                        where p.status = 'PUBLISHED' and exists (
                            select 1 from jsonb_to_recordset(p.cited_laws) as c(title text, version text)
                            where c.title = ?1 and (?2 = '' or c.version is null or c.version = ?2))
                        order by p.code""")
                .setParameter(1, title).setParameter(2, version == null ? "" : version).getResultList();
        // Art. 26(1), R-LIST-10: the section applies within 3 working days of the trigger — the day the changed law takes
        // effect, or the registration when the bureau registers the change only after that day.
        LocalDate dueFrom = input.effective().isAfter(registeredOn) ? input.effective() : registeredOn;
        Deadline due = calendars.deadline(dueFrom, WorkflowService.APPLICATION_WORKING_DAYS);
        List<Obligation> obligations = new ArrayList<>();
        for (Object[] item : items) {
            Obligation o = new Obligation(UUID.randomUUID(), id, (String) item[0], (String) item[1], due.due(), due.calendarVersion(),
                    "OPEN", null, false, calendars.current().workingDaysLeft(registeredOn, due.due()), title, due.from(),
                    version);
            em.createNativeQuery("""
                            insert into adjustment_obligation (id, law_change_id, item_code, section_code, due_date, calendar_version,
                                                               due_from, state)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'OPEN')""")
                    .setParameter(1, o.id()).setParameter(2, id).setParameter(3, o.itemCode()).setParameter(4, o.section())
                    .setParameter(5, o.dueDate()).setParameter(6, o.calendarVersion()).setParameter(7, due.from()).executeUpdate();
            // the trace names the owning section: the workbench notifies that section, and GET /obligations lists it there
            traces.record(actor, AdjustmentEvents.OBLIGATION_OPENED, o.id(), new AdjustmentEvents.ObligationOpened(o.id(), title,
                    o.itemCode(), o.section(), o.dueDate(), o.calendarVersion()));
            obligations.add(o);
        }
        traces.record(actor, AdjustmentEvents.LAW_CHANGE_REGISTERED, id, new AdjustmentEvents.LawChangeRegistered(id, title,
                String.valueOf(input.kind()), input.effective(), input.document(), obligations.size(), version, due.from()));
        return new Registered(id, title, input.kind(), obligations, version, input.effective(), due.from());
    }

    /** Open and fulfilled obligations; a section's clerks and head see their own section's. */
    @SuppressWarnings("unchecked")
    public List<Obligation> visibleTo(Actor reader) {
        boolean all = reader.roles().stream().anyMatch(r -> List.of(Roles.LEGAL, Roles.LEADER, Roles.DISCIPLINE).contains(r));
        List<Object[]> rows = em.createNativeQuery("""
                        select o.id, o.law_change_id, o.item_code, o.section_code, o.due_date, o.calendar_version, o.state,
                               o.request_id, o.overdue_at, l.law_title, o.due_from, l.amended_version
                        from adjustment_obligation o join law_change l on l.id = o.law_change_id
                        where ?1 or o.section_code = ?2 order by o.state desc, o.due_date, o.item_code""")
                .setParameter(1, all).setParameter(2, reader.section() == null ? "" : reader.section()).getResultList();
        var calendar = calendars.current();
        LocalDate today = BureauClock.today(clock);
        return rows.stream().map(r -> toObligation(r, calendar, today)).toList();
    }

    /** The obligation a draft answers, checked against the drafting section and the item. */
    public void checkAnswerable(UUID obligationId, String section, String itemCode) {
        List<?> rows = em.createNativeQuery("select section_code, item_code, state from adjustment_obligation where id = ?1")
                .setParameter(1, obligationId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("obligationId", "no such obligation", "没有该调整义务");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!section.equals(row[0]) || !row[1].equals(itemCode) || !"OPEN".equals(row[2])) {
            throw ProblemException.invalid("obligationId", "not an open obligation of your section for item " + itemCode,
                    "不是本科室（队）关于该事项的待履行调整义务");
        }
    }

    /** Art. 26(1) met: the section applied. */
    public void fulfil(UUID obligationId, UUID requestId, Actor actor) {
        int updated = em.createNativeQuery("update adjustment_obligation set state = 'FULFILLED', request_id = ?1 where id = ?2 and state = 'OPEN'")
                .setParameter(1, requestId).setParameter(2, obligationId).executeUpdate();
        if (updated == 1) {
            traces.record(actor, AdjustmentEvents.OBLIGATION_FULFILLED, obligationId,
                    new AdjustmentEvents.ObligationFulfilled(obligationId, requestId));
        }
    }

    /** Flags each open obligation past its due date, once (the update claims the row, also with two instances). */
    public int flagOverdue(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update adjustment_obligation set overdue_at = ?1
                        where state = 'OPEN' and due_date < ?2 and overdue_at is null
                        returning id, item_code, section_code, due_date""")
                .setParameter(1, OffsetDateTime.now(clock)).setParameter(2, today).getResultList();
        for (Object[] r : rows) {
            traces.record(Actor.SYSTEM, AdjustmentEvents.OBLIGATION_MISSED, r[0], new AdjustmentEvents.ObligationMissed((UUID) r[0],
                    (String) r[1], (String) r[2], SqlValues.localDate(r[3])));
        }
        return rows.size();
    }

    private static Obligation toObligation(Object[] r, cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar calendar, LocalDate today) {
        LocalDate due = SqlValues.localDate(r[4]);
        return new Obligation((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], due,
                (String) r[5], (String) r[6], (UUID) r[7], r[8] != null, "OPEN".equals(r[6]) ? calendar.workingDaysLeft(today, due) : null,
                (String) r[9], r[10] == null ? null : SqlValues.localDate(r[10]), (String) r[11]);
    }
}
