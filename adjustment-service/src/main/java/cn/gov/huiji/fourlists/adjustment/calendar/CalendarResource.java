package cn.gov.huiji.fourlists.adjustment.calendar;

import cn.gov.huiji.fourlists.adjustment.service.RecomputedDueDates;
import cn.gov.huiji.fourlists.kernel.calendar.CalendarInForce;
import cn.gov.huiji.fourlists.kernel.calendar.Deadline;
import cn.gov.huiji.fourlists.kernel.calendar.HolidayNotice;
import cn.gov.huiji.fourlists.kernel.calendar.NoticeLoaded;
import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

@Path("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Working days under the State Council's holiday notices (工作日历, 国务院办公厅节假日安排通知); "
        + "every deadline of Art. 26 counts them")
public class CalendarResource {

    private final CalendarService service;
    private final CalendarInForce calendars;

    public CalendarResource(CalendarService service, CalendarInForce calendars) {
        this.service = service;
        this.calendars = calendars;
    }

    @GET
    @Path("/deadline")
    @Operation(summary = "The N-th working day strictly after a date (期限计算); public",
            description = "A count that reaches a year whose holiday notice is not loaded is a 422, never a guess — unless "
                    + "provisional=true is asked: then the days of that year count on weekdays only and the answer says "
                    + "\"provisional\": true (暂按工作日计算，待国务院节假日安排公布后重算).")
    @APIResponse(responseCode = "200", description = "The due date and the calendar version it used",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Deadline.class),
                    examples = @ExampleObject(name = "provisional", value = """
                            {"from":"2026-12-30","workingDays":5,"due":"2027-01-06","calendarVersion":"provisional","provisional":true}""")))
    @APIResponse(responseCode = "422", description = "A year on the way has no loaded notice (超出已载入的工作日历)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "outside-calendar", value = """
                    {"type":"urn:fourlists:problem:outside-calendar","title":"Outside the loaded calendar",
                     "titleZh":"超出已载入的工作日历","status":422,
                     "detail":"No State Council holiday notice is loaded for 2027 (loaded: [2024, 2025, 2026]); …",
                     "detailZh":"尚未载入 2027 年国务院节假日安排通知（已载入：[2024, 2025, 2026]），无法准确计算期限；…"}""")))
    @APIResponse(responseCode = "400", description = "A malformed date or a count outside 1–366 (参数有误)",
            content = @Content(mediaType = "application/problem+json"))
    public Deadline deadline(
            @Parameter(description = "Start date, YYYY-MM-DD (起算日)") @QueryParam("from") @NotNull String from,
            @Parameter(description = "Working days, 1–366 (工作日数)") @QueryParam("workingDays") @NotNull @Min(1) @Max(366) Integer workingDays,
            @Parameter(description = "Accept a provisional count for a year whose notice is not loaded (允许暂按工作日计算)")
            @QueryParam("provisional") @DefaultValue("false") boolean provisional) {
        return service.deadline(date("from", from), workingDays, provisional);
    }

    @GET
    @Path("/notices")
    @Operation(summary = "The loaded years and the calendar version (已载入的节假日通知); public")
    public Loaded notices() {
        WorkingDayCalendar c = calendars.current();
        return new Loaded(c.version(), c.years());
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "Every notice loaded at run time, as revisions (节假日通知载入记录); public",
            description = "What the other services replay to hold the same calendar (cal-rN is revision N everywhere); "
                    + "the same payloads as the events fourlists.adjustment.calendar.notice-loaded on adjustment-events.")
    public List<NoticeLoaded> revisions() {
        return calendars.revisions();
    }

    @PUT
    @Path("/notices/{year}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Load or correct a year's holiday notice (载入节假日安排通知); role admin",
            description = "Validated (dates in the year, weekend working days on Saturdays or Sundays, no day both off and "
                    + "working), stored as a new calendar revision, traced and published to every service that counts "
                    + "deadlines; every open provisional due date is recomputed on it, each change traced. The answer lists "
                    + "what this load recomputed here (重新计算的暂定期限): each adjustment request and law-change obligation "
                    + "whose provisional due date was counted again, before and after; complaint-service recomputes its "
                    + "own case deadlines when it adopts the revision, and they are not listed.")
    @APIResponse(responseCode = "200", description = "The calendar now in force and the due dates recomputed on it (现行工作日历及重新计算的期限)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoadedNotice.class),
                    examples = @ExampleObject(name = "2027", value = """
                            {"calendarVersion":"cal-r3","years":[2024,2025,2026,2027],
                             "recomputed":[{"kind":"REQUEST","id":"0b8f6c2e-5d7a-4c11-9e3b-2f4a6d8c1e90","itemCode":"410108-AJ-CF-001",
                                            "section":"hazchem","previousDueDate":"2027-01-04","dueDate":"2027-01-06","calendarVersion":"cal-r3"},
                                           {"kind":"OBLIGATION","id":"7d2e9a41-3c6b-4f08-8a5d-1b9e0c7f4a26","itemCode":"410108-AJ-XK-002",
                                            "section":"enforcement-brigade","previousDueDate":"2027-01-05","dueDate":"2027-01-07","calendarVersion":"cal-r3"}]}""")))
    @APIResponse(responseCode = "400", description = "The notice is inconsistent; errors[] names each field (通知内容有误)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json"))
    public LoadedNotice load(@PathParam("year") int year, @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "2027", value = """
            {"year": 2027, "document": "国务院办公厅关于2027年部分节假日安排的通知", "daysOff": [["2027-01-01", "2027-01-03"]], "workingWeekendDays": []}"""))) @NotNull HolidayNotice notice) {
        CalendarService.Load load = service.load(year, notice);
        return new LoadedNotice(load.calendar().version(), load.calendar().years(), load.recomputed());
    }

    public record Loaded(String calendarVersion, Set<Integer> years) {
    }

    /** {@link Loaded} and, added for the admin, what the load recomputed in this service (R-ADJ-3). */
    public record LoadedNotice(String calendarVersion, Set<Integer> years,
                               @Schema(description = "The provisional due dates of adjustment requests and law-change obligations "
                                       + "this load counted again, empty when none (重新计算的暂定期限)")
                               List<RecomputedDueDates.Recomputed> recomputed) {
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "a date YYYY-MM-DD is expected", "应为 YYYY-MM-DD 格式的日期");
        }
    }
}
