package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.domain.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal section's first load of the lists (R-LIST-4): the one way in besides a published adjustment.
 * Each loaded item leaves a trace.
 */
@ApplicationScoped
public class ItemLoadService {

    public static final String PUBLISHED = ItemVersioning.PUBLISHED;

    private final TraceRecorder traces;
    private final ItemVersioning versioning;
    private final Validator validator;
    private final cn.gov.huiji.fourlists.list.enforcement.service.BodyRegister bodies;

    public ItemLoadService(TraceRecorder traces, ItemVersioning versioning, Validator validator,
                           cn.gov.huiji.fourlists.list.enforcement.service.BodyRegister bodies) {
        this.traces = traces;
        this.versioning = versioning;
        this.validator = validator;
        this.bodies = bodies;
    }

    /**
     * Art. 17: an item names as its implementing body only a body confirmed and published in the register (R-LIST-8).
     * Null when the item may be published; else why not, in English and Chinese.
     */
    public String[] unconfirmedBody(ListItemContent content) {
        String code = content.bodyCreditCode();
        if (code == null || code.isBlank() || bodies.publishedNow(code)) {
            return null;
        }
        return new String[]{"body not confirmed: " + code + " is not a confirmed and published enforcement body (Art. 17)",
                "主体未确认：" + code + " 不是已确认并公告的执法主体（第十七条）"};
    }

    @Transactional
    public ListItem load(ListKind list, ListItemContent input, String loadedBy) {
        ListItemContent content = input.withList(list.name());
        Set<ConstraintViolation<ListItemContent>> violations = validator.validate(content); // the list's own rules (fee, fund)
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (ListItem.findById(content.code()) != null) {
            // Art. 22, 26: a published item changes only through the adjustment workflow.
            throw ProblemException.conflict(
                    "Item " + content.code() + " is already published; change it through an adjustment request (Art. 22, 26).",
                    "事项 " + content.code() + " 已公布，只能通过动态调整程序变更（第二十二条、第二十六条）。");
        }
        if (Section.findById(content.section()) == null) {
            throw ProblemException.invalid("section", "no such section: " + content.section(), "科室（队）不存在：" + content.section());
        }
        return loadChecked(list, content, loadedBy, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Loads items already checked (an import checks every row first, then loads all or nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListItem loadChecked(ListKind list, ListItemContent content, String loadedBy, OffsetDateTime at) {
        String[] unconfirmed = unconfirmedBody(content);
        if (unconfirmed != null) {
            throw ProblemException.invalid("implementingBody.creditCode", unconfirmed[0], unconfirmed[1]);
        }
        ListItem item = new ListItem();
        item.code = content.code();
        item.loadedAt = at;
        item.loadedBy = loadedBy;
        ListItemVersion v = versioning.change(item, ItemFields.of(list, content, PUBLISHED), at, null);
        traces.record(ListEvents.ITEM_LOADED, item.code, ItemVersioning.eventData(v, null, null));
        return item;
    }

    /** All or nothing: the import's rows, checked beforehand. */
    @Transactional
    public List<ListItem> loadAll(ListKind list, List<ListItemContent> contents, String loadedBy) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        return contents.stream().map(c -> loadChecked(list, c.withList(list.name()), loadedBy, at)).toList();
    }
}
