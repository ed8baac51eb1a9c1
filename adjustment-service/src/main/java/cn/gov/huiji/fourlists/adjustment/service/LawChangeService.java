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
    public record LawChangeInput(
            @NotBlank @Size(max = 200) String lawTitle,
            @NotNull @Pattern(regexp = "AMENDED|REPEALED") String kind,
            @NotNull LocalDate effective,
            @NotBlank @Size(max = 300) String document) {
    }

    public record Obligation(UUID id, UUID lawChangeId, String itemCode, String section, LocalDate dueDate, String calendarVersion,
                             String state, UUID requestId, boolean overdue,
                             @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Working days until the due date "
                                     + "on the calendar in force (剩余工作日); null when that calendar lacks the year's notice") Integer workingDaysLeft) {
    }

    public record Registered(UUID id, String lawTitle, String kind, List<Obligation> obligations) {
    }

    @Transactional
    public Registered register(LawChangeInput input, Actor actor) {
        String title = input.lawTitle().replace("《", "").replace("》", "").replaceFirst("^中华人民共和国", "").strip();
        if (title.isEmpty()) {
            throw ProblemException.invalid("lawTitle", "the law's title is required", "须填写法律法规名称");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into law_change (id, law_title, kind, effective, document, registered_by, registered_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, title).setParameter(3, input.kind()).setParameter(4, input.effective())
                .setParameter(5, input.document()).setParameter(6, actor.userId()).setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
        // A citation reads 《中华人民共和国安全生产法》 or 《安全生产法》: match the title right before the closing mark,
        // so 《安全生产法实施办法》 is not taken for 《安全生产法》.
        String pattern = "%" + title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "》%";
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                        select code, section_code from item_projection
                        where status = 'PUBLISHED' and legal_basis like ?1 order by code""")
                .setParameter(1, pattern).getResultList();
        // Art. 26(1): the section applies within 3 working days of the trigger — here, of its registration.
        Deadline due = calendars.deadline(BureauClock.today(clock), WorkflowService.APPLICATION_WORKING_DAYS);
        List<Obligation> obligations = new ArrayList<>();
        for (Object[] item : items) {
            Obligation o = new Obligation(UUID.randomUUID(), id, (String) item[0], (String) item[1], due.due(), due.calendarVersion(),
                    "OPEN", null, false, calendars.current().workingDaysLeft(BureauClock.today(clock), due.due()));
            em.createNativeQuery("""
                            insert into adjustment_obligation (id, law_change_id, item_code, section_code, due_date, calendar_version,
                                                               due_from, state)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'OPEN')""")
                    .setParameter(1, o.id()).setParameter(2, id).setParameter(3, o.itemCode()).setParameter(4, o.section())
                    .setParameter(5, o.dueDate()).setParameter(6, o.calendarVersion()).setParameter(7, due.from()).executeUpdate();
            traces.record(actor, AdjustmentEvents.OBLIGATION_OPENED, o.id(), new AdjustmentEvents.ObligationOpened(o.id(), title,
                    o.itemCode(), o.section(), o.dueDate(), o.calendarVersion()));
            obligations.add(o);
        }
        traces.record(actor, AdjustmentEvents.LAW_CHANGE_REGISTERED, id, new AdjustmentEvents.LawChangeRegistered(id, title,
                String.valueOf(input.kind()), input.effective(), input.document(), obligations.size()));
        return new Registered(id, title, input.kind(), obligations);
    }

    /** Open and fulfilled obligations; a section's clerks and head see their own section's. */
    @SuppressWarnings("unchecked")
    public List<Obligation> visibleTo(Actor reader) {
        boolean all = reader.roles().stream().anyMatch(r -> List.of(Roles.LEGAL, Roles.LEADER, Roles.DISCIPLINE).contains(r));
        List<Object[]> rows = em.createNativeQuery("""
                        select id, law_change_id, item_code, section_code, due_date, calendar_version, state, request_id, overdue_at
                        from adjustment_obligation where ?1 or section_code = ?2 order by state desc, due_date, item_code""")
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
                (String) r[5], (String) r[6], (UUID) r[7], r[8] != null, "OPEN".equals(r[6]) ? calendar.workingDaysLeft(today, due) : null);
    }
}
