package cn.gov.huiji.fourlists.adjustment.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** R-LIST-10: the laws a published basis text cites, read exactly as list-service prints them. */
class CitedLawsTest {

    @Test
    void eachCitationOfThePublishedTextGivesItsLawAndVersion() {
        assertEquals(List.of(new CitedLaws.Law("安全生产法", "2021年6月10日修正"), new CitedLaws.Law("危险化学品安全管理条例", "国务院令第591号"),
                        new CitedLaws.Law("河南省安全生产条例", null)),
                CitedLaws.parse("【法律】《中华人民共和国安全生产法》（2021年6月10日修正）第九十五条；"
                        + "【行政法规】《危险化学品安全管理条例》（国务院令第591号）第三十三条；【地方性法规】《河南省安全生产条例》第六十三条"));
    }

    @Test
    void aTitleIsTheLawsNameWithoutMarksOrTheStatePrefix() {
        assertEquals("安全生产法", CitedLaws.title(" 《中华人民共和国安全生产法》 "));
        assertEquals("河南省安全生产条例", CitedLaws.title("河南省安全生产条例"));
        assertEquals("2014年8月31日修正", CitedLaws.version("（2014年8月31日修正）"));
        assertEquals(null, CitedLaws.version("  "), "a blank version names none");
    }
}
