package cn.gov.huiji.fourlists.portal.view;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.gov.huiji.fourlists.portal.view.DiscretionTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Art. 18–19 in the portal's words: an entrustment in term or ended, a certificate's state, the check's answer. */
class EnforcementWordingTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    @Test
    void anEntrustmentIsInTermRevokedExpiredOrNotYetBegun() {
        assertEquals("在期内", Enforcement.entrustmentState(json("""
                {"validFrom":"2025-01-01","validTo":"2027-12-31","revoked":false,"inTerm":true}"""), DAY));
        assertEquals("已终止（2026-03-01 撤销，理由：受委托组织被撤并）", Enforcement.entrustmentState(json("""
                {"validFrom":"2025-01-01","validTo":"2027-12-31","revoked":true,"revokedOn":"2026-03-01",
                 "revokedReason":"受委托组织被撤并","inTerm":false}"""), DAY));
        assertEquals("已到期（委托期限届满）", Enforcement.entrustmentState(json("""
                {"validFrom":"2023-01-01","validTo":"2025-12-31","revoked":false,"inTerm":false}"""), DAY));
        assertEquals("尚未开始", Enforcement.entrustmentState(json("""
                {"validFrom":"2026-06-01","validTo":"2028-12-31","revoked":false,"inTerm":false}"""), DAY));
        assertEquals("在期内", Enforcement.entrustmentState(json("""
                {"validFrom":"2025-01-01","validTo":"2027-12-31","revoked":true,"revokedOn":"2026-09-01","inTerm":true}"""), DAY),
                "on a day before its revocation an entrustment was in term: list-service's inTerm decides");
    }

    @Test
    void aCertificatesStateNamesTheDateOfARevocationOrSuspensionAndALapse() {
        assertEquals("有效", Enforcement.officerState(json("""
                {"status":"VALID","statusZh":"有效","validTo":"2028-12-31"}"""), DAY));
        assertEquals("注销（2026-03-01）", Enforcement.officerState(json("""
                {"status":"REVOKED","statusZh":"注销","statusDate":"2026-03-01"}"""), DAY));
        assertEquals("已过有效期", Enforcement.officerState(json("""
                {"status":"VALID","statusZh":"有效","validTo":"2026-04-30"}"""), DAY), "VALID but past its end is no longer valid");
    }

    @Test
    void theCheckAnswersInOneSentenceWithTheUnitCategoryAreaAndTheReasonWhenNot() {
        String valid = Enforcement.checkSentence(json("""
                {"certificateNo":"41010816001","date":"2026-05-01","valid":true,"status":"VALID","statusZh":"有效","name":"张明",
                 "unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"category":"安全生产监管执法",
                 "area":"惠济区","validFrom":"2024-01-01","validTo":"2028-12-31"}"""));
        assertEquals("执法证 41010816001 在 2026-05-01 有效。持证人张明，所在单位惠济区安全生产监督管理局，执法类别为安全生产监管执法，"
                + "执法区域为惠济区。证件有效期 2024-01-01 至 2028-12-31。", valid);
        String invalid = Enforcement.checkSentence(json("""
                {"certificateNo":"41010816002","date":"2026-05-01","valid":false,"status":"SUSPENDED","statusZh":"暂扣","name":"李华",
                 "unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"category":"安全生产监管执法",
                 "area":"惠济区","validFrom":"2024-01-01","validTo":"2028-12-31","reason":"SUSPENDED","reasonZh":"执法证已暂扣。"}"""));
        assertEquals("执法证 41010816002 在 2026-05-01 无效：执法证已暂扣。持证人李华，所在单位惠济区安全生产监督管理局，"
                + "执法类别为安全生产监管执法，执法区域为惠济区。证件有效期 2024-01-01 至 2028-12-31。", invalid,
                "the reason is list-service's own, without a doubled full stop");
        String noReason = Enforcement.checkSentence(json("""
                {"certificateNo":"41010816003","date":"2026-05-01","valid":false,"status":"REVOKED","statusZh":"注销"}"""));
        assertEquals("执法证 41010816003 在 2026-05-01 无效：当日状态为注销。", noReason);
    }
}
