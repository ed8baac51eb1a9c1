package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.CaseKind;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start-up, the case-number sequences of this year and the next exist before any intake needs them. */
@ApplicationScoped
public class CaseNumbers {

    void onStart(@Observes StartupEvent event, CaseIntake cases, CaseCalendar calendar) {
        int year = calendar.today().getYear();
        for (CaseKind kind : CaseKind.values()) {
            cases.ensureSequence(kind.prefix, year);
            cases.ensureSequence(kind.prefix, year + 1);
        }
    }
}
