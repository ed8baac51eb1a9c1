package cn.gov.huiji.fourlists.disclosure.rest;

import cn.gov.huiji.fourlists.disclosure.domain.Decision;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionKind;
import cn.gov.huiji.fourlists.disclosure.domain.DecisionVersion;
import cn.gov.huiji.fourlists.disclosure.domain.DisclosureChange;
import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.LicenceCategory;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.disclosure.service.CreditExport;
import cn.gov.huiji.fourlists.disclosure.service.DisclosurePeriods;
import cn.gov.huiji.fourlists.disclosure.service.PersonalNumbers;
import cn.gov.huiji.fourlists.disclosure.service.PublicDisclosures;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the public, other bureaus and the credit platform read of a disclosed decision (Art. 8): the fields the credit
 * platforms publish. A natural person's certificate number only masked; a legal representative's number not at all.
 */
public final class DisclosureViews {

    private DisclosureViews() {
    }

    @Schema(name = "DisclosureView", description = "A decision in public view (行政许可 / 行政处罚公示). XK_* fields for "
            + "licensing, CF_* for penalties; amounts in 元 here (the credit export gives 万元).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicView(
            UUID id, DecisionKind kind, @Schema(examples = "行政处罚") String kindZh,
            @Schema(description = "The version shown (1, or more after corrections)") int version,
            @Schema(description = "行政相对人名称 (XK_XDR_MC / CF_XDR_MC)", examples = "郑州市惠济区某某化工有限公司") String partyName,
            @Schema(description = "行政相对人类别 (XK_XDR_LB / CF_XDR_LB)") PartyCategory partyCategory,
            @Schema(examples = "法人及非法人组织") String partyCategoryZh,
            @Schema(description = "统一社会信用代码 (XK_XDR_SHXYM / CF_XDR_SHXYM); absent for a natural person",
                    examples = "91410108MA44XRNB25") String partyCreditCode,
            @Schema(description = "法定代表人 (XK_FRDB / CF_FRDB); the representative's certificate number is never published")
            String legalRepresentative,
            @Schema(description = "证件类型 of a natural person (XK_XDR_ZJLX / CF_XDR_ZJLX)") IdType personIdType,
            @Schema(description = "A natural person's certificate number, masked (XK_XDR_ZJHM / CF_XDR_ZJHM): first and last "
                    + "four characters only", examples = "4101**********1234") String personIdNumberMasked,
            @Schema(description = "行政许可决定文书名称 (XK_XKWS)", examples = "危险化学品经营许可决定书") String documentName,
            @Schema(description = "决定文书号 (XK_WSH / CF_WSH)", examples = "惠安监罚〔2025〕18号") String documentNo,
            @Schema(description = "许可内容 / 处罚内容 (XK_NR / CF_NR)", examples = "罚款2000元") String content,
            @Schema(description = "决定日期 (XK_JDRQ / CF_JDRQ)") LocalDate decisionDate,
            @Schema(description = "The list item the decision rests on (事项编码)", examples = "410108-AJ-CF-001") String itemCode,
            @Schema(description = "备注 (BZ)") String remarks,
            @Schema(description = "许可类别 (XK_XKLB)") LicenceCategory licenceCategory,
            @Schema(examples = "普通") String licenceCategoryZh,
            @Schema(description = "许可证书名称 (XK_XKZS)") String certificateName,
            @Schema(description = "许可编号 (XK_XKBH)") String licenceNo,
            @Schema(description = "有效期自 (XK_YXQZ)") LocalDate validFrom,
            @Schema(description = "有效期至 (XK_YXQZI); 2099-12-31 means 长期") LocalDate validTo,
            @Schema(description = "有效期至 is 2099-12-31: 长期") Boolean longTerm,
            @Schema(description = "违法行为类型 (CF_WFXW)") String violationType,
            @Schema(description = "违法事实 (CF_SY)") String facts,
            @Schema(description = "处罚依据 (CF_YJ)") String basis,
            @Schema(description = "处罚类别 (CF_CFLB)") List<PenaltyKind> penaltyKinds,
            @Schema(description = "处罚类别 in Chinese", examples = "[\"罚款\"]") List<String> penaltyKindsZh,
            @Schema(description = "罚款金额 in 元 (CF_NR_FK is the same in 万元)", examples = "2000.00") BigDecimal fineYuan,
            @Schema(description = "没收违法所得、没收非法财物的金额 in 元 (CF_NR_WFFF in 万元)") BigDecimal confiscatedYuan,
            @Schema(description = "暂扣或吊销证照名称及编号 (CF_NR_ZKDX)") String licenceSuspendedOrRevoked,
            @Schema(description = "处罚有效期 (CF_YXQ)") LocalDate validUntil,
            @Schema(description = "许可机关 / 处罚机关 (XK_XKJG / CF_CFJG)", examples = "惠济区安全生产监督管理局") String authority,
            @Schema(examples = "114101080051883705") String authorityCreditCode,
            @Schema(description = "When the legal section published it (公示日期)") OffsetDateTime publishedAt,
            @Schema(description = "公示截止期 (CF_GSJZQ): out of public view from this day") LocalDate disclosureEnd) {

        public static PublicView of(PublicDisclosures.Shown s, String authority, String authorityCreditCode) {
            Decision d = s.decision();
            DecisionVersion v = s.version();
            boolean licensing = d.kind == DecisionKind.LICENSING;
            List<PenaltyKind> kinds = licensing ? null : v.penaltyKinds();
            return new PublicView(d.id, d.kind, d.kind.nameZh, v.version, v.partyName, v.partyCategory,
                    v.partyCategory == null ? null : v.partyCategory.nameZh, v.partyCreditCode, v.legalRepresentative,
                    v.personIdType,
                    // masked again on the way out: a number is never shown in full, whatever was stored
                    PersonalNumbers.mask(v.personIdMasked), v.documentName, v.documentNo, v.content, v.decisionDate,
                    v.itemCode, v.remarks,
                    licensing ? v.licenceCategory : null, licensing && v.licenceCategory != null ? v.licenceCategory.nameZh : null,
                    licensing ? v.certificateName : null, licensing ? v.licenceNo : null, licensing ? v.validFrom : null,
                    licensing ? v.validTo : null, licensing ? DisclosurePeriods.INDEFINITE.equals(v.validTo) : null,
                    licensing ? null : v.violationType, licensing ? null : v.facts, licensing ? null : v.basis, kinds,
                    kinds == null ? null : List.of(CreditExport.penaltyCategories(kinds).split(";")),
                    licensing ? null : v.fineYuan, licensing ? null : v.confiscatedYuan,
                    licensing ? null : v.licenceSuspendedOrRevoked, licensing ? null : v.validUntil,
                    authority, authorityCreditCode, d.publishedAt, d.disclosureEnd);
        }
    }

    @Schema(name = "DisclosureChange", description = "One entry of the change feed (变更记录)")
    public record ChangeView(
            @Schema(description = "Ask for the entries after this one with since=<cursor>", examples = "42") long cursor,
            UUID decisionId, DecisionKind kind,
            @Schema(description = "PUBLISHED 公示, CORRECTED 更正, EXPIRED 到期撤下, CANCELLED 取消公示, RESTORED 恢复公示")
            DisclosureChange change,
            OffsetDateTime at,
            @Schema(description = "The decision as public now, for PUBLISHED, CORRECTED and RESTORED while it is still "
                    + "public; null for a withdrawal, and when a later entry took the decision out of public view",
                    nullable = true) PublicView decision) {
    }

    @Schema(name = "DisclosureChanges", description = "A page of the change feed, oldest first (newest last)")
    public record ChangesView(List<ChangeView> items,
                              @Schema(description = "The cursor to ask from next time (since=next); the same as since when "
                                      + "nothing is new", examples = "42") long next) {
    }
}
