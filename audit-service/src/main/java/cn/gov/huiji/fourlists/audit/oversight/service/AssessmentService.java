package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.oversight.domain.Assessment;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assessment of a period (绩效考核, Art. 31) from the traces (what was done, and the cards), the findings and the
 * decided accountability records. Days are the bureau's (China Standard Time), both ends included.
 */
@ApplicationScoped
public class AssessmentService {

    /** A complaint answered before any section was assigned was the office's: its handlers receive and answer (Art. 9). */
    static final String COMPLAINT_DEFAULT_SECTION = "office";

    private final EntityManager em;
    private final CardQueries cards;
    private final FindingCounts findings;

    public AssessmentService(EntityManager em, CardQueries cards, FindingCounts findings) {
        this.em = em;
        this.cards = cards;
        this.findings = findings;
    }

    public Assessment of(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(BureauClock.ZONE).toOffsetDateTime();
        OffsetDateTime until = to.plusDays(1).atStartOfDay(BureauClock.ZONE).toOffsetDateTime();
        Map<String, Assessment.Done> adjustments = new LinkedHashMap<>();
        Map<String, Assessment.Done> complaints = new LinkedHashMap<>();
        Map<String, Long> measures = new TreeMap<>();
        em.unwrap(Session.class).doWork(db -> {
            // Art. 26(5): a request is done when the legal section published it; its applying section is assessed.
            done(db, List.of(AdjustmentEvents.REQUEST_PUBLISHED.name()), start, until, null, adjustments);
            // a case is done when answered or closed (R-CMP-4), counted once, for the section that last did so
            done(db, List.of(ComplaintEvents.CASE_ANSWERED.name(), ComplaintEvents.CASE_CLOSED.name()), start, until,
                    COMPLAINT_DEFAULT_SECTION, complaints);
            try (PreparedStatement q = db.prepareStatement("""
                    select section, count(*) from accountability
                    where state = 'DECIDED' and decision_date between ? and ?
                    group by section""")) {
                q.setObject(1, from);
                q.setObject(2, to);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        measures.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        });
        return Assessment.of(from, to, cards.all(), adjustments.values(), complaints.values(),
                findings.problemsBySection(start, until), measures);
    }

    /** Per subject, the section of its latest trace of these types in [start, until): the event's, else the actor's. */
    private static void done(Connection db, List<String> types, OffsetDateTime start, OffsetDateTime until, String fallback,
                             Map<String, Assessment.Done> into) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("""
                select subject, payload, actor_section from trace_entry
                where type = any (?) and occurred_at >= ? and occurred_at < ?
                order by occurred_at, id""")) {
            q.setArray(1, db.createArrayOf("text", types.toArray()));
            q.setObject(2, start);
            q.setObject(3, until);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String section = section(rs.getString(2));
                    if (section == null) {
                        section = rs.getString(3) != null ? rs.getString(3) : fallback;
                    }
                    into.put(rs.getString(1), new Assessment.Done(rs.getString(1), section));
                }
            }
        }
    }

    private static String section(String payload) {
        try {
            JsonNode s = TraceEventCodec.parseTree(payload).path("data").get("section");
            return s == null || s.isNull() || s.asText().isBlank() ? null : s.asText();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
