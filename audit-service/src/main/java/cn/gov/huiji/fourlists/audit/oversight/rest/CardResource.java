package cn.gov.huiji.fourlists.audit.oversight.rest;

import cn.gov.huiji.fourlists.audit.oversight.domain.Card;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardColor;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardFilter;
import cn.gov.huiji.fourlists.audit.oversight.domain.CardSummary;
import cn.gov.huiji.fourlists.audit.oversight.service.CardQueries;
import cn.gov.huiji.fourlists.audit.oversight.service.SectionScope;
import cn.gov.huiji.fourlists.audit.service.TraceFilter;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** 电子监察: the yellow and red cards, derived from the traces on every read (Art. 29, 31). */
@Path("/api/v1/oversight")
@Tag(name = "Oversight", description = "电子监察, spot checks, accountability and assessment for the discipline group (纪检组监督, Art. 21, 29, 31)")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Roles.DISCIPLINE, Roles.LEADER, Roles.AUDITOR, Roles.LEGAL, Roles.SECTION_HEAD, Roles.CLERK})
public class CardResource {

    static final String CARD_EXAMPLE = """
            [{"id": "5f2a9c0e1b7d4e36", "color": "RED", "source": "adjustment-service", "kind": "ADJUSTMENT_STEP",
              "subject": "request/3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1c37", "step": "DRAFT", "section": "hazchem", "person": "clerk",
              "dueDate": "2026-09-30", "warnedAt": "2026-09-29T01:00:00Z", "missedAt": "2026-10-01T01:00:00Z",
              "workingDaysLate": 2, "resolvedAt": "2026-10-09T02:30:00Z",
              "traces": [{"traceId": 4101, "eventId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                          "type": "fourlists.adjustment.deadline.warned", "occurredAt": "2026-09-29T01:00:00Z", "leafIndex": 4098}]}]""";

    private final CardQueries cards;
    private final ActorResolver actors;

    public CardResource(CardQueries cards, ActorResolver actors) {
        this.cards = cards;
        this.actors = actors;
    }

    @GET
    @Path("/cards")
    @Operation(summary = "Yellow and red cards (电子监察黄牌红牌); discipline, leader, auditor; legal, section-head, clerk: their section's",
            description = "Derived on every call from the stored traces alone, never stored nor edited: a yellow card for each "
                    + "step warned of (临期预警), red once it was missed (逾期), one card per source, subject, step and due date, "
                    + "with the traces behind it and, once the step was done, when (resolvedAt). workingDaysLate counts the "
                    + "working days after the due date until the step was done or until today, on the holiday notices the "
                    + "traces themselves hold. Section: the one the event names, else that of the last staff member who acted "
                    + "on the object, else complaints the office's and disclosures and certificates the legal section's. "
                    + "A section's staff asking for another section get 403.")
    @APIResponse(responseCode = "200", description = "The cards, latest due date first (黄牌红牌)", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = Card.class),
            examples = @ExampleObject(name = "a-red-card-resolved", value = CARD_EXAMPLE)))
    public List<Card> cards(
            @Parameter(description = "Section code (科室（队）)", example = "hazchem")
            @QueryParam("section") @Pattern(regexp = TraceFilter.SECTION_CODE) String section,
            @Parameter(description = "Due date from, included (期限起)", example = "2026-11-01")
            @QueryParam("from") @Pattern(regexp = Days.PATTERN) String from,
            @Parameter(description = "Due date to, included (期限止)", example = "2026-11-30")
            @QueryParam("to") @Pattern(regexp = Days.PATTERN) String to,
            @Parameter(description = "YELLOW 黄牌 or RED 红牌", schema = @Schema(enumeration = {"YELLOW", "RED"}))
            @QueryParam("color") @Pattern(regexp = "YELLOW|RED") String color,
            @Parameter(description = "Staff id of the person responsible (责任人)", example = "clerk")
            @QueryParam("person") @Size(max = 100) String person) {
        LocalDate start = Days.parse("from", from);
        LocalDate end = Days.parse("to", to);
        Days.ordered(start, end);
        String scope = SectionScope.of(actors.current(), section).orElse(null);
        return cards.find(new CardFilter(scope, start, end, color == null ? null : CardColor.valueOf(color), person));
    }

    @GET
    @Path("/cards/summary")
    @Operation(summary = "Cards per month and section (黄牌红牌月度统计); discipline, leader, auditor; legal, section-head, clerk: their section's",
            description = "Per month of the due date and per section: yellow cards, red cards, and how many of them were resolved.")
    @APIResponse(responseCode = "200", description = "One row per month and section that has cards (月度统计)", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = CardSummary.Row.class),
            examples = @ExampleObject(name = "november", value = """
                    [{"month": "2026-11", "section": "hazchem", "yellow": 3, "red": 1, "resolved": 3}]""")))
    public List<CardSummary.Row> summary(
            @Parameter(description = "Due date from, included (期限起)", example = "2026-01-01")
            @QueryParam("from") @Pattern(regexp = Days.PATTERN) String from,
            @Parameter(description = "Due date to, included (期限止)", example = "2026-12-31")
            @QueryParam("to") @Pattern(regexp = Days.PATTERN) String to) {
        LocalDate start = Days.parse("from", from);
        LocalDate end = Days.parse("to", to);
        Days.ordered(start, end);
        String scope = SectionScope.of(actors.current(), null).orElse(null);
        return CardSummary.of(cards.find(new CardFilter(scope, start, end, null, null)));
    }
}
