package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.Notice;
import cn.gov.huiji.fourlists.workbench.service.NotificationRules;
import cn.gov.huiji.fourlists.workbench.service.Recipient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Art. 19, R-LIST-9: a certificate about to end or ended tells the legal section, which keeps the register. */
class CertificateNotificationRulesTest {

    static List<Notice> notices(String type, String data) throws Exception {
        return NotificationRules.of(NotificationRulesTest.event(type, data), id -> Optional.empty());
    }

    @Test
    void aCertificateEndingIn30DaysTellsTheLegalSectionWhoseItIsAndWhen() throws Exception {
        List<Notice> n = notices("fourlists.list.officer.expiry-warned", """
                {"certificateNo":"41010816001","name":"张明","unitCreditCode":"114101080051883705","validTo":"2027-06-30","daysLeft":30}""");
        assertEquals(1, n.size());
        assertEquals(Recipient.role("legal"), n.get(0).to());
        assertEquals("执法证还剩 30 天到期：41010816001（张明）", n.get(0).title());
        assertEquals("执法证 41010816001（张明）将于 2027-06-30 到期，还剩 30 天。请及时办理换证；到期后不得从事执法活动（第十九条）。", n.get(0).text());
        assertEquals("/officers?q=41010816001", n.get(0).link(), "the link finds the officer in the register");
        assertEquals(LocalDate.parse("2027-06-30"), n.get(0).due(), "to be renewed by the day it ends");
    }

    @Test
    void aLapsedCertificateSaysTheOfficerMayNoLongerEnforce() throws Exception {
        List<Notice> n = notices("fourlists.list.officer.certificate-lapsed", """
                {"certificateNo":"41010816001","name":"张明","unitCreditCode":"114101080051883705","validTo":"2027-06-30","daysLeft":0}""");
        assertEquals(List.of(Recipient.role("legal")), n.stream().map(Notice::to).toList());
        assertEquals("执法证已过期：41010816001（张明）", n.get(0).title());
        assertEquals("执法证 41010816001（张明）已于 2027-06-30 到期，已过期，不得从事执法活动（第十九条）。请换发或注销。", n.get(0).text());
        assertNull(n.get(0).due(), "nothing is due: the certificate has ended");
    }

    @Test
    void theOtherRegisterEventsNotifyNoOne() throws Exception {
        assertEquals(List.of(), notices("fourlists.list.officer.registered", "{\"certificateNo\":\"41010816001\"}"));
        assertEquals(List.of(), notices("fourlists.list.body.published", "{\"creditCode\":\"114101080051883705\"}"));
    }
}
