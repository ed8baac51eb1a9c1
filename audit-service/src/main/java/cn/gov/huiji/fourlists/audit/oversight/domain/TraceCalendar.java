package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working-day calendar as the traces give it (R-ADJ-3): the notices shipped with the software, then every
 * {@code fourlists.adjustment.calendar.notice-loaded} trace in the order it happened — the latest for a year wins, as
 * in every service's replica. So a card's lateness is counted on the days the log itself says, not on this service's
 * configuration.
 */
public final class TraceCalendar {

    public static final String NOTICE_LOADED = AdjustmentEvents.CALENDAR_NOTICE_LOADED.name();

    private TraceCalendar() {
    }

    /** @param noticeTraces the notice-loaded traces, in any order (they are put in the order they happened) */
    public static WorkingDayCalendar of(List<StoredTrace> noticeTraces) {
        Map<Integer, HolidayNotice> byYear = new TreeMap<>();
        for (HolidayNotice shipped : WorkingDayCalendar.shippedNotices()) {
            byYear.put(shipped.year(), shipped);
        }
        String version = "shipped";
        List<StoredTrace> ordered = new ArrayList<>(noticeTraces);
        ordered.sort(CardDerivation.ORDER);
        for (StoredTrace t : ordered) {
            if (!NOTICE_LOADED.equals(t.type()) || t.data() == null) {
                continue;
            }
            NoticeLoaded loaded;
            try {
                loaded = TraceEventCodec.read(t.data().toString(), NoticeLoaded.class);
            } catch (IllegalArgumentException e) {
                continue; // not a notice: adjustment-service never loads such a one, and no count may rest on it
            }
            if (loaded.notice() == null || loaded.notice().year() != loaded.year() || !loaded.notice().problems().isEmpty()) {
                continue;
            }
            byYear.put(loaded.year(), loaded.notice());
            version = loaded.calendarVersion() == null ? version : loaded.calendarVersion();
        }
        return new WorkingDayCalendar(version, byYear.values());
    }
}
