package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.domain.IdType;
import cn.gov.huiji.fourlists.disclosure.domain.PartyCategory;
import cn.gov.huiji.fourlists.kernel.contract.PenaltyKind;
import cn.gov.huiji.fourlists.kernel.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A penalty decision (行政处罚决定) as a case-handling system or the legal section sends it, in the credit platform's
 * CF_* field set (the code of each field is in its description). Amounts are in 元 here; the export states them in
 * 万元. The deciding authority (CF_CFJG, CF_CFJGDM) and the data source unit (CF_SJLY, CF_SJLYDM) are the bureau's.
 * Checked by {@link DecisionChecks}.
 */
@Schema(name = "PenaltyDecisionInput", description = "行政处罚决定 in the CF_* field set (双公示, Art. 8)")
public record PenaltyInput(
        @Schema(description = "行政相对人名称 (CF_XDR_MC)", examples = "郑州市惠济区某某化工有限公司", maxLength = 200) String partyName,
        @Schema(description = "行政相对人类别 (CF_XDR_LB)") PartyCategory partyCategory,
        @Schema(description = "统一社会信用代码 (CF_XDR_SHXYM), GB 32100; required unless NATURAL_PERSON, absent for one",
                examples = "91410108MA44XRNB25") String partyCreditCode,
        @Schema(description = "法定代表人 or 经营者 (CF_FRDB); required for LEGAL_ENTITY and INDIVIDUAL_BUSINESS", examples = "李某")
        String legalRepresentative,
        @Schema(description = "法定代表人证件类型 (CF_FR_ZJLX); with legalRepresentativeIdNumber") IdType legalRepresentativeIdType,
        @Schema(description = "法定代表人证件号码 (CF_FR_ZJHM); kept sealed, never published, shown masked")
        String legalRepresentativeIdNumber,
        @Schema(description = "证件类型 (CF_XDR_ZJLX); NATURAL_PERSON only, required there") IdType personIdType,
        @Schema(description = "证件号码 (CF_XDR_ZJHM); NATURAL_PERSON only, required there; kept sealed, shown masked")
        String personIdNumber,
        @Schema(description = "行政处罚决定书文号 (CF_WSH)", examples = "惠安监罚〔2025〕18号", maxLength = 128) String documentNo,
        @Schema(description = "违法行为类型 (CF_WFXW); where the item has several discretion standards, the violation in its words",
                examples = "未按照规定对从业人员进行安全生产教育和培训") String violationType,
        @Schema(description = "违法事实 (CF_SY)", examples = "经查，该公司3名新上岗从业人员未经安全生产教育和培训即上岗作业。") String facts,
        @Schema(description = "处罚依据 (CF_YJ)", examples = "《中华人民共和国安全生产法》第九十七条第（三）项") String basis,
        @Schema(description = "处罚类别 (CF_CFLB), one or more; SUSPEND_OR_REVOKE_PERMIT (the 2009 text's kind) only for "
                + "decisions before 2021-07-15") List<PenaltyKind> penaltyKinds,
        @Schema(description = "处罚内容 (CF_NR)", examples = "罚款2万元") String content,
        @Schema(description = "罚款金额 (CF_NR_FK) in 元; required with FINE, only with FINE", examples = "20000") BigDecimal fineYuan,
        @Schema(description = "没收违法所得、没收非法财物的金额 (CF_NR_WFFF) in 元; required with a CONFISCATE_* kind, only with one")
        BigDecimal confiscatedYuan,
        @Schema(description = "暂扣或吊销证照名称及编号 (CF_NR_ZKDX); required with SUSPEND_LICENCE, REVOKE_LICENCE or "
                + "SUSPEND_OR_REVOKE_PERMIT") String licenceSuspendedOrRevoked,
        @Schema(description = "处罚决定日期 (CF_JDRQ), not in the future", examples = "2025-09-26") LocalDate decisionDate,
        @Schema(description = "处罚有效期 (CF_YXQ), not before the decision date", examples = "2025-10-03") LocalDate validUntil,
        @Schema(description = "The list item (行政处罚, POWER list) the decision rests on; it must be published and in force "
                + "on the decision date", examples = "410108-AJ-CF-001") String itemCode,
        @Schema(description = "The discretion level (裁量阶次) the case was placed at; when given, the fine is weighed against "
                + "the item's discretion standard by list-service") Severity severity,
        @Schema(description = "备注 (BZ)") String remarks,
        @Schema(description = "Why the decision is corrected (更正理由): required for a correction (PUT), not accepted at receipt")
        String reason) {
}
