package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.list.domain.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SectionService {

    private final TraceRecorder traces;

    public SectionService(TraceRecorder traces) {
        this.traces = traces;
    }

    public List<Section> all() {
        return Section.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    /** Section code → Chinese name, for views. */
    public java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Section s : all()) {
            names.put(s.code, s.name);
        }
        return names;
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
        traces.record(created ? "fourlists.list.section.registered" : "fourlists.list.section.updated",
                "section/" + code, Map.of("code", code, "name", name));
        return created;
    }
}
