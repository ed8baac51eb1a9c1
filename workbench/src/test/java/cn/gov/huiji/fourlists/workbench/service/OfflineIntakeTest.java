package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 28: a handler records a case that came by phone, fax, letter or visit through complaint-service's own intake. */
class OfflineIntakeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> KINDS = Set.of("COMPLAINT", "REPORT", "SUGGESTION");
    static final Set<String> SUBJECTS = Set.of("ITEM", "SECTION", "OFFICER", "LISTS", "OTHER");

    static OfflineIntake.Form named(String channel) {
        return new OfflineIntake.Form(channel, "REPORT", "ITEM", " 410108-AJ-XK-002 ", " 加油站夜间违规卸油。 ", "false", "张三",
                "13912345678", "", "  ", null);
    }

    @Test
    void aNamedLetterGoesToComplaintServiceWithItsChannelTheIdentityAsGivenAndTheScanInBase64() {
        byte[] scan = "%PDF-1.4 letter".getBytes(StandardCharsets.US_ASCII);
        JsonNode body = OfflineIntake.body(named("LETTER"), List.of(new OfflineIntake.File("来信.pdf", scan),
                new OfflineIntake.File("", new byte[0])), JSON);

        assertEquals("LETTER", body.path("channel").asText(), "the channel makes it a staff intake");
        assertEquals("REPORT", body.path("kind").asText());
        assertEquals("410108-AJ-XK-002", body.path("subjectRef").asText());
        assertEquals("加油站夜间违规卸油。", body.path("content").asText());
        assertFalse(body.path("anonymous").asBoolean(true));
        assertEquals(JSON.createObjectNode().put("name", "张三").put("phone", "13912345678"), body.path("identity"),
                "blank identity fields are left out, not sent empty (complaint-service checks their format)");
        assertEquals(1, body.path("attachments").size(), "the empty part of an unused file input is no attachment");
        assertEquals("%PDF-1.4 letter", new String(Base64.getDecoder().decode(body.path("attachments").get(0).path("contentBase64").asText()),
                StandardCharsets.US_ASCII));
    }

    @Test
    void anAnonymousCallCarriesNoIdentity() {
        var call = new OfflineIntake.Form("PHONE", "COMPLAINT", "OTHER", "", "办事窗口推诿。", "true", "", " ", null, null, null);
        JsonNode body = OfflineIntake.body(call, List.of(), JSON);
        assertTrue(body.path("anonymous").asBoolean());
        assertFalse(body.has("identity"), body.toString());
        assertFalse(body.has("subjectRef"), body.toString());
    }

    @Test
    void onlyPhoneFaxLetterAndVisitAreOfferedAndEveryChoiceMustBeMade() {
        assertEquals(List.of("PHONE", "FAX", "LETTER", "VISIT"), List.copyOf(OfflineIntake.CHANNELS.keySet()));
        assertEquals(List.of(), OfflineIntake.missing(named("VISIT"), KINDS, SUBJECTS));
        assertEquals(List.of("请选择来源渠道（电话、传真、信函或来访）。"), OfflineIntake.missing(named("ONLINE"), KINDS, SUBJECTS),
                "the public's own channel is not a staff intake");
        var empty = OfflineIntake.Form.empty();
        assertEquals(5, OfflineIntake.missing(empty, KINDS, SUBJECTS).size(), OfflineIntake.missing(empty, KINDS, SUBJECTS).toString());
    }

    @Test
    void complaintServicesFieldErrorsAreShownNextToTheFormsOwnLabels() throws Exception {
        JsonNode problem = JSON.readTree("""
                {"status":400,"titleZh":"请求有误","detailZh":"提交内容有 2 处错误，未保存任何内容。",
                 "errors":[{"field":"identity.phone","messageZh":"需要匹配正则表达式"},
                           {"field":"attachments[1].contentBase64","messageZh":"附件不是 PDF、JPEG 或 PNG 文件"}]}""");
        assertEquals(List.of("提交内容有 2 处错误，未保存任何内容。", "联系电话：需要匹配正则表达式", "附件 2：附件不是 PDF、JPEG 或 PNG 文件"),
                OfflineIntake.explain(problem));
        assertEquals(List.of("几分钟前已收到相同内容的提交"), OfflineIntake.explain(JSON.readTree("{\"detailZh\":\"几分钟前已收到相同内容的提交\"}")));
    }
}
