package cn.gov.huiji.fourlists.kernel.calendar;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.trace.TraceTopics;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * The one working-day calendar of the suite (R-ADJ-3) in a service that keeps a replica of it: a holiday notice loaded
 * in adjustment-service is applied here as the same revision, so every deadline counts on the same days. The rest of
 * adjustment-service's events are not for the replica; a record that is no event, or is forged, goes to the dead
 * letters. Each service subclasses this with its own {@code @Incoming} channel (a kernel bean with a channel would
 * demand that channel of every service).
 */
public abstract class CalendarNotices {

    private static final Logger LOG = Logger.getLogger(CalendarNotices.class);

    private final CalendarInForce calendars;
    private final PoisonRecords records;

    /** For the client proxy of a normal-scoped subclass; never used to consume. */
    protected CalendarNotices() {
        this(null, null);
    }

    protected CalendarNotices(CalendarInForce calendars, PoisonRecords records) {
        this.calendars = calendars;
        this.records = records;
    }

    /** Applies a loaded notice from the record on {@code channel}; other events pass, poison goes to the dead letters. */
    protected CompletionStage<Void> apply(String channel, Message<String> record) {
        return records.consume(channel, TraceTopics.ADJUSTMENT, record, event -> {
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
