package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.adjustment.messaging.ListEventsConsumer;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.adjustment.service.DeadlineWatcher;
import cn.gov.huiji.fourlists.adjustment.service.LawChangeService;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.EventExamples;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** R-LIST-10: a law amended opens an obligation for every published item citing it, closed by a request, overdue when missed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LawChangesTest {

    static final Actor LEGAL = new Actor("legal", List.of("legal"), "legal");
    static final Actor CLERK = new Actor("clerk", List.of("clerk"), "hazchem");

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    LawChangeService lawChanges;
    @Inject
    RequestService requests;
    @Inject
    WorkflowService workflow;
    @Inject
    DeadlineWatcher watcher;
    @Inject
    EntityManager em;

    static String loaded(String code, String section, String basis) {
        String data = TraceEventCodec.toJson(Map.of("code", code, "list", "POWER", "name", "事项" + code, "category", "行政处罚",
                "section", section, "legalBasis", basis, "status", "PUBLISHED"));
        return cn.gov.huiji.fourlists.kernel.testing.SignedEvents.sign(TraceEventCodec.write(new TraceEvent("1.0", UUID.randomUUID().toString(),
                "fourlists/list-service", ListEvents.ITEM_LOADED.name(), ListEvents.ITEM_LOADED.subject(code), OffsetDateTime.now(ZoneOffset.UTC),
                "application/json", 1, "legal", "legal", "legal", TraceEventCodec.digest(data), TraceEventCodec.parseTree(data))));
    }

    @Test
    void aLawAmendedOpensObligationsForTheItemsCitingItOnly() throws InterruptedException {
        connector.source(ListEventsConsumer.CHANNEL).send(loaded("410108-AJ-LC-101", "enforcement-brigade", "【法律】《中华人民共和国安全生产法》第九十七条"));
        connector.source(ListEventsConsumer.CHANNEL).send(loaded("410108-AJ-LC-102", "hazchem", "《安全生产法》第九十四条"));
        connector.source(ListEventsConsumer.CHANNEL).send(loaded("410108-AJ-LC-103", "occupational-health", "《中华人民共和国职业病防治法》第六十二条"));
        connector.source(ListEventsConsumer.CHANNEL).send(loaded("410108-AJ-LC-104", "hazchem", "《安全生产法实施办法》第三条"));
        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from item_projection where code like '410108-AJ-LC-%'").getSingleResult()).intValue()) < 4; i++) {
            Thread.sleep(50);
        }

        var registered = lawChanges.register(new LawChangeService.LawChangeInput("《中华人民共和国安全生产法》", null, "AMENDED",
                LocalDate.of(2026, 11, 18), "主席令第八十八号（示例）"), LEGAL);
        assertEquals(List.of("410108-AJ-LC-101", "410108-AJ-LC-102"), codes(registered, "410108-AJ-LC-1"),
                "the items citing the Work Safety Law — not those citing another law or its implementing measures");
        assertEquals(LocalDate.of(2026, 11, 25), registered.obligations().get(0).dueDate(), "due 3 working days after Friday 20 November");
        assertEquals(3, registered.obligations().get(0).workingDaysLeft(), "three working days left on the day the change is registered");
        UUID forBrigade = obligationFor(registered, "410108-AJ-LC-101").id();
        UUID forHazchem = obligationFor(registered, "410108-AJ-LC-102").id();

        ProblemException notOurs = assertThrows(ProblemException.class, () -> draft("410108-AJ-LC-101", forBrigade));
        assertEquals(403, notOurs.problem().status(), "a section answers only for its own items and their obligations");

        UUID requestId = draft("410108-AJ-LC-102", forHazchem);
        workflow.act(requestId, RequestAction.SUBMIT, new WorkflowService.ActionInput(null, null), CLERK);
        var states = lawChanges.visibleTo(LEGAL).stream().filter(o -> o.lawChangeId().equals(registered.id()))
                .filter(o -> o.itemCode().startsWith("410108-AJ-LC-1")).collect(java.util.stream.Collectors.toMap(LawChangeService.Obligation::itemCode, LawChangeService.Obligation::state));
        assertEquals(Map.of("410108-AJ-LC-101", "OPEN", "410108-AJ-LC-102", "FULFILLED"), states);
        assertEquals(List.of("410108-AJ-LC-102"), lawChanges.visibleTo(CLERK).stream().filter(o -> o.lawChangeId().equals(registered.id()))
                        .map(LawChangeService.Obligation::itemCode).filter(c -> c.startsWith("410108-AJ-LC-1")).toList(),
                "a clerk sees the obligations of their own section");
        assertTrue(lawChanges.visibleTo(CLERK).stream().allMatch(o -> "hazchem".equals(o.section())),
                "a section lists only its own obligations");

        watcher.scan(LocalDate.of(2026, 11, 26));
        watcher.scan(LocalDate.of(2026, 11, 27));
        assertEquals(List.of(AdjustmentEvents.OBLIGATION_OPENED.name(), AdjustmentEvents.OBLIGATION_MISSED.name()),
                OutboxProbe.entriesFor("obligation/" + forBrigade).stream().map(e -> e.type).toList(), "the missed obligation is flagged once");
        assertEquals(List.of(AdjustmentEvents.OBLIGATION_OPENED.name(), AdjustmentEvents.OBLIGATION_FULFILLED.name()),
                OutboxProbe.entriesFor("obligation/" + forHazchem).stream().map(e -> e.type).toList());
        if (OutboxProbe.entriesFor("law-change/" + registered.id()).size() != 1) {
            fail("registering the law change leaves one trace");
        }
    }

    /** An item loaded with the structured citations list-service now sends (title, version). */
    static String loadedCiting(String code, String section, String basis, List<ListEvents.CitedLaw> citations) {
        var example = ListEvents.ITEM_LOADED.example();
        return EventExamples.signed(ListEvents.ITEM_LOADED, code, 1, new ListEvents.ItemVersionChanged(code, 1, "POWER", "事项" + code,
                "行政处罚", section, basis, null, "PUBLISHED", example.validFrom(), null, null, citations));
    }

    void awaitProjected(String prefix, int count) throws InterruptedException {
        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from item_projection where code like ?1").setParameter(1, prefix + "%").getSingleResult()).intValue()) < count; i++) {
            Thread.sleep(50);
        }
    }

    static List<String> codes(LawChangeService.Registered registered, String prefix) {
        return registered.obligations().stream().map(LawChangeService.Obligation::itemCode).filter(c -> c.startsWith(prefix)).toList();
    }

    static LawChangeService.Obligation obligationFor(LawChangeService.Registered registered, String code) {
        return registered.obligations().stream().filter(o -> o.itemCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no obligation opened for " + code + ": " + registered.obligations()));
    }

    @Test
    void itemsAreMatchedByTheLawTheyCiteTitleAndVersionNotByAPartOfItsTitle() throws InterruptedException {
        var source = connector.source(ListEventsConsumer.CHANNEL);
        source.send(loadedCiting("410108-AJ-LC-201", "enforcement-brigade", "【法律】《中华人民共和国安全生产法》（2021年6月10日修正）第九十五条",
                List.of(new ListEvents.CitedLaw("中华人民共和国安全生产法", "2021年6月10日修正"))));
        source.send(loadedCiting("410108-AJ-LC-202", "hazchem", "【地方性法规】《河南省安全生产条例》（2016年修订）第六十三条",
                List.of(new ListEvents.CitedLaw("河南省安全生产条例", "2016年修订"))));
        source.send(loadedCiting("410108-AJ-LC-203", "hazchem", "【法律】《中华人民共和国安全生产法》（2014年8月31日修正）第九十条",
                List.of(new ListEvents.CitedLaw("中华人民共和国安全生产法", "2014年8月31日修正"))));
        source.send(loadedCiting("410108-AJ-LC-204", "hazchem", "【法律】《安全生产法》第九十四条",
                List.of(new ListEvents.CitedLaw("安全生产法", null))));
        // a provincial measure written with the law's title inside it: the text holds 《中华人民共和国安全生产法》, the citation does not
        source.send(loadedCiting("410108-AJ-LC-205", "hazchem", "【地方性法规】《河南省实施《中华人民共和国安全生产法》办法》第十条",
                List.of(new ListEvents.CitedLaw("河南省实施《中华人民共和国安全生产法》办法", null))));
        // recorded before list-service sent citations: read from the published text
        source.send(loaded("410108-AJ-LC-206", "occupational-health", "【法律】《中华人民共和国安全生产法》（2021年6月10日修正）第一百条"));
        awaitProjected("410108-AJ-LC-2", 6);

        var ofVersion = lawChanges.register(new LawChangeService.LawChangeInput("《中华人民共和国安全生产法》", "2021年6月10日修正",
                "AMENDED", LocalDate.of(2026, 11, 20), "示例文号"), LEGAL);
        assertEquals(List.of("410108-AJ-LC-201", "410108-AJ-LC-204", "410108-AJ-LC-206"), codes(ofVersion, "410108-AJ-LC-2"),
                "a change of the 2021 text touches the items citing that text or the law without a version — not the 2014 text, "
                        + "not 《河南省安全生产条例》, not a measure whose title contains the law's");
        assertEquals("2021年6月10日修正", ofVersion.amendedVersion());

        var ofLaw = lawChanges.register(new LawChangeService.LawChangeInput("安全生产法", null, "REPEALED",
                LocalDate.of(2026, 11, 20), "示例文号"), LEGAL);
        assertEquals(List.of("410108-AJ-LC-201", "410108-AJ-LC-203", "410108-AJ-LC-204", "410108-AJ-LC-206"), codes(ofLaw, "410108-AJ-LC-2"),
                "a change naming no version touches every version of that law, and still no other law");

        var provincial = lawChanges.register(new LawChangeService.LawChangeInput("河南省安全生产条例", null, "AMENDED",
                LocalDate.of(2026, 11, 20), "河南省人民代表大会常务委员会公告（示例）"), LEGAL);
        assertEquals(List.of("410108-AJ-LC-202"), codes(provincial, "410108-AJ-LC-2"), "the provincial regulation is its own law");
        assertEquals("hazchem", obligationFor(provincial, "410108-AJ-LC-202").section(), "the obligation names the owning section");
    }

    @Test
    void theThreeWorkingDaysRunFromTheEffectiveDateOrFromTheRegistrationIfThatIsLater() throws InterruptedException {
        connector.source(ListEventsConsumer.CHANNEL).send(loadedCiting("410108-AJ-LC-301", "hazchem",
                "【行政法规】《生产安全事故应急条例》（国务院令第708号）第三十条",
                List.of(new ListEvents.CitedLaw("生产安全事故应急条例", "国务院令第708号"))));
        awaitProjected("410108-AJ-LC-301", 1);

        // registered on Friday 20 November 2026 (the test clock), in force from Tuesday 1 December
        var later = lawChanges.register(new LawChangeService.LawChangeInput("生产安全事故应急条例", "国务院令第708号", "AMENDED",
                LocalDate.of(2026, 12, 1), "国务院令（示例）"), LEGAL);
        var fromEffective = obligationFor(later, "410108-AJ-LC-301");
        assertEquals(LocalDate.of(2026, 12, 1), fromEffective.dueFrom(), "a law taking effect later: counted from its effective date");
        assertEquals(LocalDate.of(2026, 12, 4), fromEffective.dueDate(), "3 working days after Tuesday 1 December");
        assertEquals(LocalDate.of(2026, 12, 1), later.dueFrom());

        // in force since 2 November, registered only on 20 November
        var earlier = lawChanges.register(new LawChangeService.LawChangeInput("生产安全事故应急条例", "国务院令第708号", "AMENDED",
                LocalDate.of(2026, 11, 2), "国务院令（示例）"), LEGAL);
        var fromRegistration = obligationFor(earlier, "410108-AJ-LC-301");
        assertEquals(LocalDate.of(2026, 11, 20), fromRegistration.dueFrom(), "a law already in force: counted from the registration");
        assertEquals(LocalDate.of(2026, 11, 25), fromRegistration.dueDate(), "3 working days after Friday 20 November");

        var listed = lawChanges.visibleTo(CLERK).stream().filter(o -> o.lawChangeId().equals(later.id())).toList();
        assertEquals(1, listed.size(), "the owning section lists the obligation");
        assertEquals(LocalDate.of(2026, 12, 4), listed.get(0).dueDate());
        assertEquals(LocalDate.of(2026, 12, 1), listed.get(0).dueFrom());
        assertEquals("生产安全事故应急条例", listed.get(0).law(), "the section sees which law changed");
        var opened = OutboxProbe.entriesFor("obligation/" + fromEffective.id());
        assertEquals(List.of(AdjustmentEvents.OBLIGATION_OPENED.name()), opened.stream().map(e -> e.type).toList(),
                "each obligation leaves one trace");
        var data = TraceEventCodec.parseTree(opened.get(0).data);
        assertEquals("hazchem", data.path("section").asText(), "the trace names the section the workbench notifies");
        assertEquals("2026-12-04", data.path("dueDate").asText());
    }

    UUID draft(String code, UUID obligation) {
        return QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(TriggerKind.LAW_AMENDED_OR_REPEALED,
                LocalDate.of(2026, 11, 20), ChangeKind.MODIFY, Documents.LAW, code, "《安全生产法》修正",
                ListItemContent.basic(code, "POWER", "事项" + code, "行政处罚", "hazchem", java.util.List.of(new ListItemContent.Citation(cn.gov.huiji.fourlists.kernel.contract.CitationLevel.LAW, "中华人民共和国安全生产法", "2021年修正", "第一百一十条", null))), obligation), CLERK).id);
    }
}
