package cn.gov.huiji.fourlists.audit.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What accountability and the assessment read of the spot checks' findings (漏报、瞒报、虚报, Art. 29), straight from the
 * finding table, so that they do not depend on how spot checks are kept otherwise.
 */
@ApplicationScoped
public class FindingCounts {

    private final EntityManager em;

    public FindingCounts(EntityManager em) {
        this.em = em;
    }

    /** Which of these finding ids exist. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return em.unwrap(Session.class).doReturningWork(db -> {
            Set<UUID> found = new HashSet<>();
            try (PreparedStatement q = db.prepareStatement("select id from finding where id = any (?)")) {
                q.setArray(1, db.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Per section: the findings against it that found a problem (kind other than NONE 未发现问题), recorded in
     * [from, until).
     */
    public Map<String, Long> problemsBySection(OffsetDateTime from, OffsetDateTime until) {
        return em.unwrap(Session.class).doReturningWork(db -> {
            Map<String, Long> counts = new TreeMap<>();
            try (PreparedStatement q = db.prepareStatement("""
                    select section, count(*) from finding
                    where kind <> 'NONE' and section is not null and recorded_at >= ? and recorded_at < ?
                    group by section""")) {
                q.setObject(1, from);
                q.setObject(2, until);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }
}
