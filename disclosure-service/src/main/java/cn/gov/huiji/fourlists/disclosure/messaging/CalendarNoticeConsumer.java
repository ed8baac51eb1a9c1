package cn.gov.huiji.fourlists.disclosure.messaging;

import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarNotices;
import cn.gov.huiji.fourlists.kernel.messaging.PoisonRecords;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Listens to adjustment-service for the one working-day calendar (R-ADJ-3): a holiday notice loaded there is applied
 * here as the same revision, so the 7 working days of a disclosure count as every other deadline of the suite. The
 * rest of adjustment-service's events are not for disclosure; a record that is no event, or is forged, goes to the
 * dead letters.
 */
@ApplicationScoped
public class CalendarNoticeConsumer extends CalendarNotices {

    public static final String CHANNEL = "calendar-notices";

    public CalendarNoticeConsumer(CalendarInForce calendars, PoisonRecords records) {
        super(calendars, records);
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> onRecord(Message<String> record) {
        return apply(CHANNEL, record);
    }
}
