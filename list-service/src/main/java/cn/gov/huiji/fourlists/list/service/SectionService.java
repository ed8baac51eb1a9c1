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

    private volatile java.util.Map<String, String> names;
    private volatile long namesRead;

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

    /** Section code → Chinese name, for views; re-read at most every 10 s (sections are renamed a few times a year). */
    public java.util.Map<String, String> names() {
        java.util.Map<String, String> cached = names;
        if (cached == null || System.nanoTime() - namesRead > 10_000_000_000L) {
            java.util.Map<String, String> fresh = new java.util.HashMap<>();
            for (Section s : all()) {
                fresh.put(s.code, s.name);
            }
            names = cached = java.util.Map.copyOf(fresh);
            namesRead = System.nanoTime();
        }
        return cached;
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
