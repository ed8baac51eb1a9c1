package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.audit.domain.TraceEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Traces as RFC 4180 CSV with a UTF-8 byte-order mark, for the discipline group's spreadsheets. */
final class TraceCsv {

    static final String HEADER = "id,eventId,source,sequence,type,subject,time,actorId,actorRoles,actorSection,digest";

    private TraceCsv() {
    }

    static void write(List<TraceEntry> entries, Writer w) throws IOException {
        w.write('\uFEFF');
        w.write(HEADER);
        w.write("\r\n");
        for (TraceEntry e : entries) {
            w.write(String.join(",", String.valueOf(e.id), e.eventId.toString(), cell(e.source), String.valueOf(e.sequence),
                    cell(e.type), cell(e.subject), e.occurredAt.toString(), cell(e.actorId), cell(e.actorRoles),
                    cell(e.actorSection), cell(e.dataDigest)));
            w.write("\r\n");
        }
    }

    /** Quotes a cell when needed; a leading =, +, - or @ is prefixed so no spreadsheet runs it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
