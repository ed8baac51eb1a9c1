package cn.gov.huiji.fourlists.complaint.messaging;

import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Listens to adjustment-service for the one working-day calendar (R-ADJ-3): a holiday notice loaded there is applied
 * here as the same revision, and the acceptance deadlines counted provisionally are counted again on it. The rest of
 * adjustment-service's events are not for complaints; a record that is no event at all goes to the dead letters.
 */
@ApplicationScoped
public class CalendarNoticeConsumer {

    public static final String CHANNEL = "calendar-notices";
    private static final Logger LOG = Logger.getLogger(CalendarNoticeConsumer.class);

    private final CalendarInForce calendars;
    private final PoisonRecords records;

    public CalendarNoticeConsumer(CalendarInForce calendars, PoisonRecords records) {
        this.calendars = calendars;
        this.records = records;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> onRecord(Message<String> record) {
        return records.consume(CHANNEL, TraceTopics.ADJUSTMENT, record, event -> {
            if (!AdjustmentEvents.CALENDAR_NOTICE_LOADED.is(event.type())) {
                return;
            }
            NoticeLoaded loaded = TraceEventCodec.dataAs(event, NoticeLoaded.class);
            if (calendars.adopt(loaded, event.actorid())) {
                LOG.infof("holiday notice %d (%s) applied as %s", loaded.year(), loaded.document(), loaded.calendarVersion());
            }
        });
    }
}
