package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.kernel.csv.SpreadsheetCsv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Traces as the suite's spreadsheet CSV, for the discipline group: each with its log index and integrity check. */
final class TraceCsv {

    static final List<String> HEADER = List.of("id", "eventId", "source", "sequence", "type", "subject", "time", "actorId",
            "actorRoles", "actorSection", "digest", "logIndex", "integrity");

    private TraceCsv() {
    }

    static void write(List<TraceView> traces, Writer w) throws IOException {
        List<List<String>> rows = new ArrayList<>(traces.size() + 1);
        rows.add(HEADER);
        for (TraceView t : traces) {
            rows.add(java.util.Arrays.asList(String.valueOf(t.id()), t.eventId(), t.source(), String.valueOf(t.sequence()), t.type(),
                    t.subject(), t.time() == null ? "" : t.time().toString(), t.actor().userId(), String.join(",", t.actor().roles()),
                    t.actor().section(), t.digest(), t.logIndex() == null ? "" : String.valueOf(t.logIndex()), t.integrity().name()));
        }
        w.write(SpreadsheetCsv.write(rows));
    }
}
