package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.kernel.time.BureauClock;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal section's inbox (法制科收件箱): the public's suggestions about an item or about how the lists are made and
 * run, newest first, as complaint-service's GET /api/v1/inbox/legal gives them, each linked to its case page.
 */
public final class LegalInbox {

    /**
     * One suggestion: its number, when received, what it is about, all it says, its state, where to open it. All of
     * it, because complaint-service opens a case's record to handlers, sections and discipline, not to the legal section.
     */
    public record Suggestion(String caseNo, String receivedOn, String about, String content, String stateName, String link) {
    }

    private LegalInbox() {
    }

    /** The bureau's day of an instant (a suggestion received at 23:30 UTC arrived the next day in Zhengzhou). */
    static String day(String iso) {
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(BureauClock.ZONE).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    public static List<Suggestion> of(JsonNode cases) {
        List<Suggestion> out = new ArrayList<>();
        if (cases == null) {
            return out;
        }
        for (JsonNode c : cases) {
            String caseNo = c.path("caseNo").asText();
            String ref = c.path("subjectRef").asText("");
            String about = "ITEM".equals(c.path("subjectKind").asText())
                    ? "事项" + (ref.isBlank() ? "" : " " + ref)
                    : "清单的制定和运行" + (ref.isBlank() ? "" : "（" + ref + "）");
            String content = c.path("content").asText("").strip();
            out.add(new Suggestion(caseNo, day(c.path("receivedAt").asText("")), about, content,
                    c.path("stateName").asText(c.path("state").asText()), "/cases/" + caseNo));
        }
        return out;
    }
}
