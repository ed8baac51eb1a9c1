package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.CalendarApi;
import cn.gov.huiji.fourlists.workbench.client.ChannelApi;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.client.SectionApi;
import cn.gov.huiji.fourlists.workbench.service.CalendarRevisions;
import cn.gov.huiji.fourlists.workbench.service.ChannelsForm;
import cn.gov.huiji.fourlists.workbench.service.HolidayNoticeForm;
import cn.gov.huiji.fourlists.workbench.service.SectionForm;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * System administration (系统管理): the sections (科室（队）, Art. 24) in list-service, the published complaint channels
 * (Art. 9, 28) in complaint-service, and the holiday notices the working-day calendar counts deadlines on (R-ADJ-3)
 * in adjustment-service. Each write goes with the admin's token and the owning service decides.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminDesk {

    static final Map<String, String> SECTION_LABELS = Map.of("code", "科室编码", "name", "名称", "headName", "第一责任人");
    static final Map<String, String> CHANNEL_LABELS = Map.of("kind", "渠道类型", "value", "号码、地址或网址", "serviceHours", "受理时间");
    static final Map<String, String> NOTICE_LABELS = Map.of("year", "年度", "document", "通知文号或标题", "daysOff", "放假安排",
            "workingWeekendDays", "调休上班日");

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final ListsApi lists;
    private final SectionApi sections;
    private final ChannelApi channels;
    private final CalendarApi calendar;
    private final Template page;

    public AdminDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient ListsApi lists,
                     @RestClient SectionApi sections, @RestClient ChannelApi channels, @RestClient CalendarApi calendar,
                     @Location("admin.html") Template page) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.lists = lists;
        this.sections = sections;
        this.channels = channels;
        this.calendar = calendar;
        this.page = page;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** What the admin typed and the service's refusal, shown again in the part of the page it concerns. */
    private record Refused(String part, String error, Object form) {
    }

    @GET
    public Response show(@QueryParam("done") String done, @QueryParam("code") String code, @QueryParam("year") Integer year,
                         @QueryParam("edit") String edit) {
        String message = switch (done == null ? "" : done) {
            case "section" -> "已保存科室（队）" + (code == null ? "" : " " + code) + "。";
            case "channels" -> "已更新公布的投诉举报渠道，门户网站即时显示。";
            case "notice" -> noticeLoaded(year);
            default -> null;
        };
        return Response.ok(render(message, null, edit)).build();
    }

    // R-ADJ-3: adjustment-service recomputes its provisional due dates as it loads; the others as they adopt the revision
    private static String noticeLoaded(Integer year) {
        return "已载入" + (year == null ? "" : " " + year + " 年") + "节假日安排通知。凡暂按工作日计算、涉及该年度的未到期期限，"
                + "均按该通知重算，每一处变更均留痕。";
    }

    @POST
    @Path("/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSection(@RestForm String code, @RestForm String name, @RestForm String headName) {
        SectionForm form = new SectionForm(code, name, headName);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return Response.status(400).entity(render(null, new Refused("section", String.join(" ", problems), form))).build();
        }
        try {
            sections.register(bearer(), form.trimmedCode(), form.toJson());
        } catch (RuntimeException e) {
            return Response.status(ServiceAnswers.status(e))
                    .entity(render(null, new Refused("section", ServiceAnswers.explain(e, "清单服务", SECTION_LABELS), form))).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/admin").queryParam("done", "section")
                .queryParam("code", form.trimmedCode()).fragment("sections-h").build()).build();
    }

    @POST
    @Path("/channels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveChannels(@RestForm("PHONE") String phone, @RestForm("PHONE_hours") String phoneHours,
                                 @RestForm("FAX") String fax, @RestForm("FAX_hours") String faxHours,
                                 @RestForm("POSTAL_ADDRESS") String postal, @RestForm("POSTAL_ADDRESS_hours") String postalHours,
                                 @RestForm("EMAIL") String email, @RestForm("EMAIL_hours") String emailHours,
                                 @RestForm("ONLINE_FORM") String online, @RestForm("ONLINE_FORM_hours") String onlineHours) {
        Map<String, ChannelsForm.Entry> entries = new LinkedHashMap<>();
        entries.put("PHONE", new ChannelsForm.Entry(phone, phoneHours));
        entries.put("FAX", new ChannelsForm.Entry(fax, faxHours));
        entries.put("POSTAL_ADDRESS", new ChannelsForm.Entry(postal, postalHours));
        entries.put("EMAIL", new ChannelsForm.Entry(email, emailHours));
        entries.put("ONLINE_FORM", new ChannelsForm.Entry(online, onlineHours));
        try {
            channels.replace(bearer(), ChannelsForm.toJson(entries));
        } catch (RuntimeException e) {
            return Response.status(ServiceAnswers.status(e)).entity(render(null, new Refused("channels",
                    ServiceAnswers.explain(e, "投诉举报服务", CHANNEL_LABELS), ChannelsForm.lines(entries)))).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/admin").queryParam("done", "channels").fragment("channels-h").build()).build();
    }

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response loadNotice(@RestForm String year, @RestForm String document, @RestForm String daysOff,
                               @RestForm String workingWeekendDays) {
        HolidayNoticeForm form = new HolidayNoticeForm(year, document, daysOff, workingWeekendDays);
        HolidayNoticeForm.Parsed parsed = form.parse();
        if (!parsed.problems().isEmpty()) {
            return Response.status(400).entity(render(null, new Refused("notice", String.join(" ", parsed.problems()), form))).build();
        }
        JsonNode answer;
        try {
            answer = calendar.load(bearer(), parsed.year(), parsed.body());
        } catch (RuntimeException e) {
            return Response.status(ServiceAnswers.status(e))
                    .entity(render(null, new Refused("notice", ServiceAnswers.explain(e, "动态调整服务", NOTICE_LABELS), form))).build();
        }
        // The due dates the load counted again exist only in this answer: shown at once rather than after a redirect.
        return Response.ok(render(noticeLoaded(parsed.year()), null, null, answer)).build();
    }

    private TemplateInstance render(String done, Refused refused) {
        return render(done, refused, null, null);
    }

    private TemplateInstance render(String done, Refused refused, String edit) {
        return render(done, refused, edit, null);
    }

    /**
     * @param edit   the code of a section to rename: its row fills the section form
     * @param loaded adjustment-service's answer to a notice just loaded, with the due dates it recomputed
     */
    private TemplateInstance render(String done, Refused refused, String edit, JsonNode loaded) {
        List<String> unavailable = new ArrayList<>();
        JsonNode sectionList = read(lists::sections, "清单服务（科室（队））", unavailable);
        JsonNode published = refused != null && refused.part().equals("channels") ? null
                : read(channels::published, "投诉举报服务（投诉举报渠道）", unavailable);
        JsonNode notices = read(calendar::notices, "动态调整服务（工作日历）", unavailable);
        JsonNode revisions = notices == null ? null : read(calendar::revisions, "动态调整服务（节假日通知载入记录）", unavailable);
        List<Integer> years = new ArrayList<>();
        if (notices != null) {
            notices.path("years").forEach(y -> years.add(y.asInt()));
        }
        int nextYear = LocalDate.now(BureauClock.ZONE).getYear() + 1;
        List<SectionRow> sectionRows = sectionRows(sectionList);
        Object sectionForm = refused != null && refused.part().equals("section") ? refused.form()
                : sectionRows.stream().filter(r -> r.code().equals(edit)).findFirst()
                .map(r -> new SectionForm(r.code(), r.name(), r.headName())).orElse(new SectionForm("", "", ""));
        Object channelLines = refused != null && refused.part().equals("channels") ? refused.form() : ChannelsForm.lines(published);
        Object noticeForm = refused != null && refused.part().equals("notice") ? refused.form()
                : new HolidayNoticeForm(String.valueOf(years.contains(nextYear) ? nextYear + 1 : nextYear), "", "", "");
        return page.data("title", "系统管理").data("user", User.of(identity)).data("done", done)
                .data("unavailable", unavailable)
                .data("sectionError", refused != null && refused.part().equals("section") ? refused.error() : null)
                .data("channelError", refused != null && refused.part().equals("channels") ? refused.error() : null)
                .data("noticeError", refused != null && refused.part().equals("notice") ? refused.error() : null)
                .data("sections", sectionRows).data("sectionForm", sectionForm)
                .data("channels", channelLines)
                .data("calendarVersion", notices == null ? null : notices.path("calendarVersion").asText())
                .data("years", new TreeSet<>(years))
                .data("revisions", CalendarRevisions.of(revisions)).data("noticeForm", noticeForm)
                .data("recomputed", CalendarRevisions.recomputed(loaded, sectionRows.stream()
                        .collect(java.util.stream.Collectors.toMap(SectionRow::code, SectionRow::name, (a, b) -> a))));
    }

    /** A section as the table shows it. */
    public record SectionRow(String code, String name, String headName) {
    }

    private static List<SectionRow> sectionRows(JsonNode sections) {
        List<SectionRow> rows = new ArrayList<>();
        if (sections != null) {
            sections.forEach(s -> rows.add(new SectionRow(s.path("code").asText(), s.path("name").asText(),
                    s.path("headName").asText(""))));
        }
        return rows;
    }

    private static JsonNode read(java.util.function.Supplier<JsonNode> call, String what, List<String> unavailable) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            unavailable.add(what);
            return null;
        }
    }
}
