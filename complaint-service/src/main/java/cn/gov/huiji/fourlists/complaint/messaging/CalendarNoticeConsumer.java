package cn.gov.huiji.fourlists.complaint.messaging;

import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Listens to adjustment-service for the one working-day calendar (R-ADJ-3): a holiday notice loaded there is applied
 * here as the same revision, and the acceptance deadlines counted provisionally are counted again on it.
 */
@ApplicationScoped
public class CalendarNoticeConsumer {

    public static final String CHANNEL = "calendar-notices";
    private static final Logger LOG = Logger.getLogger(CalendarNoticeConsumer.class);

    private final CalendarInForce calendars;

    public CalendarNoticeConsumer(CalendarInForce calendars) {
        this.calendars = calendars;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void onEvent(String payload) {
        TraceEvent event = TraceEventCodec.readRecord(payload, "adjustment-events").orElse(null);
        if (event == null || !NoticeLoaded.TYPE.equals(event.type())) {
            return; // the rest of adjustment-service's traces are not for complaints
        }
        try {
            NoticeLoaded loaded = TraceEventCodec.dataAs(event, NoticeLoaded.class);
            if (calendars.adopt(loaded, event.actorid())) {
                LOG.infof("holiday notice %d (%s) applied as %s", loaded.year(), loaded.document(), loaded.calendarVersion());
            }
        } catch (IllegalArgumentException e) {
            LOG.errorf("holiday notice event %s could not be applied: %s", event.id(), e.getMessage());
        }
    }
}
