package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.domain.Section;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legal section's first load of the lists (R-LIST-4): the one way in besides a published adjustment.
 * Each loaded item leaves a trace.
 */
@ApplicationScoped
public class ItemLoadService {

    public static final String PUBLISHED = "PUBLISHED";

    private final TraceRecorder traces;

    public ItemLoadService(TraceRecorder traces) {
        this.traces = traces;
    }

    @Transactional
    public ListItem load(ListKind list, ListItemContent input, String loadedBy) {
        if (ListItem.findById(input.code()) != null) {
            // Art. 22, 26: a published item changes only through the adjustment workflow.
            throw ProblemException.conflict(
                    "Item " + input.code() + " is already published; change it through an adjustment request (Art. 22, 26).",
                    "事项 " + input.code() + " 已公布，只能通过动态调整程序变更（第二十二条、第二十六条）。");
        }
        if (Section.findById(input.section()) == null) {
            throw ProblemException.invalid("section", "no such section: " + input.section(), "科室（队）不存在：" + input.section());
        }
        ListItem item = new ListItem();
        item.code = input.code();
        item.fields.list = list;
        item.fields.name = input.name();
        item.fields.category = input.category();
        item.fields.section = input.section();
        item.fields.legalBasis = input.legalBasis();
        item.fields.status = PUBLISHED;
        item.loadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        item.loadedBy = loadedBy;
        item.persist();
        ListItemVersion.of(item, 1, item.loadedAt, null).persist();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", item.code);
        data.put("list", list.name());
        data.put("name", item.fields.name);
        data.put("category", item.fields.category);
        data.put("section", item.fields.section);
        data.put("legalBasis", item.fields.legalBasis); // public: lets other services find the items a law change touches
        data.put("status", item.fields.status);
        traces.record("fourlists.list.item.loaded", "item/" + item.code, data);
        return item;
    }
}
