package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import cn.gov.huiji.fourlists.workbench.client.ListsApi;
import cn.gov.huiji.fourlists.workbench.client.OversightApi;
import cn.gov.huiji.fourlists.workbench.config.WorkbenchConfig;
import cn.gov.huiji.fourlists.workbench.service.AccountabilityForm;
import cn.gov.huiji.fourlists.workbench.service.FindingForm;
import cn.gov.huiji.fourlists.workbench.service.Oversight;
import cn.gov.huiji.fourlists.workbench.service.SpotCheckForm;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 电子监察 and the discipline group's supervision (Art. 21, 29, 31): the yellow and red cards audit-service derives from
 * the deadline traces, per section and month; spot checks announced before anyone can know their sample, drawn from the
 * signed tree head the log reaches later (R-ADJ-6), with a finding for each sampled object (漏报、瞒报、虚报) and the
 * printable report; accountability records (问责) with their measure and decision; and the period's assessment per
 * section for 绩效考核. Every call carries the user's own token: audit-service lets only the discipline group write,
 * leaders and auditors read everything, and a section's head, legal staff and clerks read their own section's cards
 * and accountability records; the pages show the write forms to the discipline group only.
 */
@Path("/oversight")
@Produces(MediaType.TEXT_HTML)
public class OversightDesk {

    private static final Logger LOG = Logger.getLogger(OversightDesk.class);
    static final String SERVICE = "审计服务";
    static final String DISCIPLINE = "discipline";
    /** Who reads the spot checks and the assessment (audit-service refuses the sections' staff). */
    static final Set<String> READ_ALL = Set.of(DISCIPLINE, "leader", "auditor");
    /** Who reads the traces behind a card on 留痕查询. */
    static final Set<String> TRACE_READERS = Set.of(DISCIPLINE, "auditor");
    static final Map<String, String> DONE = Map.of("ANNOUNCED", "已公告抽查。样本要等日志达到公告的条数、签发那一刻的树头之后才能抽取。",
            "SAMPLED", "已抽取样本。", "FINDING", "已记录检查结论。", "REVISED", "已修改检查结论，修改前的内容留痕备查。",
            "RECORDED", "已登记问责。", "CHANGED", "已修改问责记录，修改前的内容留痕备查。", "DECIDED", "已记录问责决定。");
    static final Map<String, String> CARD_LABELS = Map.of("section", "科室（队）", "from", "起始月份", "to", "截止月份", "color", "颜色",
            "person", "责任人");
    static final Map<String, String> PERIOD_LABELS = Map.of("from", "起始日期", "to", "截止日期");

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final OversightApi api;
    private final ListsApi lists;
    private final WorkbenchConfig config;
    private final Template cardsPage;
    private final Template checksPage;
    private final Template checkPage;
    private final Template accountabilityPage;
    private final Template assessmentPage;

    public OversightDesk(SecurityIdentity identity, AccessTokenCredential accessToken, @RestClient OversightApi api,
                         @RestClient ListsApi lists, WorkbenchConfig config, @Location("oversight-cards.html") Template cardsPage,
                         @Location("spot-checks.html") Template checksPage, @Location("spot-check.html") Template checkPage,
                         @Location("accountability.html") Template accountabilityPage,
                         @Location("assessment.html") Template assessmentPage) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.api = api;
        this.lists = lists;
        this.config = config;
        this.cardsPage = cardsPage;
        this.checksPage = checksPage;
        this.checkPage = checkPage;
        this.accountabilityPage = accountabilityPage;
        this.assessmentPage = assessmentPage;
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private boolean discipline() {
        return identity.hasRole(DISCIPLINE);
    }

    private boolean has(Set<String> roles) {
        return identity.getRoles().stream().anyMatch(roles::contains);
    }

    /** What every oversight page needs: title, user, the roles' choices of sub-pages and forms. */
    private TemplateInstance page(Template template, String title) {
        return template.data("title", title).data("user", User.of(identity)).data("discipline", discipline())
                .data("readsAll", has(READ_ALL));
    }

    // --- 电子监察: the cards ---------------------------------------------------------------------------------------

    /** The cards' filters as the form holds them: months as YYYY-MM. */
    public record CardFilter(String section, String from, String to, String color, String person) {
        String fromDay() {
            return from.isEmpty() ? null : YearMonth.parse(from).atDay(1).toString();
        }

        String toDay() {
            return to.isEmpty() ? null : YearMonth.parse(to).atEndOfMonth().toString();
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (String[] m : new String[][]{{from, "起始月份"}, {to, "截止月份"}}) {
                if (!m[0].isEmpty()) {
                    try {
                        YearMonth.parse(m[0]);
                    } catch (DateTimeParseException e) {
                        problems.add(m[1] + "应为 YYYY-MM 格式的月份，例如 2026-11。");
                    }
                }
            }
            if (problems.isEmpty() && !from.isEmpty() && !to.isEmpty() && YearMonth.parse(from).isAfter(YearMonth.parse(to))) {
                problems.add("起始月份 " + from + " 晚于截止月份 " + to + "。");
            }
            return problems;
        }

        String nullIfEmpty(String s) {
            return s.isEmpty() ? null : s;
        }
    }

    @GET
    public Response cards(@QueryParam("section") String section, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("color") String color, @QueryParam("person") String person) {
        CardFilter filter = new CardFilter(strip(section), strip(from), strip(to), strip(color), strip(person));
        Map<String, String> names = sections();
        TemplateInstance view = page(cardsPage, "电子监察").data("filter", filter).data("sectionChoices", names.entrySet())
                .data("colors", Oversight.COLORS.entrySet()).data("traceReaders", has(TRACE_READERS))
                .data("accountabilityLink", discipline());
        List<String> problems = filter.problems();
        if (!problems.isEmpty()) {
            return Response.status(400).entity(view.data("error", String.join(" ", problems))).build();
        }
        int status = 200;
        try {
            List<Oversight.CardRow> rows = Oversight.cards(api.cards(bearer(), filter.nullIfEmpty(filter.section()), filter.fromDay(),
                    filter.toDay(), filter.nullIfEmpty(filter.color()), filter.nullIfEmpty(filter.person())), names);
            view.data("rows", rows).data("loaded", true);
        } catch (RuntimeException e) {
            if (forbidden(e)) {
                return Response.status(403).entity(view.data("forbidden", "您无权查看电子监察的红黄牌。")).build();
            }
            view.data("error", ServiceAnswers.explain(e, SERVICE, CARD_LABELS));
            status = ServiceAnswers.status(e);
        }
        try {
            JsonNode summary = api.summary(bearer(), filter.fromDay(), filter.toDay());
            List<Oversight.CountRow> perSection = Oversight.bySection(summary, names).stream()
                    .filter(r -> filter.section().isEmpty() || r.key().equals(filter.section())).toList();
            List<Oversight.CountRow> perMonth = Oversight.byMonth(summary, filter.section());
            view.data("perSection", perSection).data("perMonth", perMonth).data("summaryLoaded", true);
            if (!perSection.isEmpty()) {
                view.data("sectionChart", new RawString(Oversight.sectionChart(perSection).svg("section-cards-chart")))
                        .data("monthChart", new RawString(Oversight.monthChart(perMonth).svg("month-cards-chart")));
            }
        } catch (RuntimeException e) {
            LOG.warnf("audit-service's card summary unavailable: %s", e.getMessage());
            view.data("summaryError", forbidden(e) ? "您无权查看红黄牌的汇总。" : SERVICE + "暂时无法访问，图表请稍后再看。");
        }
        return Response.status(status).entity(view).build();
    }

    // --- spot checks ---------------------------------------------------------------------------------------------

    @GET
    @Path("/spot-checks")
    public Response spotChecks() {
        return checks(SpotCheckForm.empty(), null, 200);
    }

    /** 公告抽查: the announcement is itself a trace, made before the seed head exists. */
    @POST
    @Path("/spot-checks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response announce(@RestForm String title, @RestForm String population, @RestForm String from, @RestForm String to,
                             @RestForm String sampleSize, @RestForm String seedTreeSize) {
        SpotCheckForm form = new SpotCheckForm(title, population, from, to, sampleSize, seedTreeSize);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return checks(form, String.join(" ", problems), 400);
        }
        JsonNode made;
        try {
            made = api.announce(bearer(), form.toJson());
        } catch (RuntimeException e) {
            return checks(form, ServiceAnswers.explain(e, SERVICE, SpotCheckForm.LABELS), ServiceAnswers.status(e));
        }
        return done("/oversight/spot-checks/{id}", made.path("id").asText(), "ANNOUNCED");
    }

    private Response checks(SpotCheckForm form, String formError, int status) {
        TemplateInstance view = page(checksPage, "抽查").data("form", form).data("formError", formError)
                .data("populations", Oversight.POPULATIONS.entrySet()).data("maxSample", SpotCheckForm.MAX_SAMPLE);
        try {
            view.data("checks", Oversight.spotChecks(api.spotChecks(bearer()), Map.of())).data("loaded", true);
        } catch (RuntimeException e) {
            if (forbidden(e)) {
                return Response.status(403).entity(view.data("forbidden", "您无权查看抽查。抽查及其结论向纪检组、局领导和审计人员开放。")).build();
            }
            view.data("error", ServiceAnswers.explain(e, SERVICE, Map.of()));
            status = status == 200 ? ServiceAnswers.status(e) : status;
        }
        return Response.status(status).entity(view).build();
    }

    @GET
    @Path("/spot-checks/{id}")
    public Response spotCheck(@PathParam("id") String id, @QueryParam("done") String done) {
        return check(id, done == null ? null : DONE.get(done), null, null, 200);
    }

    /** 抽取样本: audit-service answers 409 until the log has the signed head the announcement named. */
    @POST
    @Path("/spot-checks/{id}/draw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draw(@PathParam("id") String id) {
        if (!isUuid(id)) {
            return checkNotFound(id);
        }
        try {
            api.draw(bearer(), id);
        } catch (RuntimeException e) {
            return check(id, null, ServiceAnswers.explain(e, SERVICE, Map.of()), null, ServiceAnswers.status(e));
        }
        return done("/oversight/spot-checks/{id}", id, "SAMPLED");
    }

    /** A finding about one sampled object. */
    @POST
    @Path("/spot-checks/{id}/findings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordFinding(@PathParam("id") String id, @RestForm String object, @RestForm String kind, @RestForm String section,
                                  @RestForm String person, @RestForm String traceIndexes, @RestForm String documents,
                                  @RestForm String evidence) {
        if (!isUuid(id)) {
            return checkNotFound(id);
        }
        FindingForm form = new FindingForm(object, kind, section, person, traceIndexes, documents, evidence);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return check(id, null, null, new Typed(form, null, String.join(" ", problems)), 400);
        }
        try {
            api.recordFinding(bearer(), id, form.toJson());
        } catch (RuntimeException e) {
            return check(id, null, null, new Typed(form, null, ServiceAnswers.explain(e, SERVICE, FindingForm.LABELS)),
                    ServiceAnswers.status(e));
        }
        return done("/oversight/spot-checks/{id}", id, "FINDING");
    }

    /** A finding revised; audit-service keeps the earlier wording in the traces. */
    @POST
    @Path("/findings/{findingId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviseFinding(@PathParam("findingId") String findingId, @RestForm String checkId, @RestForm String object,
                                  @RestForm String kind, @RestForm String section, @RestForm String person,
                                  @RestForm String traceIndexes, @RestForm String documents, @RestForm String evidence) {
        if (!isUuid(findingId) || !isUuid(checkId)) {
            return checkNotFound(checkId);
        }
        FindingForm form = new FindingForm(object, kind, section, person, traceIndexes, documents, evidence);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return check(checkId, null, null, new Typed(form, findingId, String.join(" ", problems)), 400);
        }
        try {
            api.reviseFinding(bearer(), findingId, form.toJson());
        } catch (RuntimeException e) {
            return check(checkId, null, null, new Typed(form, findingId, ServiceAnswers.explain(e, SERVICE, FindingForm.LABELS)),
                    ServiceAnswers.status(e));
        }
        return done("/oversight/spot-checks/{id}", checkId, "REVISED");
    }

    /**
     * The check's report (PDF, Chinese): fetched with the user's token and passed on as it streams, under audit-service's
     * file name when it gives one.
     */
    @GET
    @Path("/spot-checks/{id}/report.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response report(@PathParam("id") String id) {
        if (!isUuid(id)) {
            return checkNotFound(id);
        }
        Response upstream;
        try {
            upstream = api.report(bearer(), id);
        } catch (RuntimeException e) {
            return check(id, null, "报告暂时无法生成：" + ServiceAnswers.explain(e, SERVICE, Map.of()), null, ServiceAnswers.status(e));
        }
        return stream(upstream, "application/pdf", "spot-check-" + id + ".pdf", false);
    }

    /** A form the user typed, kept with what was wrong: for a new finding about an object, or to revise a finding. */
    public record Typed(FindingForm form, String findingId, String error) {
    }

    /** A sampled object with its findings and the forms that record or revise them, as the page shows it. */
    public record SampleEntry(Oversight.Sampled item, FindingForm form, String formError, List<FindingEntry> findings) {
        /** Its form's ids start so, unique on the page. */
        public String prefix() {
            return "f" + item.number() + "-";
        }
    }

    public record FindingEntry(Oversight.FindingView finding, FindingForm form, String formError, boolean open) {
        public String prefix() {
            return "r" + finding.id() + "-";
        }
    }

    private Response check(String id, String done, String error, Typed typed, int status) {
        if (!isUuid(id)) {
            return checkNotFound(id);
        }
        Map<String, String> names = sections();
        TemplateInstance view = page(checkPage, "抽查").data("id", id).data("done", done).data("error", error)
                .data("findingKinds", Oversight.findingChoices())
                .data("sectionChoices", names.entrySet()).data("command", Oversight.recomputeCommand(config.logAddress(), id));
        Oversight.SpotCheck check;
        try {
            check = Oversight.spotCheck(api.spotCheck(bearer(), id), names);
        } catch (RuntimeException e) {
            String readError = forbidden(e) ? "您无权查看抽查。抽查及其结论向纪检组、局领导和审计人员开放。"
                    : ServiceAnswers.status(e) == 404 ? "未找到该抽查。" : ServiceAnswers.explain(e, SERVICE, Map.of());
            return Response.status(status == 200 ? ServiceAnswers.status(e) : status).entity(view.data("readError", readError)).build();
        }
        List<SampleEntry> entries = new ArrayList<>();
        boolean typedShown = false;
        for (Oversight.Sampled s : check.sample()) {
            boolean typedHere = typed != null && typed.findingId() == null && s.object().equals(typed.form().object());
            List<FindingEntry> findings = new ArrayList<>();
            for (Oversight.FindingView f : s.findings()) {
                boolean revisedHere = typed != null && f.id().equals(typed.findingId());
                findings.add(new FindingEntry(f, revisedHere ? typed.form() : FindingForm.of(f), revisedHere ? typed.error() : null,
                        revisedHere));
                typedShown |= revisedHere;
            }
            entries.add(new SampleEntry(s, typedHere ? typed.form() : FindingForm.empty(s.object()), typedHere ? typed.error() : null,
                    findings));
            typedShown |= typedHere;
        }
        // a form about no object of the sample (its page changed meanwhile) has its problem said above the sample
        String title = check.title().isBlank() ? "抽查" : "抽查：" + check.title();
        return Response.status(status).entity(view.data("title", title).data("check", check).data("entries", entries)
                .data("typedError", typed != null && !typedShown ? typed.error() : null)).build();
    }

    private Response checkNotFound(String id) {
        return Response.status(404).entity(page(checkPage, "抽查").data("id", id).data("readError", "未找到该抽查。")).build();
    }

    // --- accountability --------------------------------------------------------------------------------------------

    /**
     * The records, of one section when asked; the discipline group's form, new or (edit=id) revising a record still
     * only recorded, or prefilled from a finding or a card (finding=, card=, forSection=, person=).
     */
    @GET
    @Path("/accountability")
    public Response accountability(@QueryParam("section") String section, @QueryParam("edit") String edit,
                                   @QueryParam("finding") String finding, @QueryParam("card") String card,
                                   @QueryParam("forSection") String forSection, @QueryParam("person") String person,
                                   @QueryParam("done") String done) {
        AccountabilityForm form = new AccountabilityForm("", strip(forSection), strip(person), "", strip(finding), strip(card), "", "");
        return records(strip(section), form, strip(edit), null, null, null, done == null ? null : DONE.get(done), 200);
    }

    /** 登记问责, or its revision while no decision is taken. */
    @POST
    @Path("/accountability")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestForm String id, @RestForm String section, @RestForm String person, @RestForm String facts,
                           @RestForm String findings, @RestForm String cards, @RestForm String basis, @RestForm String measure) {
        AccountabilityForm form = new AccountabilityForm(strip(id), section, person, facts, findings, cards, basis, measure);
        if (form.revising() && !isUuid(form.id())) {
            return records("", AccountabilityForm.empty(), "", null, "未找到要修改的问责记录。", null, null, 404);
        }
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            return records("", form, "", null, String.join(" ", problems), null, null, 400);
        }
        try {
            if (form.revising()) {
                api.reviseAccountability(bearer(), form.id(), form.toJson());
            } else {
                api.recordAccountability(bearer(), form.toJson());
            }
        } catch (RuntimeException e) {
            return records("", form, "", null, ServiceAnswers.explain(e, SERVICE, AccountabilityForm.LABELS), null, null, ServiceAnswers.status(e));
        }
        return Response.seeOther(UriBuilder.fromPath("/oversight/accountability").queryParam("done", form.revising() ? "CHANGED" : "RECORDED")
                .build()).build();
    }

    /** 问责决定: its date and document; the record is then closed to revision. */
    @POST
    @Path("/accountability/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @RestForm String decisionDate, @RestForm String decisionDocument) {
        AccountabilityForm.Decision decision = new AccountabilityForm.Decision(id, decisionDate, decisionDocument);
        if (!isUuid(id)) {
            return records("", AccountabilityForm.empty(), "", null, "未找到该问责记录。", null, null, 404);
        }
        List<String> problems = decision.problems();
        if (!problems.isEmpty()) {
            return records("", AccountabilityForm.empty(), "", decision, null, String.join(" ", problems), null, 400);
        }
        try {
            api.decide(bearer(), id, decision.toJson());
        } catch (RuntimeException e) {
            return records("", AccountabilityForm.empty(), "", decision, null,
                    ServiceAnswers.explain(e, SERVICE, AccountabilityForm.LABELS), null, ServiceAnswers.status(e));
        }
        return Response.seeOther(UriBuilder.fromPath("/oversight/accountability").queryParam("done", "DECIDED").build()).build();
    }

    public record DecisionEntry(Oversight.Accountability record, String decisionDate, String decisionDocument, String error) {
    }

    private Response records(String section, AccountabilityForm form, String edit, AccountabilityForm.Decision decision, String formError,
                             String decisionError, String done, int status) {
        Map<String, String> names = sections();
        Map<String, String> measures;
        String measuresError = null;
        try {
            measures = Oversight.measures(api.measures(bearer()));
        } catch (RuntimeException e) {
            measures = Oversight.MEASURES;
            measuresError = forbidden(e) ? null : "问责措施的列表暂时无法读取，以下为通知所列的五种措施。";
        }
        TemplateInstance view = page(accountabilityPage, "问责").data("section", section).data("sectionChoices", names.entrySet())
                .data("measures", measures.entrySet()).data("measuresError", measuresError).data("done", done);
        List<Oversight.Accountability> records;
        try {
            records = Oversight.accountability(api.accountability(bearer(), section.isEmpty() ? null : section), names, measures);
        } catch (RuntimeException e) {
            if (forbidden(e)) {
                return Response.status(403).entity(view.data("forbidden", "您无权查看问责记录。")).build();
            }
            return Response.status(status == 200 ? ServiceAnswers.status(e) : status).entity(view.data("form", form)
                    .data("formError", formError).data("records", List.of()).data("error", ServiceAnswers.explain(e, SERVICE, Map.of())))
                    .build();
        }
        if (!edit.isEmpty()) {
            Oversight.Accountability editing = records.stream().filter(r -> r.id().equals(edit) && r.recorded()).findFirst().orElse(null);
            if (editing != null) {
                form = AccountabilityForm.of(editing);
            } else {
                formError = "未找到可修改的问责记录：已作出决定的记录不能再修改。";
                status = 404;
            }
        }
        List<DecisionEntry> entries = new ArrayList<>();
        boolean decisionShown = false;
        for (Oversight.Accountability r : records) {
            boolean typed = decision != null && r.id().equals(decision.id());
            entries.add(new DecisionEntry(r, typed ? orEmpty(decision.decisionDate()) : "", typed ? orEmpty(decision.decisionDocument()) : "",
                    typed ? decisionError : null));
            decisionShown |= typed;
        }
        return Response.status(status).entity(view.data("form", form).data("formError", formError).data("records", entries)
                .data("loaded", true).data("decisionError", decisionShown ? null : decisionError)).build();
    }

    // --- assessment --------------------------------------------------------------------------------------------------

    @GET
    @Path("/assessment")
    public Response assessment(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = ZonedDateTime.now(BureauClock.ZONE).toLocalDate();
        String f = from == null || from.isBlank() ? today.withDayOfYear(1).toString() : from.strip();
        String t = to == null || to.isBlank() ? today.toString() : to.strip();
        Map<String, String> names = sections();
        TemplateInstance view = page(assessmentPage, "考核").data("from", f).data("to", t)
                .data("csv", UriBuilder.fromPath("/oversight/assessment.csv").queryParam("from", f).queryParam("to", t).build().toString());
        List<String> problems = period(f, t);
        if (!problems.isEmpty()) {
            return Response.status(400).entity(view.data("error", String.join(" ", problems))).build();
        }
        try {
            view.data("rows", Oversight.assessment(api.assessment(bearer(), f, t), names)).data("loaded", true);
            return Response.ok(view).build();
        } catch (RuntimeException e) {
            if (forbidden(e)) {
                return Response.status(403).entity(view.data("forbidden", "您无权查看考核数据。考核数据向纪检组、局领导和审计人员开放。")).build();
            }
            return Response.status(ServiceAnswers.status(e)).entity(view.data("error", ServiceAnswers.explain(e, SERVICE, PERIOD_LABELS)))
                    .build();
        }
    }

    /** The assessment as audit-service's CSV (Chinese headers), passed on as it streams. */
    @GET
    @Path("/assessment.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response assessmentCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        String f = strip(from);
        String t = strip(to);
        List<String> problems = period(f, t);
        if (f.isEmpty() || t.isEmpty()) {
            problems.add(0, "请选择考核期间的起始日期和截止日期。");
        }
        if (!problems.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page(assessmentPage, "考核").data("from", f).data("to", t)
                    .data("error", String.join(" ", problems))).build();
        }
        Response upstream;
        try {
            upstream = api.assessmentCsv(bearer(), f, t);
        } catch (RuntimeException e) {
            return Response.status(ServiceAnswers.status(e)).type(MediaType.TEXT_HTML_TYPE).entity(page(assessmentPage, "考核")
                    .data("from", f).data("to", t).data("error", ServiceAnswers.explain(e, SERVICE, PERIOD_LABELS))).build();
        }
        return stream(upstream, "text/csv; charset=UTF-8", "assessment-" + f + "-" + t + ".csv", true);
    }

    private static List<String> period(String from, String to) {
        List<String> problems = new ArrayList<>();
        for (String[] d : new String[][]{{from, "起始日期"}, {to, "截止日期"}}) {
            if (!d[0].isEmpty()) {
                try {
                    LocalDate.parse(d[0]);
                } catch (DateTimeParseException e) {
                    problems.add(d[1] + "应为 YYYY-MM-DD 格式的日期，例如 2026-01-01。");
                }
            }
        }
        if (problems.isEmpty() && !from.isEmpty() && !to.isEmpty() && LocalDate.parse(from).isAfter(LocalDate.parse(to))) {
            problems.add("起始日期 " + from + " 晚于截止日期 " + to + "。");
        }
        return problems;
    }

    // --- shared ------------------------------------------------------------------------------------------------------

    /** A file from audit-service passed on as it streams, with its type and file name (or ours when it gives none). */
    private static Response stream(Response upstream, String type, String fileName, boolean attachment) {
        String disposition = upstream.getHeaderString("Content-Disposition");
        if (disposition == null || disposition.isBlank()) {
            disposition = (attachment ? "attachment" : "inline") + "; filename=\"" + fileName + "\"";
        }
        MediaType media = upstream.getMediaType() != null ? upstream.getMediaType() : MediaType.valueOf(type);
        InputStream in = upstream.readEntity(InputStream.class);
        StreamingOutput body = out -> {
            try (upstream; in) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, media).header("Content-Disposition", disposition).build();
    }

    /** A page answering where a file was asked for: typed as the page it is. */
    private static Response html(Response page) {
        return Response.fromResponse(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response done(String path, String id, String done) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam("done", done).build(id)).build();
    }

    private static boolean forbidden(RuntimeException e) {
        return e instanceof WebApplicationException w && w.getResponse().getStatus() == 403;
    }

    /** The sections' names by code, in list-service's order; empty when it does not answer (codes are shown). */
    private Map<String, String> sections() {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            lists.sections().forEach(s -> names.put(s.path("code").asText(), s.path("name").asText()));
        } catch (RuntimeException e) {
            LOG.debugf("sections unavailable, codes shown: %s", e.getMessage());
        }
        return names;
    }

    static boolean isUuid(String id) {
        if (id == null) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
