package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 30: the identity and the attachments are opened only with a reason, and a download never carries the submitter's name. */
class DisclosureTest {

    static final String ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    @Test
    void aDownloadIsNamedByTheCaseAndTheAttachmentNeverByTheFileNameTheSubmitterGave() {
        assertEquals("TS-2026-000123-attachment-1b4e28ba.pdf", Disclosure.fileName("TS-2026-000123", ID, "application/pdf"));
        assertEquals("JB-2026-000001-attachment-1b4e28ba.jpg", Disclosure.fileName("JB-2026-000001", ID, "image/jpeg"));
        String hostile = Disclosure.fileName("TS\"\r\nSet-Cookie: x=1;/../", "../../张三举报信", "text/html");
        assertTrue(hostile.matches("[0-9A-Za-z\\-]+\\.[a-z]+"), "only letters, digits and hyphens reach the header: " + hostile);
        assertTrue(hostile.endsWith(".bin"), "a type complaint-service does not keep is passed on as bytes: " + hostile);
    }

    @Test
    void onlyTheTypesComplaintServiceKeepsArePassedOnAsThemselves() {
        assertEquals("image/png", Disclosure.mediaType("image/png; charset=UTF-8"));
        assertEquals("application/pdf", Disclosure.mediaType("APPLICATION/PDF"));
        assertEquals("application/octet-stream", Disclosure.mediaType("text/html"), "nothing a browser would render as a page");
        assertEquals("application/octet-stream", Disclosure.mediaType(null));
    }

    @Test
    void theReasonCodesAreComplaintServicesAndAMalformedOneIsOther() throws Exception {
        var reasons = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                [{"code":"VERIFY_FACTS","name":"核实举报线索"},{"code":"CONTACT_SUBMITTER","name":"联系举报人"}]""");
        assertEquals(List.of(java.util.Map.of("code", "VERIFY_FACTS", "name", "核实举报线索"), java.util.Map.of("code", "CONTACT_SUBMITTER", "name", "联系举报人")),
                Disclosure.reasonChoices(reasons), "the select offers complaint-service's reasons, in its order");
        assertEquals(new Disclosure.Reason("OTHER", "需电话回访核实"), Disclosure.reason("SELECT *", "  需电话回访核实 "));
        assertEquals(new Disclosure.Reason("REWARD", ""), Disclosure.reason("REWARD", null),
                "no reason given stays empty: complaint-service refuses it, in Chinese");
        assertTrue(Disclosure.WARNING.contains("记录") && Disclosure.WARNING.contains("纪检组监督"), Disclosure.WARNING);
    }

    @Test
    void theAttachmentsAreListedByNumberTypeAndSizeNeverByName() throws Exception {
        var attachments = new ObjectMapper().readTree("""
                [{"id":"%s","mediaType":"application/pdf","size":523},
                 {"id":"2b4e28ba-2fa1-11d2-883f-0016d3cca427","mediaType":"image/png","size":1536000}]""".formatted(ID));
        List<Disclosure.Attachment> listed = Disclosure.attachments(attachments);
        assertEquals(List.of("附件 1（PDF 文件，523 字节）", "附件 2（PNG 图片，1.5 MB）"),
                listed.stream().map(Disclosure.Attachment::label).toList());
        assertEquals(ID, listed.get(0).id());
    }

    @Test
    void onlyAnAttachmentIdGoesOutToComplaintService() {
        assertTrue(Disclosure.isAttachmentId(ID));
        assertFalse(Disclosure.isAttachmentId("../record"));
        assertFalse(Disclosure.isAttachmentId(null));
    }
}
