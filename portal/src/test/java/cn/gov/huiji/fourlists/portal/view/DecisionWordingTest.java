package cn.gov.huiji.fourlists.portal.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.huiji.fourlists.portal.view.DiscretionTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 双公示 (Art. 8, R-LIST-11) in the portal's words: sums in 元, 长期, the categories in Chinese, numbers only masked. */
class DecisionWordingTest {

    @Test
    void sumsAreInYuanWithThousandsSeparatedForPeopleToRead() {
        assertEquals("2,000 元", Decisions.yuan(json("2000")), "the credit export has 0.2 万元; people read 2,000 元");
        assertEquals("2,000 元", Decisions.yuan(json("2000.00")));
        assertEquals("1,234.50 元", Decisions.yuan(json("\"1234.5\"")));
        assertEquals("150,000 元", Decisions.yuan(json("150000")));
        assertNull(Decisions.yuan(json("null")), "no fine, no row");
    }

    @Test
    void theEndOf2099IsIndefiniteAndALicencesTermReadsFromTo() {
        assertEquals("长期", Decisions.day("2099-12-31"));
        assertEquals("2027-03-01", Decisions.day("2027-03-01"));
        assertEquals("2026-03-02 至 长期", Decisions.validity("2026-03-02", "2099-12-31"));
    }

    @Test
    void aCertificateNumberIsShownOnlyWhenMasked() {
        assertTrue(Decisions.masked("4101**********1234"));
        assertFalse(Decisions.masked("410108199001011234"), "a full identity card number is not masked");
        assertTrue(Decisions.masked("*******7"), "a short passport number keeps only its last character");
        assertFalse(Decisions.masked("4101**011234567890"), "two stars hide almost nothing");
        assertFalse(Decisions.masked("41010819900101123*"), "nor does one at the end");
        assertEquals("4101**********1234", Decisions.maskedNumber(json("{\"personIdNumber\":\"4101**********1234\"}")));
        assertNull(Decisions.maskedNumber(json("{\"personIdNumber\":\"410108199001011234\"}")), "a full number is never shown");
        assertTrue(Decisions.unmaskedNumber(json("{\"personIdNumber\":\"410108199001011234\"}")), "and is reported to the operators");
        List<Decisions.Field> fields = Decisions.penalty(json("""
                {"partyName":"李某某","partyCategory":"NATURAL_PERSON","personIdType":"ID_CARD","personIdNumber":"410108199001011234",
                 "legalRepresentativeIdNumber":"410108198001015678","documentNo":"惠安监罚〔2026〕3号"}"""));
        assertFalse(fields.toString().contains("410108"), "no number of any person among the fields: " + fields);
    }

    @Test
    void categoriesAndKindsAreInChineseAndAnUnknownCodeIsShownAsSent() {
        assertEquals("法人及非法人组织", Decisions.partyCategory(json("{\"partyCategory\":\"LEGAL_ENTITY\"}")));
        assertEquals("个体工商户", Decisions.partyCategory(json("{\"partyCategory\":\"INDIVIDUAL_BUSINESS\"}")));
        assertEquals("核准", Decisions.licenceCategory(json("{\"licenceCategory\":\"APPROVAL\"}")));
        assertEquals("特许经营", Decisions.licenceCategory(json("{\"licenceCategory\":\"SPECIAL\",\"licenceCategoryZh\":\"特许经营\"}")),
                "the service's own Chinese wins");
        assertEquals("FRANCHISE", Decisions.licenceCategory(json("{\"licenceCategory\":\"FRANCHISE\"}")), "unknown, not dropped");
        assertEquals("警告、罚款、没收违法所得", Decisions.row(json("""
                {"penaltyKinds":["WARNING","FINE","CONFISCATE_ILLEGAL_INCOME"]}"""), false).get("category"));
    }

    @Test
    void theTableShortensTheContentAtACharacterNotAByte() {
        assertEquals("一二三…", Decisions.shorten("一二三四五", 3));
        assertEquals("一二三", Decisions.shorten("一二三", 3));
        assertNull(Decisions.shorten(null, 3));
    }
}
