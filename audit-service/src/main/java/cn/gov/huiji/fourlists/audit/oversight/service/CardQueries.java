package cn.gov.huiji.fourlists.audit.oversight.service;

import cn.gov.huiji.fourlists.audit.oversight.domain.Card;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardDerivation;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardFilter;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardRules;
import cn.gov.huiji.fourlists.audit.oversight.domain.StoredTrace;
import cn.gov.huiji.fourlists.audit.oversight.domain.TraceCalendar;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The cards, derived on every read from the stored traces alone (trace_entry, and log_leaf for where each sits in the
 * public log): never stored, never edited (Art. 29, 31). The due date lives in each event's data, which differs per
 * service, so the card-raising traces are all read and the filter applies to the derived cards.
 */
@ApplicationScoped
public class CardQueries {

    private final EntityManager em;
    private final Clock clock;

    public CardQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Every card, newest due date first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Card> all() {
        return em.unwrap(Session.class).doReturningWork(db -> {
            WorkingDayCalendar calendar = TraceCalendar.of(read(db, """
                    where t.type = ?
                    order by t.occurred_at, t.id""", TraceCalendar.NOTICE_LOADED));
            // every trace on a subject that has a card-raising trace: those give the cards, their resolution, section and person
            List<StoredTrace> traces = read(db, """
                    where t.subject in (select r.subject from trace_entry r where r.type = any (?))
                    order by t.occurred_at, t.id""", db.createArrayOf("text", CardRules.raisingTypes().toArray()));
            return CardDerivation.derive(traces, calendar, BureauClock.today(clock));
        });
    }

    public List<Card> find(CardFilter filter) {
        return all().stream().filter(filter).toList();
    }

    private static List<StoredTrace> read(Connection db, String where, Object parameter) throws SQLException {
        List<StoredTrace> traces = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                select t.id, t.event_id, t.type, t.subject, t.occurred_at, t.actor_id, t.actor_section, t.payload, l.leaf_index
                from trace_entry t left join log_leaf l on l.trace_entry_id = t.id
                """ + where)) {
            q.setObject(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long leaf = rs.getLong(9);
                    traces.add(new StoredTrace(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7), data(rs.getString(8)),
                            rs.wasNull() ? null : leaf));
                }
            }
        }
        return traces;
    }

    /** The event's data; a payload that is no JSON (never stored: the ingestor rejects it) gives none. */
    private static JsonNode data(String payload) {
        try {
            JsonNode data = TraceEventCodec.parseTree(payload).get("data");
            return data == null || data.isNull() ? null : data;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
