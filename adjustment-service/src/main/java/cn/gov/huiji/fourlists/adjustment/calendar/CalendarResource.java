package cn.gov.huiji.fourlists.adjustment.calendar;

import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

@Path("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Working days under the State Council's holiday notices (工作日历, 国务院办公厅节假日安排通知); "
        + "every deadline of Art. 26 counts them")
public class CalendarResource {

    private final CalendarService calendars;

    public CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("/deadline")
    @Operation(summary = "The N-th working day strictly after a date (期限计算); public",
            description = "A date in a year whose notice is not loaded is a 422, never a guess.")
    public CalendarService.Deadline deadline(
            @Parameter(description = "Start date, YYYY-MM-DD (起算日)") @QueryParam("from") @NotNull String from,
            @Parameter(description = "Working days, 1–366 (工作日数)") @QueryParam("workingDays") @NotNull @Min(1) @Max(366) Integer workingDays) {
        return calendars.deadline(date("from", from), workingDays);
    }

    @GET
    @Path("/notices")
    @Operation(summary = "The loaded years and the calendar version (已载入的节假日通知); public")
    public Loaded notices() {
        WorkingDayCalendar c = calendars.current();
        return new Loaded(c.version(), c.years());
    }

    @PUT
    @Path("/notices/{year}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Load or correct a year's holiday notice (载入节假日安排通知); role admin",
            description = "Validated (dates in the year, weekend working days on Saturdays or Sundays, no day both off and "
                    + "working), stored as a new calendar revision and traced; deadlines computed afterwards carry the new version.")
    public Loaded load(@PathParam("year") int year, @NotNull HolidayNotice notice) {
        calendars.load(year, notice);
        WorkingDayCalendar c = calendars.reload();
        return new Loaded(c.version(), c.years());
    }

    public record Loaded(String calendarVersion, Set<Integer> years) {
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "a date YYYY-MM-DD is expected", "应为 YYYY-MM-DD 格式的日期");
        }
    }
}
