package cn.gov.huiji.fourlists.adjustment.messaging;

import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Keeps the projection of published items from list-service's events (loaded or adjusted). */
@ApplicationScoped
public class ListEventsConsumer {

    public static final String CHANNEL = "list-items";

    private final EntityManager em;

    public ListEventsConsumer(EntityManager em) {
        this.em = em;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @Transactional
    public void onEvent(String payload) {
        TraceEvent event = TraceEventCodec.readRecord(payload, "list-events").orElse(null);
        if (event == null || !event.type().equals("fourlists.list.item.loaded") && !event.type().equals("fourlists.list.item.adjusted")) {
            return;
        }
        JsonNode d = event.data();
        if (!d.hasNonNull("name") || !d.hasNonNull("section")) {
            return; // an event from before items carried their content
        }
        em.createNativeQuery("""
                        insert into item_projection (code, name, section_code, legal_basis, status, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (code) do update set name = excluded.name, section_code = excluded.section_code,
                            legal_basis = excluded.legal_basis, status = excluded.status, updated_at = excluded.updated_at
                        where item_projection.updated_at <= excluded.updated_at""")
                .setParameter(1, d.path("code").asText()).setParameter(2, d.path("name").asText())
                .setParameter(3, d.path("section").asText()).setParameter(4, d.path("legalBasis").asText(null))
                .setParameter(5, d.path("status").asText("PUBLISHED"))
                .setParameter(6, event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time())
                .executeUpdate();
    }
}
