package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Exports of traces (R-AUD-4). audit-service freezes an export at the traces stored when it was asked for, so it reads
 * the same later; it traces every export, and those traces are how the workbench lists them.
 */
public final class TraceExports {

    private TraceExports() {
    }

    /** One export as listed: who asked, when, for which traces, how many. */
    public record ExportRow(String id, String requestedBy, String requestedAt, long entryCount, String conditions) {
    }

    /**
     * One export's state: its traces checked against the log again as it is read.
     *
     * @param summary what the check found, in one sentence
     * @param sound   whether no trace differs from what the log committed
     */
    public record ExportState(String id, String requestedBy, String requestedAt, long entryCount, long verified, long notYetLogged,
                              long mismatched, String summary, boolean sound) {
    }

    /** The traces of type {@link TraceSearch#EXPORT_CREATED}, newest first; their data is audit-service's ExportCreated. */
    public static List<ExportRow> rows(JsonNode tracePage) {
        List<ExportRow> rows = new ArrayList<>();
        for (JsonNode t : tracePage.path("items")) {
            JsonNode d = t.path("data");
            if (!d.hasNonNull("exportId")) {
                continue;
            }
            rows.add(new ExportRow(d.get("exportId").asText(), t.path("actor").path("userId").asText(""),
                    TraceRows.time(t.path("time").asText(null)), d.path("entryCount").asLong(), conditions(d)));
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    /** The filter an export was made with, in Chinese. */
    public static String conditions(JsonNode filter) {
        StringJoiner c = new StringJoiner("；");
        if (filter.hasNonNull("subject")) {
            c.add("对象 " + filter.get("subject").asText());
        }
        if (filter.hasNonNull("subjectPrefix")) {
            c.add("对象前缀 " + filter.get("subjectPrefix").asText());
        }
        if (filter.hasNonNull("actor")) {
            c.add("操作人 " + filter.get("actor").asText());
        }
        if (filter.hasNonNull("section")) {
            c.add("科室（队） " + filter.get("section").asText());
        }
        if (filter.hasNonNull("type")) {
            c.add("事件类型 " + filter.get("type").asText());
        }
        if (filter.hasNonNull("from")) {
            c.add("自 " + TraceRows.time(filter.get("from").asText()));
        }
        if (filter.hasNonNull("to")) {
            c.add("至 " + TraceRows.time(filter.get("to").asText()) + " 之前");
        }
        return c.length() == 0 ? "全部痕迹" : c.toString();
    }

    /** audit-service's ExportView: {@code {id, requestedBy, requestedAt, entryCount, entries: [TraceView]}}. */
    public static ExportState state(JsonNode export) {
        long verified = 0;
        long pending = 0;
        long mismatched = 0;
        for (JsonNode e : export.path("entries")) {
            switch (e.path("integrity").asText("")) {
                case "VERIFIED" -> verified++;
                case "MISMATCH" -> mismatched++;
                default -> pending++;
            }
        }
        long count = export.path("entryCount").asLong();
        String summary;
        if (mismatched > 0) {
            summary = "其中 " + mismatched + " 条痕迹与公开日志不一致：存储的痕迹在写入日志后被改动，请报纪检组。";
        } else if (pending > 0) {
            summary = verified + " 条已与公开日志核对一致，" + pending + " 条尚未写入日志（稍后再看）。";
        } else {
            summary = count == 0 ? "该导出不含痕迹。" : "全部 " + verified + " 条痕迹已与公开日志核对一致。";
        }
        return new ExportState(export.path("id").asText(), export.path("requestedBy").asText(""),
                TraceRows.time(export.path("requestedAt").asText(null)), count, verified, pending, mismatched, summary, mismatched == 0);
    }
}
