package cn.gov.huiji.fourlists.kernel.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

/** Which working-day calendar this service counts its deadlines on, for operators and other systems (R-ADJ-3). */
@Path("/api/v1/calendar/in-force")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "fourlists.calendar.enabled", stringValue = "true")
@Tag(name = "Working-day calendar", description = "Working days under the State Council's holiday notices (工作日历)")
public class CalendarInForceResource {

    private final CalendarInForce calendars;

    public CalendarInForceResource(CalendarInForce calendars) {
        this.calendars = calendars;
    }

    @Schema(description = "The calendar in force here (本服务使用的工作日历)")
    public record InForce(@Schema(description = "cal-rN: the notices loaded up to revision N, the same in every service",
            examples = "cal-r3") String calendarVersion,
                          @Schema(description = "Years with a loaded holiday notice (已载入通知的年份)") Set<Integer> years) {
    }

    @GET
    @Operation(summary = "The working-day calendar this service counts on (本服务的工作日历版本); public",
            description = "The same version in every service once a notice loaded in adjustment-service has reached it.")
    public InForce inForce() {
        WorkingDayCalendar c = calendars.current();
        return new InForce(c.version(), c.years());
    }
}
