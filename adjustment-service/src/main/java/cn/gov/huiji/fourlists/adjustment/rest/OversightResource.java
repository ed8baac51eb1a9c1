package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.service.OversightService;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Oversight", description = "Deadlines kept and missed, per section (时限监督, Art. 29, 31), and each person's inbox (待办)")
@SecurityRequirement(name = "keycloak")
public class OversightResource {

    private final OversightService oversight;
    private final ActorResolver actors;

    public OversightResource(OversightService oversight, ActorResolver actors) {
        this.oversight = oversight;
        this.actors = actors;
    }

    @GET
    @Path("/stats/sections")
    @RolesAllowed({Roles.LEGAL, Roles.LEADER, Roles.DISCIPLINE, Roles.AUDITOR})
    @Operation(summary = "Per section: requests, published, on time, returned, overdue, applied late (科室时限统计)")
    public List<OversightService.SectionStats> sections(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "Only requests drafted in this month, Beijing time (按月统计)", example = "2026-11")
            @jakarta.ws.rs.QueryParam("month") @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month) {
        return oversight.bySection(month == null ? null : java.time.YearMonth.parse(month));
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE})
    @Operation(summary = "What the caller must act on, most urgent first (待办事项)")
    public List<TaskView> tasks() {
        return oversight.tasksFor(actors.current()).stream()
                .map(t -> new TaskView(RequestView.of(t.request()), t.actions().stream().map(RequestAction::path).toList(), t.overdue(),
                        t.workingDaysLeft(), t.calendarVersion()))
                .toList();
    }

    public record TaskView(RequestView request, List<String> actions, boolean overdue,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Working days until the due date "
                                   + "on the calendar in force (剩余工作日): 0 due today, negative when late, null without a due date "
                                   + "or without the year's holiday notice") Integer workingDaysLeft,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The calendar that count is on",
                                   examples = "cal-r3") String calendarVersion) {
    }
}
