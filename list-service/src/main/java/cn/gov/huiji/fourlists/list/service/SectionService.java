package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.list.domain.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SectionService {

    private final TraceRecorder traces;

    private final CatalogueRevisions revisions;

    public SectionService(TraceRecorder traces, CatalogueRevisions revisions) {
        this.revisions = revisions;
        this.traces = traces;
    }

    public List<Section> all() {
        return Section.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    /** The names as read, and the lists' revision and time they were read at. */
    private record Names(java.util.Map<String, String> byCode, long revision, long readAt) {
    }

    private volatile Names names;

    /** A section's Chinese name; a code not yet seen re-reads the sections at once. */
    public String nameOf(String code) {
        String name = names().get(code);
        if (name == null) {
            names = null;
            name = names().get(code);
        }
        return name;
    }

    /** The code of a section given by its code or its Chinese name (as a spreadsheet may name it), or null. */
    public String codeOf(String codeOrName) {
        if (nameOf(codeOrName) != null) {
            return codeOrName;
        }
        return names().entrySet().stream().filter(e -> e.getValue().equals(codeOrName)).map(java.util.Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /**
     * Section code → Chinese name, for views; re-read when the lists' revision moves (a rename moves it, here or on
     * another instance: search answers cached for the new revision must show the new name) and at most every 10 s.
     */
    public java.util.Map<String, String> names() {
        Names cached = names;
        // the revision first: names read after it are at least as new as the revision they are kept under
        long revision = revisions.current().number();
        if (cached == null || cached.revision() != revision || System.nanoTime() - cached.readAt() > 10_000_000_000L) {
            long readAt = System.nanoTime();
            java.util.Map<String, String> fresh = new java.util.HashMap<>();
            for (Section s : all()) {
                fresh.put(s.code, s.name);
            }
            cached = new Names(java.util.Map.copyOf(fresh), revision, readAt);
            if (!revisions.changedInThisTransaction()) {
                names = cached; // what a changing transaction reads is not committed yet: it is not kept for others
            }
        }
        return cached.byCode();
    }

    /** Registers or renames a section; returns true when it is new. */
    @Transactional
    public boolean register(String code, String name, String headName) {
        Section section = Section.findById(code);
        boolean created = section == null;
        if (created) {
            section = new Section();
            section.code = code;
        }
        section.name = name;
        section.headName = headName;
        section.persist();
        revisions.bump(); // the lists show section names: their ETags must change too
        names = null;
        traces.record(created ? ListEvents.SECTION_REGISTERED : ListEvents.SECTION_UPDATED, code, new ListEvents.SectionChanged(code, name));
        return created;
    }
}
