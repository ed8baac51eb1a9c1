package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A licensing decision (行政许可决定) as a case-handling system or the legal section sends it, in the credit platform's
 * XK_* field set (the code of each field is in its description). The deciding authority (XK_XKJG, XK_XKJGDM) and the
 * data source unit (XK_LYDW, XK_LYDWDM) are the bureau's and not sent. Checked by {@link DecisionChecks}.
 */
@Schema(name = "LicensingDecisionInput", description = "行政许可决定 in the XK_* field set (双公示, Art. 8)")
public record LicensingInput(
        @Schema(description = "行政相对人名称 (XK_XDR_MC)", examples = "郑州市惠济区某某化工经营部", maxLength = 200) String partyName,
        @Schema(description = "行政相对人类别 (XK_XDR_LB)") PartyCategory partyCategory,
        @Schema(description = "统一社会信用代码 (XK_XDR_SHXYM), GB 32100; required unless NATURAL_PERSON, absent for one",
                examples = "92410108MA9F1234XY") String partyCreditCode,
        @Schema(description = "法定代表人 or 经营者 (XK_FRDB); required for LEGAL_ENTITY and INDIVIDUAL_BUSINESS", examples = "王某")
        String legalRepresentative,
        @Schema(description = "法定代表人证件类型 (XK_FR_ZJLX); with legalRepresentativeIdNumber") IdType legalRepresentativeIdType,
        @Schema(description = "法定代表人证件号码 (XK_FR_ZJHM); kept sealed, never published, shown masked")
        String legalRepresentativeIdNumber,
        @Schema(description = "证件类型 (XK_XDR_ZJLX); NATURAL_PERSON only, required there") IdType personIdType,
        @Schema(description = "证件号码 (XK_XDR_ZJHM); NATURAL_PERSON only, required there; kept sealed, shown masked "
                + "like 4101**********1234") String personIdNumber,
        @Schema(description = "行政许可决定文书名称 (XK_XKWS)", examples = "危险化学品经营许可证核发决定书") String documentName,
        @Schema(description = "行政许可决定文书号 (XK_WSH)", examples = "惠安监许〔2026〕7号", maxLength = 128) String documentNo,
        @Schema(description = "许可类别 (XK_XKLB)") LicenceCategory licenceCategory,
        @Schema(description = "许可证书名称 (XK_XKZS)", examples = "危险化学品经营许可证") String certificateName,
        @Schema(description = "许可编号 (XK_XKBH)", examples = "豫郑惠危化经字〔2026〕000007") String licenceNo,
        @Schema(description = "许可内容 (XK_NR)", examples = "准予危险化学品经营许可（不带储存设施）") String content,
        @Schema(description = "许可决定日期 (XK_JDRQ), not in the future", examples = "2026-03-02") LocalDate decisionDate,
        @Schema(description = "有效期自 (XK_YXQZ)", examples = "2026-03-02") LocalDate validFrom,
        @Schema(description = "有效期至 (XK_YXQZI); 2099-12-31 means 长期", examples = "2029-03-01") LocalDate validTo,
        @Schema(description = "The list item (行政许可, POWER or APPROVAL list) the decision rests on; it must be published "
                + "and in force on the decision date", examples = "410108-AJ-SP-001") String itemCode,
        @Schema(description = "备注 (BZ)") String remarks,
        @Schema(description = "Why the decision is corrected (更正理由): required for a correction (PUT), not accepted at receipt")
        String reason) {
}
