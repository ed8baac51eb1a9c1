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

        var registered = lawChanges.register(new LawChangeService.LawChangeInput("《中华人民共和国安全生产法》", "AMENDED",
                LocalDate.of(2026, 11, 18), "主席令第八十八号（示例）"), LEGAL);
        assertEquals(List.of("410108-AJ-LC-101", "410108-AJ-LC-102"), registered.obligations().stream().map(LawChangeService.Obligation::itemCode).toList(),
                "the items citing the Work Safety Law — not those citing another law or its implementing measures");
        assertEquals(LocalDate.of(2026, 11, 25), registered.obligations().get(0).dueDate(), "due 3 working days after Friday 20 November");
        assertEquals(3, registered.obligations().get(0).workingDaysLeft(), "three working days left on the day the change is registered");
        UUID forHazchem = registered.obligations().get(1).id();
        UUID forBrigade = registered.obligations().get(0).id();

        ProblemException notOurs = assertThrows(ProblemException.class, () -> draft("410108-AJ-LC-101", forBrigade));
        assertEquals(403, notOurs.problem().status(), "a section answers only for its own items and their obligations");

        UUID requestId = draft("410108-AJ-LC-102", forHazchem);
        workflow.act(requestId, RequestAction.SUBMIT, new WorkflowService.ActionInput(null, null), CLERK);
        var states = lawChanges.visibleTo(LEGAL).stream().filter(o -> o.lawChangeId().equals(registered.id()))
                .collect(java.util.stream.Collectors.toMap(LawChangeService.Obligation::itemCode, LawChangeService.Obligation::state));
        assertEquals(Map.of("410108-AJ-LC-101", "OPEN", "410108-AJ-LC-102", "FULFILLED"), states);
        assertEquals(1, lawChanges.visibleTo(CLERK).stream().filter(o -> o.lawChangeId().equals(registered.id())).count(),
                "a clerk sees the obligations of their own section");

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

    UUID draft(String code, UUID obligation) {
        return QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(TriggerKind.LAW_AMENDED_OR_REPEALED,
                LocalDate.of(2026, 11, 20), ChangeKind.MODIFY, Documents.LAW, code, "《安全生产法》修正",
                ListItemContent.basic(code, "POWER", "事项" + code, "行政处罚", "hazchem", java.util.List.of(new ListItemContent.Citation(cn.gov.huiji.fourlists.kernel.contract.CitationLevel.LAW, "中华人民共和国安全生产法", "2021年修正", "第一百一十条", null))), obligation), CLERK).id);
    }
}
