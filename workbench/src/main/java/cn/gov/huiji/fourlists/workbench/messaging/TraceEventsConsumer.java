package cn.gov.huiji.fourlists.workbench.messaging;

import cn.gov.huiji.fourlists.workbench.config.WorkbenchConfig;
import cn.gov.huiji.fourlists.workbench.service.EventAuthenticity;
import cn.gov.huiji.fourlists.workbench.service.NotificationCenter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Reads the services' trace events and turns those that ask someone to act into notifications. The workbench
 * applies nothing: an event it cannot use is logged and skipped, never retried forever.
 */
@ApplicationScoped
public class TraceEventsConsumer {

    private static final Logger LOG = Logger.getLogger(TraceEventsConsumer.class);

    private final NotificationCenter center;
    private final EventAuthenticity authenticity;
    private final ObjectMapper json;

    public TraceEventsConsumer(NotificationCenter center, WorkbenchConfig config, ObjectMapper json) {
        this.center = center;
        this.authenticity = new EventAuthenticity(Path.of(config.eventKeyDir()));
        this.json = json;
    }

    @Incoming("adjustment-events")
    @Blocking(ordered = true)
    public void adjustment(String record) {
        take(record, "adjustment-events");
    }

    @Incoming("complaint-events")
    @Blocking(ordered = true)
    public void complaint(String record) {
        take(record, "complaint-events");
    }

    /** list-service's events: an officer's certificate about to end or ended tells the legal section (Art. 19). */
    @Incoming("list-events")
    @Blocking(ordered = true)
    public void list(String record) {
        take(record, "list-events");
    }

    /** disclosure-service's events: a decision not yet public a working day before its due date, or overdue (Art. 8). */
    @Incoming("disclosure-events")
    @Blocking(ordered = true)
    public void disclosure(String record) {
        take(record, "disclosure-events");
    }

    void take(String record, String topic) {
        JsonNode event;
        try {
            event = json.readTree(record);
        } catch (Exception e) {
            LOG.warnf("skipped a record on %s that is not JSON: %s", topic, e.getMessage());
            return;
        }
        var refusal = authenticity.refusal(event, topic);
        if (refusal.isPresent()) {
            LOG.warnf("skipped event %s on %s: %s", event.path("id").asText(), topic, refusal.get());
            return;
        }
        center.take(event);
    }
}
